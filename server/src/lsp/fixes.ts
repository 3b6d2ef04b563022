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

/** The document's line ending: the first one it uses, LF if it has none. */
export function lineEnding(text: string): '\r\n' | '\n' {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** Where a file-wide directive goes: the start of the text, or just after the front matter. */
export function fileDirectiveOffset(text: string): number {
  return scanBlocks(text).frontMatter?.end ?? 0;
}

/** An insertion that disables `ruleId` for the line holding `offset`: a comment line above it, with the same indentation. */
export function disableLineEdit(text: string, offset: number, ruleId: string): OffsetEdit {
  const eol = lineEnding(text);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineText = text.slice(lineStart, text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart));
  const indent = /^[ \t]*(?:>[ \t]?)*/.exec(lineText)![0];
  // Extend an existing disable-next-line comment on the line above instead of stacking a second one.
  if (lineStart > 0) {
    const prevEnd = lineStart - 1 - (text[lineStart - 2] === '\r' ? 1 : 0);
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = text.slice(prevStart, prevEnd);
    const m = /^([ \t]*(?:>[ \t]?)*)<!--\s*rapport-disable-next-line\b([^>]*?)\s*-->\s*$/.exec(prev);
    if (m && m[2]!.trim()) {
      const ids = m[2]!.trim().split(/[\s,]+/);
      if (ids.includes(ruleId)) return { start: lineStart, end: lineStart, newText: '' };
      const insertAt = prevStart + prev.lastIndexOf('-->');
      const before = text.slice(prevStart, insertAt);
      return /\s$/.test(before) ? { start: insertAt, end: insertAt, newText: `${ruleId} ` } : { start: insertAt, end: insertAt, newText: ` ${ruleId} ` };
    }
  }
  return { start: lineStart, end: lineStart, newText: `${indent}<!-- rapport-disable-next-line ${ruleId} -->${eol}` };
}

/** An insertion that disables `ruleId` for the whole file: a comment at the top, after any front matter. */
export function disableFileEdit(text: string, ruleId: string): OffsetEdit {
  const eol = lineEnding(text);
  const at = fileDirectiveOffset(text);
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  return { start: at, end: at, newText: `${needsBreak ? eol : ''}<!-- rapport-disable ${ruleId} -->${eol}` };
}
