/**
 * The CLI's result model: findings with LSP-style positions (0-based lines,
 * UTF-16 characters), so every output format and every consumer agree.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Mode, Severity } from '../engine/index.ts';

export interface Position {
  line: number;
  character: number;
}

/** The sentence around a finding, for reports: `before` + `match` + `after`, whitespace collapsed. */
export interface FindingContext {
  before: string;
  match: string;
  after: string;
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
  context?: FindingContext;
}

export interface FileReport {
  path: string;
  /** The path as shown to the user (relative to the working directory where possible). */
  displayPath: string;
  findings: FileFinding[];
  /** Why the file could not be linted (or fixed), if it could not. */
  error?: string;
  /** Number of safe fixes applied (--fix) or that would be applied (--fix-dry-run). */
  fixed?: number;
  /** Unified diff of the fixes (--fix-dry-run only). */
  diff?: string;
  /** Words in the note (reports only). */
  words?: number;
  /** The mode the note was linted in. */
  mode?: Mode;
  /** Size of the note in bytes. */
  bytes?: number;
}

export interface Summary {
  files: number;
  filesWithFindings: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  unreadable: number;
  /** Safe fixes applied (or, with --fix-dry-run, that would be applied). Only present with --fix/--fix-dry-run. */
  fixed?: number;
}

/** ` Suggested: "a" or "b".` after a message, or nothing when there is no suggestion. */
export function suggestionText(f: Pick<FileFinding, 'suggestions'>): string {
  return f.suggestions.length ? ` Suggested: ${f.suggestions.map((s) => `"${s}"`).join(' or ')}.` : '';
}

export function toFileFindings(text: string, findings: Finding[], withContext = false): FileFinding[] {
  const doc = TextDocument.create('file:///note.md', 'markdown', 1, text);
  return findings.map((f) => {
    const out: FileFinding = {
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
    };
    if (withContext) out.context = contextOf(text, f.start, f.end);
    return out;
  });
}

const CONTEXT_LIMIT = 240;
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The sentence containing [start, end): back to the previous sentence end or blank line, forward to the next. */
export function contextOf(text: string, start: number, end: number): FindingContext {
  let s = start;
  while (s > 0 && start - s < CONTEXT_LIMIT) {
    const ch = text[s - 1]!;
    if (ch === '\n' && (s < 2 || text[s - 2] === '\n' || text[s - 2] === '\r')) break;
    if (/[.!?]/.test(ch) && /\s/.test(text[s] ?? ' ') && !abbreviationBefore(text, s - 1)) break;
    s--;
  }
  let e = end;
  while (e < text.length && e - end < CONTEXT_LIMIT) {
    const ch = text[e]!;
    if (ch === '\n' && /^\r?\n/.test(text.slice(e + 1, e + 3))) break;
    e++;
    if (/[.!?]/.test(ch) && /\s|$/.test(text[e] ?? '') && !abbreviationBefore(text, e - 1)) break;
  }
  return { before: squash(text.slice(s, start)).trimStart(), match: squash(text.slice(start, end)), after: squash(text.slice(end, e)).trimEnd() };
}

/** A period that ends a title or common abbreviation ("Mr.", "Dr.", "e.g.", "Pt."), not a sentence. */
function abbreviationBefore(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const word = /(?:^|[^\p{L}.])([\p{L}.]{1,4})$/u.exec(text.slice(Math.max(0, dot - 6), dot))?.[1];
  return !!word && /^(?:mr|mrs|ms|dr|pt|pts|st|vs|etc|e\.g|i\.e|approx|[a-z])$/i.test(word);
}

/** Words in a note (letters or digits, with inner apostrophes and hyphens), for per-1,000-word scores. */
export function countWords(text: string): number {
  let n = 0;
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  while (re.exec(text)) n++;
  return n;
}

export function summarise(files: readonly FileReport[]): Summary {
  const s: Summary = { files: files.length, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0, hints: 0, unreadable: 0 };
  for (const file of files) {
    if (file.error) s.unreadable++;
    if (file.findings.length) s.filesWithFindings++;
    if (file.fixed !== undefined) s.fixed = (s.fixed ?? 0) + file.fixed;
    for (const f of file.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else if (f.severity === 'info') s.infos++;
      else s.hints++;
    }
  }
  return s;
}
