/**
 * The CLI's result model: findings with LSP-style positions (0-based lines,
 * UTF-16 characters), so every output format and every consumer agree.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../engine/index.ts';

export interface Position {
  line: number;
  character: number;
}

export interface FileFinding {
  ruleId: string;
  family: string;
  severity: Severity;
  message: string;
  range: { start: Position; end: Position };
  suggestions: string[];
  fix: Finding['fix'];
  docsUrl: string;
  /** Offsets, for --fix; not part of the JSON output. */
  offsets: { start: number; end: number };
  text: string;
}

export interface FileReport {
  path: string;
  /** The path as shown to the user (relative to the working directory where possible). */
  displayPath: string;
  findings: FileFinding[];
  /** Why the file could not be linted, if it could not. */
  error?: string;
}

export interface Summary {
  files: number;
  filesWithFindings: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  unreadable: number;
}

export function toFileFindings(text: string, findings: Finding[]): FileFinding[] {
  const doc = TextDocument.create('file:///note.md', 'markdown', 1, text);
  return findings.map((f) => ({
    ruleId: f.ruleId,
    family: f.family,
    severity: f.severity,
    message: f.message,
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    suggestions: f.suggestions,
    fix: f.fix,
    docsUrl: f.docsUrl,
    offsets: { start: f.start, end: f.end },
    text: f.text,
  }));
}

export function summarise(files: readonly FileReport[]): Summary {
  const s: Summary = { files: files.length, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0, hints: 0, unreadable: 0 };
  for (const file of files) {
    if (file.error) s.unreadable++;
    if (file.findings.length) s.filesWithFindings++;
    for (const f of file.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else if (f.severity === 'info') s.infos++;
      else s.hints++;
    }
  }
  return s;
}
