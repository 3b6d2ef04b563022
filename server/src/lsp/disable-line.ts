/**
 * "Disable this rule for this line": where the directive comment goes.
 *
 * A line is what the engine's directive parser counts as one (CR, LF and CRLF
 * each end a line, as in CommonMark), so the comment silences exactly the
 * finding's line whatever the note's line endings. The comment must not change
 * how the note renders, so candidate places are tried in order and the first
 * one that keeps the rendered tree (see rendering.ts) wins:
 *
 * 1. an existing directive for the line gets the rule id added;
 * 2. `<!-- rapport-disable-next-line id -->` on its own line above — only where
 *    a block starts (above a continuation line it would split the paragraph);
 * 3. `<!-- rapport-disable-line id -->` at the end of the line, before any
 *    hard-break spaces or backslash;
 * 4. the same before a table row's closing pipe;
 * 5. the same just after, then just before, the flagged words.
 *
 * When none keeps the rendering (or the paragraph is too long to check), no
 * edit is offered rather than one that changes the note.
 */
import { lineOf, lineStarts, scanDirectives, type Directive } from '../engine/directives.ts';
import { fileDirectiveOffset, lineEnding, type OffsetEdit } from './fixes.ts';
import { keepsRendering, stretchAround } from './rendering.ts';

/** Offset just before the line ending (CR, LF or CRLF) that ends at `next`. */
function contentEnd(text: string, lineStart: number, next: number): number {
  let end = next;
  if (end > lineStart && text[end - 1] === '\n') end--;
  if (end > lineStart && text[end - 1] === '\r') end--;
  return end;
}

/** Adds `ruleId` to a directive that lists ids; an empty edit when it already names the rule. */
function extend(d: Directive, ruleId: string): OffsetEdit {
  if (d.ids.some((x) => x.id === ruleId)) return { start: d.start, end: d.start, newText: '' };
  const at = d.ids[d.ids.length - 1]!.end;
  return { start: at, end: at, newText: ` ${ruleId}` };
}

/** Where `<!-- rapport-disable-line -->` goes at the end of a line: before trailing blanks and a hard-break backslash. */
function endOfLineOffset(line: string, lineStart: number): number {
  let end = line.replace(/[ \t]+$/, '').length;
  const backslashes = /\\*$/.exec(line.slice(0, end))![0].length;
  if (backslashes % 2 === 1) end--;
  return lineStart + end;
}

export function disableLineEdit(text: string, finding: { start: number; end: number }, ruleId: string): OffsetEdit | undefined {
  const starts = lineStarts(text);
  const line = lineOf(starts, finding.start);
  const lineStart = starts[line]!;
  const next = starts[line + 1] ?? text.length;
  const end = contentEnd(text, lineStart, next);
  const lineText = text.slice(lineStart, end);

  // 1. A directive that already covers this line for other rules.
  for (const d of scanDirectives(text.slice(line > 0 ? starts[line - 1]! : lineStart, end), [])) {
    if (d.ids.length === 0) continue;
    const base = line > 0 ? starts[line - 1]! : lineStart;
    const at = { ...d, start: d.start + base, end: d.end + base, ids: d.ids.map((x) => ({ ...x, start: x.start + base, end: x.end + base })) };
    if (d.kind === 'disable-next-line' && line > 0 && lineOf(starts, at.end) === line - 1) return extend(at, ruleId);
    if (d.kind === 'disable-line' && lineOf(starts, at.start) === line) return extend(at, ruleId);
  }

  const eolBefore = line > 0 ? text.slice(contentEnd(text, starts[line - 1]!, lineStart), lineStart) : '';
  const eol = eolBefore || text.slice(end, next) || lineEnding(text);
  const indent = /^[ \t]*(?:>[ \t]?)*/.exec(lineText)![0];
  const inline = (at: number): OffsetEdit => ({ start: at, end: at, newText: `<!-- rapport-disable-line ${ruleId} -->` });
  const candidates: OffsetEdit[] = [{ start: lineStart, end: lineStart, newText: `${indent}<!-- rapport-disable-next-line ${ruleId} -->${eol}` }];
  const eolAt = endOfLineOffset(lineText, lineStart);
  if (eolAt >= finding.end) candidates.push(inline(eolAt));
  const pipe = /\|[ \t]*$/.exec(lineText);
  if (pipe) {
    const at = lineStart + lineText.slice(0, pipe.index).replace(/[ \t]+$/, '').length;
    if (at >= finding.end) candidates.push(inline(at));
  }
  if (finding.end <= end) candidates.push(inline(finding.end));
  candidates.push(inline(finding.start));

  const stretch = stretchAround(text, starts, line, fileDirectiveOffset(text));
  return candidates.find((c) => keepsRendering(text, stretch, c));
}
