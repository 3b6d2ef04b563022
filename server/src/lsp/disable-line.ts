/**
 * "Disable this rule for this line": where the directive comment goes.
 *
 * A line is what the engine's directive parser counts as one (CR, LF and CRLF
 * each end a line, as in CommonMark), so the comment silences exactly the
 * finding's line whatever the note's line endings. The comment must not change
 * how the note renders, so candidate places are tried in order and the first
 * one that keeps the rendered tree (see rendering.ts) and that the engine reads
 * as silencing the finding wins:
 *
 * 1. an existing directive for the line gets the rule id added;
 * 2. `<!-- rapport-disable-next-line id -->` on its own line above — only where
 *    a block starts (above a continuation line it would split the paragraph);
 * 3. `<!-- rapport-disable-line id -->` at the end of the line, before any
 *    hard-break spaces or backslash;
 * 4. the same before a table row's closing pipe;
 * 5. the same just after, then just before, the flagged words.
 *
 * When none qualifies (or the paragraph is too long to check, over 16 KB), no
 * edit is offered rather than one that might change the note.
 */
import { lineOf, lineStarts, scanDirectives, suppression, type Directive } from '../engine/directives.ts';
import { scanBlocks } from '../engine/prose/blocks.ts';
import { applyEdits, fileDirectiveOffset, lineEnding, type OffsetEdit } from './fixes.ts';
import { renderingKeeper, stretchAround } from './rendering.ts';

export interface DisableTarget {
  start: number;
  end: number;
  /** The rule's family, which a directive may also name. */
  family: string;
}

/** Offset just before the line ending (CR, LF or CRLF) that ends at `next`. */
function contentEnd(text: string, lineStart: number, next: number): number {
  let end = next;
  if (end > lineStart && text[end - 1] === '\n') end--;
  if (end > lineStart && text[end - 1] === '\r') end--;
  return end;
}

/** The directives the engine reads in `text` (none inside fenced code). */
const directivesOf = (text: string) => scanDirectives(text, scanBlocks(text).codeRanges);

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

export function disableLineEdit(text: string, target: DisableTarget, ruleId: string): OffsetEdit | undefined {
  const starts = lineStarts(text);
  const line = lineOf(starts, target.start);
  const lineStart = starts[line]!;
  const next = starts[line + 1] ?? text.length;
  const end = contentEnd(text, lineStart, next);
  const lineText = text.slice(lineStart, end);

  // 1. A directive that already covers this line for other rules.
  for (const d of directivesOf(text)) {
    if (d.ids.length === 0 || d.end < (starts[line - 1] ?? 0) || d.start > end) continue;
    if (d.kind === 'disable-next-line' && lineOf(starts, d.end) === line - 1) return extend(d, ruleId);
    if (d.kind === 'disable-line' && lineOf(starts, d.start) === line) return extend(d, ruleId);
  }

  const eolBefore = line > 0 ? text.slice(contentEnd(text, starts[line - 1]!, lineStart), lineStart) : '';
  const eol = eolBefore || text.slice(end, next) || lineEnding(text);
  const indent = /^[ \t]*(?:>[ \t]?)*/.exec(lineText)![0];
  const inline = (at: number): OffsetEdit => ({ start: at, end: at, newText: `<!-- rapport-disable-line ${ruleId} -->` });
  const candidates: OffsetEdit[] = [{ start: lineStart, end: lineStart, newText: `${indent}<!-- rapport-disable-next-line ${ruleId} -->${eol}` }];
  const eolAt = endOfLineOffset(lineText, lineStart);
  if (eolAt >= target.end) candidates.push(inline(eolAt));
  const pipe = /\|[ \t]*$/.exec(lineText);
  if (pipe) {
    const at = lineStart + lineText.slice(0, pipe.index).replace(/[ \t]+$/, '').length;
    if (at >= target.end) candidates.push(inline(at));
  }
  if (target.end <= end) candidates.push(inline(target.end));
  candidates.push(inline(target.start));

  const keepsRendering = renderingKeeper(text, stretchAround(text, starts, line, fileDirectiveOffset(text)));
  if (!keepsRendering) return undefined;
  // An unclosed comment earlier in the note can swallow the new one: ask the engine whether it silences the finding.
  const silences = (c: OffsetEdit) => {
    const after = applyEdits(text, [c]);
    return suppression(after, directivesOf(after))(ruleId, target.family, target.start + (c.start <= target.start ? c.newText.length : 0));
  };
  return candidates.find((c) => keepsRendering(c) && silences(c));
}
