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

const FIXES = new Set(['safe', 'suggest', 'none']);
const isPosition = (p: unknown): boolean => !!p && typeof p === 'object' && Number.isInteger((p as { line?: unknown }).line) && Number.isInteger((p as { character?: unknown }).character);

/** Whether a diagnostic sent back by the client has a usable range (clients and plugins may send anything). */
export function hasRange(diagnostic: unknown): diagnostic is Diagnostic {
  const range = (diagnostic as { range?: { start?: unknown; end?: unknown } } | null)?.range;
  return !!range && typeof range === 'object' && isPosition(range.start) && isPosition(range.end);
}

/** The finding a diagnostic carries, if its `data` has the finding's shape (anything else is ignored, never trusted). */
export function findingOf(diagnostic: Diagnostic): FindingData | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const data = diagnostic.data as Partial<FindingData> | null | undefined;
  if (!data || typeof data !== 'object') return undefined;
  if (typeof data.ruleId !== 'string' || typeof data.family !== 'string' || typeof data.text !== 'string' || typeof data.message !== 'string') return undefined;
  if (typeof data.start !== 'number' || typeof data.end !== 'number' || typeof data.fix !== 'string' || !FIXES.has(data.fix)) return undefined;
  if (!Array.isArray(data.suggestions) || !data.suggestions.every((x) => typeof x === 'string')) return undefined;
  if (data.docsUrl !== undefined && typeof data.docsUrl !== 'string') return undefined;
  return data as FindingData;
}
