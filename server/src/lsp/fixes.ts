/**
 * Text edits for findings, as plain offsets (no protocol types), shared by the
 * code actions, the fix-all command and the CLI's tests. Every edit replaces
 * exactly a finding's [start, end) with one of its suggestions, so applying
 * them leaves the rest of the text byte-identical.
 */
import type { Finding } from '../engine/index.ts';
import { scanBlocks } from '../engine/prose/blocks.ts';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * One edit per finding (its first suggestion), in document order, skipping a
 * finding that overlaps one already taken or whose span no longer holds its text.
 */
export function fixEdits(text: string, findings: readonly Finding[], accept: (f: Finding) => boolean): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  const sorted = findings.filter((f) => accept(f) && f.suggestions.length > 0 && f.end > f.start).sort((a, b) => a.start - b.start || a.end - b.end);
  let lastEnd = -1;
  for (const f of sorted) {
    if (f.start < lastEnd) continue;
    if (text.slice(f.start, f.end) !== f.text) continue;
    const newText = f.suggestions[0]!;
    if (newText === f.text) continue;
    edits.push({ start: f.start, end: f.end, newText });
    lastEnd = f.end;
  }
  return edits;
}

/** Applies non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Safe fixes only: what `source.fixAll.rapport` and "fix all in file" apply without asking. */
export const isSafe = (f: Finding) => f.fix === 'safe';

/** The document's line ending: the first one it uses (CRLF, LF or a lone CR), LF if it has none. */
export function lineEnding(text: string): '\r\n' | '\n' | '\r' {
  return (/\r\n?|\n/.exec(text)?.[0] ?? '\n') as '\r\n' | '\n' | '\r';
}

/** Where a file-wide directive goes: the start of the text, or just after the front matter. */
export function fileDirectiveOffset(text: string): number {
  return scanBlocks(text).frontMatter?.end ?? 0;
}

/** An insertion that disables `ruleId` for the whole file: a comment at the top, after any front matter. */
export function disableFileEdit(text: string, ruleId: string): OffsetEdit {
  const eol = lineEnding(text);
  const at = fileDirectiveOffset(text);
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  return { start: at, end: at, newText: `${needsBreak ? eol : ''}<!-- rapport-disable ${ruleId} -->${eol}` };
}
