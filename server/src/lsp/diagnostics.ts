/**
 * Findings → LSP diagnostics. The finding itself travels in `Diagnostic.data`
 * so code actions and hovers can be built from the diagnostic alone, without
 * server-side state (the approach of vale-ls).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../engine/index.ts';
import { rangeOf } from './positions.ts';

export const SOURCE = 'rapport';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries in `data`: the finding without its (possibly long) source text duplicated. */
export type FindingData = Omit<Finding, 'text'> & { text: string; version?: number };

export function toDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  const data: FindingData = { ...finding, version: doc.version };
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: SOURCE,
    message: finding.message,
    data,
  };
  return diagnostic;
}

export function findingOf(diagnostic: Diagnostic): FindingData | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const data = diagnostic.data as Partial<FindingData> | undefined;
  if (!data || typeof data.ruleId !== 'string' || typeof data.start !== 'number' || !Array.isArray(data.suggestions)) return undefined;
  return data as FindingData;
}
