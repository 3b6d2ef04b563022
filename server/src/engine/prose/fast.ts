/**
 * A fast path for the commonest blocks of a note: plain paragraphs, ATX
 * headings and simple "-", "+" or numbered list items, with at most the inline
 * markup that real notes are full of: "**PLAN:**" labels, an "_italic line_",
 * "__________" blanks and snake_case words, and literal "&", "<" and ">".
 *
 * Parsing every block with remark costs about 1.5 ms of fixed overhead per
 * block, which dominates batch runs over thousands of notes. For a block in
 * which nothing else can start inline Markdown (code, links, HTML, entities,
 * escapes, tables, strikethrough, autolink literals, any other emphasis) the
 * prose view is the text with the block markers and those delimiters masked,
 * so it is built here directly, with exactly the runs remark would give: same
 * starts, same text. Anything else returns undefined and goes to remark, which
 * stays the authority: test/engine/fast-path.test.ts compares both paths on
 * generated blocks and on real notes with markup woven in.
 */
import type { ProseRun } from './parse.ts';

/** Characters and sequences after which only a real parser knows what the text means (tested after the masks below). */
const NEEDS_PARSER = /[`*_[\]<\\|~\t@]|&#?[A-Za-z0-9]+;|:\/\/|www\.|\r(?!\n)/;
/** Lines that are, or may be, other blocks: "*" items, thematic breaks, setext underlines, code, closed headings, empty items, quotes (tested on the source). */
export const OTHER_BLOCK = /^(?: {4}|\t)|^ {0,3}\*(?:[ \t]|$)|^ {0,3}(?:\*[ \t]*){3,}$|^ {0,3}(?:[-=_]\s*){3,}$|^ {0,3}(?:=+|-+)[ \t]*\r?$|^ {0,3}(?:```|~~~)|^ {0,3}#{1,6}(?:[ \t].*)?#\s*$|^ {0,3}\d{1,9}[.)]\s*$|^ {0,3}[-+]\s*$|^ {0,3}#{7,}|^ {0,3}>/m;
/** First characters (after up to three spaces) of a line where an OTHER_BLOCK alternative can match: tab, * - = _ ` ~ # + > and digits. */
const OTHER_BLOCK_START = new Uint8Array(128);
for (const c of '\t*-=_`~#+>0123456789') OTHER_BLOCK_START[c.charCodeAt(0)] = 1;

/**
 * OTHER_BLOCK.test(text), tried only where it can match: every alternative starts at a line start with four spaces or
 * with one of OTHER_BLOCK_START after up to three, so the expression is tried, sticky, at just those line starts instead
 * of at every offset of the block (a match may still run on over the next lines, as it would). Line starts are those of
 * `^` in a multiline expression: after \n, \r, U+2028 and U+2029.
 */
const OTHER_BLOCK_AT = new RegExp(OTHER_BLOCK.source, 'my');
export function otherBlock(text: string): boolean {
  const n = text.length;
  for (let i = 0; i <= n; ) {
    let j = i;
    while (j < n && j - i < 4 && text.charCodeAt(j) === 32) j++;
    const c = j < n ? text.charCodeAt(j) : 0;
    if (j - i === 4 || (c < 128 && OTHER_BLOCK_START[c] === 1)) {
      OTHER_BLOCK_AT.lastIndex = i;
      if (OTHER_BLOCK_AT.test(text)) return true;
    }
    let k = j;
    while (k < n) {
      const d = text.charCodeAt(k);
      if (d === 10 || d === 13 || d === 0x2028 || d === 0x2029) break;
      k++;
    }
    if (k >= n) break;
    i = k + 1;
  }
  return false;
}
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const ITEM = /^ {0,3}(?:[-+]|\d{1,9}[.)])(?:[ \t]+|$)/;
/** Content after a list marker that starts another block inside the item: left to remark. */
const NESTED_BLOCK = /^(?:[-+*>]|\d{1,9}[.)]|#{1,6}(?:[ \t]|$))/;

/**
 * Plain strong emphasis such as the "**S:**" labels of a SOAP note: opening "**" at the start of the
 * line or after white space and before a letter or digit (left-flanking, not right-flanking), closing
 * "**" after a non-space character and before white space, punctuation or the end (right-flanking), no
 * "*" or "_" inside. Both delimiters are masked. The same with single "_" for emphasis ("_Urology — …_"). Whatever else is inside is still checked by NEEDS_PARSER after the masking.
 */
const SIMPLE_STRONG = /(^|[ \t])\*\*([A-Za-z0-9](?:[^*_\n]*[^\s*_])?)\*\*(?=[ \t\r\n.,;:!?)]|$)/gm;
const SIMPLE_EMPHASIS = /(^|[ \t])_([A-Za-z0-9](?:[^*_\n]*[^\s*_])?)_(?=[ \t\r\n.,;:!?)]|$)/gm;
/**
 * "_" that can neither open nor close emphasis (CommonMark 6.2), so is a literal character: a run with
 * white space (or the line's edge) on both sides ("with __________ weeks"), or one "_" between two ASCII
 * letters or digits ("snake_case", both-flanking but not next to punctuation). Replaced by a letter so that
 * NEEDS_PARSER lets it through; the prose text is taken from the source, so the letter never shows.
 */
const LITERAL_UNDERSCORES = /(?<=^|[ \t])_+(?=[ \t\r\n]|$)|(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])/gm;
/** "<" before white space, a digit or "=" starts neither a tag nor an autolink: "<5 mm", "< 0.4", "<= 2". */
const LITERAL_LT = /<(?=[\s\d=])/g;
/** "@" after white space cannot be in an e-mail address (a GFM autolink literal needs its local part right before): "5/4 @ elbow". */
const LITERAL_AT = /(?<=^|[ \t])@/gm;
/** A run of "*" or "_" left after the masks. */
const DELIMITER_RUN = /\*+|_+/g;

/**
 * Whether every "*" and "_" run left is after white space (or at the start of a line). None of them can then
 * close emphasis (a closing run must be right-flanking, so not after white space), so none pairs with any
 * other and all are literal text: "Blood pressure *, pulse *", "**TIME:** **".
 */
function noCloser(text: string): boolean {
  DELIMITER_RUN.lastIndex = 0;
  for (let m = DELIMITER_RUN.exec(text); m; m = DELIMITER_RUN.exec(text)) {
    const before = m.index === 0 ? 10 : text.charCodeAt(m.index - 1);
    if (before !== 32 && before !== 10) return false;
  }
  return true;
}

/**
 * Masks the delimiters above as spaces (`view`, the prose view of the whole block) and, in `checked`, the
 * literal characters as letters too, for NEEDS_PARSER. Both have the source's length.
 */
function maskInline(source: string): { checked: string; view: string } {
  let out = source;
  const underscores = out.includes('_');
  let literals = false;
  const literal = (m: string) => {
    literals = true;
    return 'x'.repeat(m.length);
  };
  // Literal underscores first: they are literal whatever surrounds them, and then no longer stop a label.
  if (underscores) out = out.replace(LITERAL_UNDERSCORES, literal);
  if (out.includes('**')) out = out.replace(SIMPLE_STRONG, (_m, lead: string, inner: string) => `${lead}  ${inner}  `);
  // After the strong masks, so that "_a **b** c_" is seen whole; neither kind may hold the other's
  // delimiter unmasked, so the two can only nest, never overlap.
  if (underscores) out = out.replace(SIMPLE_EMPHASIS, (_m, lead: string, inner: string) => `${lead} ${inner} `);
  if (out.includes('<')) out = out.replace(LITERAL_LT, literal);
  if (out.includes('@')) out = out.replace(LITERAL_AT, literal);
  if ((out.includes('*') || out.includes('_')) && noCloser(out)) out = out.replace(DELIMITER_RUN, literal);
  if (!literals) return { checked: out, view: out };
  let view = '';
  for (let i = 0; i < out.length; i++) view += out.charCodeAt(i) === 32 ? ' ' : source[i]!;
  return { checked: out, view };
}

/**
 * The prose runs of `original`, or undefined when only remark can tell.
 * @param offset document offset of `original[0]`, added to every run start.
 */
export function fastProseRuns(original: string, offset = 0): ProseRun[] | undefined {
  const { checked: masked, view } = maskInline(original);
  if (NEEDS_PARSER.test(masked) || otherBlock(original)) return undefined;
  const runs: ProseRun[] = [];
  /**
   * A run over [from, to) of the source, as remark's node positions give it: from the first character of
   * the content to the end of its last line, trailing spaces included (the line ending is not).
   */
  const push = (from: number, to: number, kind: 'paragraph' | 'heading') => {
    if (original.charCodeAt(to - 1) === 10) to--;
    if (original.charCodeAt(to - 1) === 13) to--;
    while (from < to && original.charCodeAt(from) === 32) from++;
    const text = view.slice(from, to);
    if (kind === 'heading') {
      // A heading run starts at its marker (after any indentation), as remark's heading node does, with the marker masked.
      const marker = HEADING.exec(text)![0].length;
      const masked = ' '.repeat(marker) + text.slice(marker);
      if (masked.trim()) runs.push({ start: offset + from, text: masked, kind, inBlockquote: false });
    } else if (text.trim()) runs.push({ start: offset + from, text, kind, inBlockquote: false });
  };
  let paragraph: number | undefined; // start of the open paragraph's content
  let inList = false;

  let pos = 0;
  while (pos < masked.length) {
    const nl = masked.indexOf('\n', pos);
    const next = nl === -1 ? masked.length : nl + 1;
    // Block markers are read on the source (the masks never touch them), what follows them on the masked text.
    const bare = original.slice(pos, next).replace(/\r?\n$/, '');
    if (bare.trim() === '') return undefined; // blank lines inside a block: only the parser knows
    const heading = HEADING.exec(bare);
    let item = ITEM.exec(bare);
    // Five or more spaces after a list marker start indented code inside the item.
    if (item && /\S {5,}$/.test(item[0])) return undefined;
    // A list item whose content starts another block (nested list, heading, quote, thematic break) is left to remark.
    if (item && (NESTED_BLOCK.test(masked.slice(pos + item[0].length, next).trimStart()) || otherBlock(bare.slice(item[0].length)))) return undefined;
    // An ordered list may interrupt a paragraph only when it starts at 1 (CommonMark 5.3).
    if (item && paragraph !== undefined && !inList && /^\s*\d/.test(item[0]) && !/^\s*1[.)]/.test(item[0])) item = null;
    if (heading) {
      if (paragraph !== undefined) push(paragraph, pos, 'paragraph');
      paragraph = undefined;
      push(pos, next, 'heading');
      inList = false;
    } else if (item) {
      if (paragraph !== undefined) push(paragraph, pos, 'paragraph');
      inList = true;
      paragraph = pos + item[0].length;
    } else if (paragraph === undefined) {
      if (inList && /^\s/.test(bare)) return undefined; // indented content under a list item: let remark decide
      paragraph = pos;
    }
    pos = next;
  }
  if (paragraph !== undefined) push(paragraph, masked.length, 'paragraph');
  return runs;
}
