/**
 * Parse units: how a block is handed to the Markdown parser, so that no note can make a keystroke slow.
 *
 * The parser's cost is not linear in every input: unclosed brackets and unmatched emphasis delimiters
 * make it quadratic (1,000 lines of unclosed links took seconds; emphasis nested 20,000 deep, minutes),
 * and a 1,000-row table or list is one block that a keystroke would re-parse whole. So a block becomes
 * one or more units, each cached and parsed on its own:
 *
 * - Long tables are cut into groups of rows, each parsed after the header and delimiter rows (the
 *   `prefix`), which reads every row exactly as the whole table would: rows never share inline markup.
 * - Other long blocks (lists, or a note written without blank lines) are cut before ATX headings and
 *   top-level list items: such a line always starts a new block, ending every inline construct before
 *   it. Not where fenced code, HTML or a reference definition could reach across the cut.
 * - A unit with more inline delimiters than the parser handles quickly, or deeper containers, or more
 *   characters than any real paragraph, is read as plain text line by line (`plain`): its words are
 *   still checked, anything that may be markup is masked, and its findings carry no automatic fix,
 *   because without a parse the engine cannot prove a fix touches prose only. The linter reports such
 *   blocks once as `rapport.too-complex`.
 */
import type { ProseRun } from './parse.ts';

export interface ParseUnit {
  /** Offset of `text` in the block. */
  start: number;
  text: string;
  /** Parsed before `text` for context (a table's header rows); its runs are dropped. */
  prefix: string;
  /** Read as plain text: the parser would be too slow here. */
  plain: boolean;
}

/** Lines per unit when a table or list is cut. */
export const UNIT_LINES = 48;
/** Unmatched inline delimiters (see `delimiters`) above which the parser may take quadratic time. */
export const MAX_DELIMITERS = 600;
/** A line with more delimiters than this counts all of them, matched or not (deep nesting on one line). */
const DENSE_LINE = 100;
/** Characters above which a unit is read as plain text whatever it holds. */
export const MAX_UNIT_CHARS = 256 * 1024;
/**
 * Container markers (indentation, `>`, list bullets) longer than this at the start of a line mean hundreds of
 * nested lists or quotes: the Markdown parser takes time quadratic in the depth there (a 1,000-level list
 * takes close to a minute).
 */
const MAX_CONTAINER_PREFIX = 256;
const CONTAINER_PREFIX = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;

interface Line {
  start: number;
  /** With its terminator. */
  text: string;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const next = nl === -1 ? text.length : nl + 1;
    out.push({ start: at, text: text.slice(at, next) });
    at = next;
  }
  return out;
}

/**
 * Inline delimiters the parser may have to search back over: on each line, those left unmatched
 * (brackets that do not close, an odd number of `*`, `_`, `~` or backticks, `<` without `>`), or all
 * of them when one line holds more than `DENSE_LINE`. Balanced markup such as the `**S:**` labels of
 * every line of a note is cheap to parse and does not count; unclosed links and nesting do.
 */
function delimiters(text: string): number {
  let total = 0;
  let open = 0;
  let close = 0;
  let star = 0;
  let under = 0;
  let tilde = 0;
  let tick = 0;
  let lt = 0;
  let gt = 0;
  const endLine = () => {
    const all = open + close + star + under + tilde + tick + lt;
    total += all > DENSE_LINE ? all : Math.abs(open - close) + (star % 2) + (under % 2) + (tilde % 2) + (tick % 2) + Math.max(0, lt - gt);
    open = close = star = under = tilde = tick = lt = gt = 0;
  };
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 10: endLine(); break;
      case 91: open++; break; // [
      case 93: close++; break; // ]
      case 42: star++; break; // *
      case 95: under++; break; // _
      case 126: tilde++; break; // ~
      case 96: tick++; break; // `
      case 60: lt++; break; // <
      case 62: gt++; break; // >
    }
  }
  endLine();
  return total;
}

function tooDeep(text: string): boolean {
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    if (end - at > MAX_CONTAINER_PREFIX && CONTAINER_PREFIX.exec(text.slice(at, Math.min(end, at + MAX_CONTAINER_PREFIX * 4)))![0].length > MAX_CONTAINER_PREFIX) return true;
    at = end + 1;
  }
  return false;
}

const DELIMITER_CHAR = /[[\]*_~`<>]/g;

/**
 * Whether `text` holds more than `MAX_DELIMITERS` delimiter characters at all: `delimiters` never counts more
 * than there are, so below that it cannot exceed the bound. The regular expression skips prose natively, where
 * the character loop of `delimiters` cost a sixth of a keystroke's re-lint on a long note.
 */
function manyDelimiterChars(text: string): boolean {
  if (text.length <= MAX_DELIMITERS) return false;
  DELIMITER_CHAR.lastIndex = 0;
  for (let n = 0; n <= MAX_DELIMITERS; n++) if (!DELIMITER_CHAR.test(text)) return false;
  return true;
}

/** Whether a unit must be read as plain text. */
export function tooComplex(text: string): boolean {
  return text.length > MAX_UNIT_CHARS || (manyDelimiterChars(text) && delimiters(text) > MAX_DELIMITERS) || tooDeep(text);
}

const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*\r?\n?$/;
/** A line that could end a table or start another block inside it: then the rows are not cut. */
const BLOCK_START = /^(?: {4}|\t| {0,3}(?:[>#<]|`{3}|~{3}|[-*+][ \t]|\d{1,9}[.)][ \t]))/;
const ATX = /^#{1,6}(?:[ \t]|\r?\n?$)/;
const BULLET = /^[-*+][ \t]+\S/;
const ORDERED_ONE = /^1[.)][ \t]+\S/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})\r?\n?$/;
const HIDES_LINES = /^[ \t>]*(?:`{3}|~{3}|<)/;

/** Offsets (line indexes) at which a long block may be cut without changing how any line is read. */
function cutPoints(lines: readonly Line[]): { cuts: number[]; header: number } | undefined {
  if (lines.length <= UNIT_LINES) return undefined;
  // A table: header row, delimiter row, then rows that all look like rows.
  if (lines[0]!.text.includes('|') && DELIMITER_ROW.test(lines[1]!.text)) {
    for (let i = 2; i < lines.length; i++) if (!lines[i]!.text.includes('|') || BLOCK_START.test(lines[i]!.text)) return undefined;
    const cuts: number[] = [];
    for (let i = 2 + UNIT_LINES; i < lines.length; i += UNIT_LINES) cuts.push(i);
    return { cuts, header: 2 };
  }
  // Anything else: cut before a line that always starts a new top-level block and so ends every inline
  // construct before it: an ATX heading, or a list item at column 0 (an ordered one only if it starts at 1,
  // as only then may it interrupt a paragraph). Never where fenced code, HTML or a reference definition could reach across.
  if (lines.some((l) => HIDES_LINES.test(l.text) || DEFINITION.test(l.text))) return undefined;
  const cuts: number[] = [];
  let last = 0;
  for (let i = 1; i < lines.length; i++) {
    if (i - last < UNIT_LINES) continue;
    const line = lines[i]!.text;
    const starts =
      ATX.test(line) ||
      (BULLET.test(line) && !THEMATIC.test(line)) ||
      ORDERED_ONE.test(line);
    if (starts) {
      cuts.push(i);
      last = i;
    }
  }
  return cuts.length ? { cuts, header: 0 } : undefined;
}

/** The parse units of one block (usually just the block). */
export function parseUnits(text: string): ParseUnit[] {
  const whole = (): ParseUnit[] => {
    if (!tooComplex(text)) return [{ start: 0, text, prefix: '', plain: false }];
    // Plain reading is line by line, so cutting it into units changes nothing and keeps keystrokes cheap.
    const lines = splitLines(text);
    const out: ParseUnit[] = [];
    for (let i = 0; i < lines.length; i += UNIT_LINES) {
      const group = lines.slice(i, i + UNIT_LINES);
      out.push({ start: group[0]!.start, text: group.map((l) => l.text).join(''), prefix: '', plain: true });
    }
    return out;
  };
  if (text.length < 4_000) return whole();
  const lines = splitLines(text);
  const plan = cutPoints(lines);
  if (!plan) return whole();
  const prefix = lines.slice(0, plan.header).map((l) => l.text).join('');
  const bounds = [0, ...plan.cuts, lines.length];
  const out: ParseUnit[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const group = lines.slice(bounds[k], bounds[k + 1]);
    const unitText = group.map((l) => l.text).join('');
    out.push({ start: group[0]!.start, text: unitText, prefix: k === 0 ? '' : prefix, plain: tooComplex(unitText) });
  }
  return out;
}

/** Masked like markup when a unit is read as plain text: code spans, tags and comments, link targets, URLs. */
const PLAIN_MARKUP = /`+[^`\n]*`+|<[^<>\n]*>|\]\([^()\n]*\)|\b(?:https?:\/\/|www\.)\S+|[`*_~[\]<>|\\!#]/g;

/** One paragraph run per line, container markers and anything that may be markup masked; offsets unchanged. */
export function plainRuns(source: string, offset: number): ProseRun[] {
  const runs: ProseRun[] = [];
  let at = 0;
  while (at < source.length) {
    const nl = source.indexOf('\n', at);
    const end = nl === -1 ? source.length : nl;
    const line = source.slice(at, end);
    const prefix = CONTAINER_PREFIX.exec(line.slice(0, MAX_CONTAINER_PREFIX * 64))![0];
    const text = ' '.repeat(prefix.length) + line.slice(prefix.length).replace(PLAIN_MARKUP, (m) => ' '.repeat(m.length));
    if (text.trim() !== '') runs.push({ start: offset + at, text, kind: 'paragraph', inBlockquote: prefix.includes('>') });
    at = end + 1;
  }
  return runs;
}
