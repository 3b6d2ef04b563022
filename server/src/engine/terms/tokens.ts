/**
 * Tokens of a prose run: words, numbers and single punctuation marks, with
 * offsets into the run. Rules match on tokens instead of scanning the text with
 * their own patterns, so a run is read once whatever the number of rules.
 */

export type TokenShape = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Lower-cased, with curly apostrophes made straight. */
  lower: string;
  shape: TokenShape;
  /** Only whitespace (or nothing) separates this token from the previous one; false after a line break. */
  spaceBefore: boolean;
  /** Nothing at all separates it from the previous token ("wheelchair" "-" "bound"). */
  joined: boolean;
}

// A decimal or grouped number (with a unit stuck to it: "10mg"), a word with inner apostrophes, or one mark.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+\p{L}*|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const start = m.index;
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, start);
    const first = t.charCodeAt(0);
    const shape: TokenShape = first >= 48 && first <= 57 && !/\p{L}/u.test(t) ? 'number' : /[\p{L}\p{N}]/u.test(t) ? 'word' : 'punct';
    out.push({
      start,
      end: start + t.length,
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      shape,
      spaceBefore: !gap.includes('\n'),
      joined: prevEnd >= 0 && gap === '',
    });
    prevEnd = start + t.length;
  }
  return out;
}
