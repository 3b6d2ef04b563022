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
  /**
   * Whether a match may continue from the previous token to this one: false after a blank line. A single
   * line break is a soft break inside a paragraph ("Pt complains⏎of pain"); a match across it is found,
   * and the engine narrows the finding to one line and drops its fix (prose/prose-only.ts).
   */
  spaceBefore: boolean;
  /** Nothing at all separates it from the previous token ("wheelchair" "-" "bound"). */
  joined: boolean;
}

// What the scanner below implements, as one expression (kept for the equivalence test): a decimal or grouped
// number, digits with letters stuck after them (a unit: "10mg" is "10" and "mg", so dose terms see the
// unit), a word with inner apostrophes ("q4h" and "T12" stay whole), or one mark.
// Ordinals ("3rd") and a single letter that is not a unit ("Apt 4B") stay with their digits.
export const TOKEN_PATTERN =
  /\p{N}+(?:[.,]\p{N}+)+|\p{N}+(?=\p{L}{2})(?!(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH])(?!\p{L}))|\p{N}+(?=[uUgLh](?!\p{L}))|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\S/gu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;

// Character classes by code unit: ASCII is decided by table, anything else by the Unicode regexes above.
// A hand scanner, because the Unicode-aware regular expression was the largest single cost of reading a note.
// The classifiers take the text and index, and cut the character out only when it is not ASCII.
const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT.test(charAt(text, i));
};
const isLetter = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(charAt(text, i));
};
const isWordChar = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_DIGIT.test(charAt(text, i));
};
const isSpace = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text.charAt(i));
};
/** Code units of the character at `i` (2 for an astral character). */
const width = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

/** The character (one or two code units) at `i`. */
function charAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text.charAt(i);
}

const ORDINAL = new Set(['st', 'nd', 'rd', 'th']);
const UNIT_LETTERS = new Set(['u', 'U', 'g', 'L', 'h']);

/** Letters at `j` that read as a unit after a number: two or more that are not an ordinal suffix, or u, g, L, h. */
function unitFollows(text: string, j: number): boolean {
  let k = j;
  while (k < text.length && isLetter(text, k)) k += width(text, k);
  const run = text.slice(j, k);
  if (run.length >= 2) return !ORDINAL.has(run.toLowerCase());
  return UNIT_LETTERS.has(run);
}

/** End of the token that starts at `i` (which is not white space). */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  if (!isWordChar(text, i)) return i + width(text, i);
  if (isDigit(text, i)) {
    // A decimal or grouped number: digits, then one or more [.,]digits, then letters stuck to it.
    let j = i;
    while (j < n && isDigit(text, j)) j += width(text, j);
    let grouped = false;
    while (j + 1 < n && (text[j] === '.' || text[j] === ',') && isDigit(text, j + 1)) {
      grouped = true;
      j++;
      while (j < n && isDigit(text, j)) j += width(text, j);
    }
    // A unit stuck to the number is a token of its own ("10mg", "5.0mg").
    if (grouped || unitFollows(text, j)) return j;
  }
  let j = i;
  while (j < n && isWordChar(text, j)) j += width(text, j);
  // Inner apostrophes: "don't", "patient's".
  while (j + 1 < n && (text[j] === "'" || text[j] === '’') && isLetter(text, j + 1)) {
    j++;
    while (j < n && isLetter(text, j)) j += width(text, j);
  }
  return j;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = -1;
  let newlines = 0;
  for (let i = 0; i < n; ) {
    if (isSpace(text, i)) {
      if (text.charCodeAt(i) === 10) newlines++;
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    const t = text.slice(i, end);
    const shape: TokenShape = !isWordChar(text, i) ? 'punct' : isDigit(text, i) && !hasLetter(t) ? 'number' : 'word';
    out.push({ start: i, end, text: t, lower: lowerOf(t), shape, spaceBefore: newlines < 2, joined: prevEnd === i });
    prevEnd = end;
    newlines = 0;
    i = end;
  }
  return out;
}

/**
 * Calls `visit` with the lower-cased text and shape of each token, without building token objects: the
 * trigger index only needs to know which words occur in a block.
 */
export function scanWords(text: string, visit: (lower: string, shape: TokenShape) => void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    const t = text.slice(i, end);
    visit(lowerOf(t), !isWordChar(text, i) ? 'punct' : isDigit(text, i) && !hasLetter(t) ? 'number' : 'word');
    i = end;
  }
}

/**
 * The token lower-cased, with curly apostrophes made straight. Most tokens of a note are lower-case ASCII already and
 * are returned as they are: toLowerCase was the largest single cost of reading a note's tokens.
 */
function lowerOf(t: string): string {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) {
      const lower = t.toLowerCase();
      return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    }
  }
  return t;
}

function hasLetter(t: string): boolean {
  // One code unit at a time, as it always was (an astral letter is not counted here).
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(t.charAt(k))) return true;
  }
  return false;
}
