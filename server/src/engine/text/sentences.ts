/**
 * Sentence and clause boundaries inside a prose run.
 *
 * Clinical notes are full of abbreviations with periods ("pt.", "q.d.", "Dr.",
 * "approx.") and fragments without verbs, so a sentence ends only at ., ! or ?
 * followed by white space and something that can start a sentence, and never
 * after a known abbreviation or a single letter. Line breaks inside a paragraph
 * also end a sentence when the next line starts a new item (a label such as
 * "O:" or a capital letter after a line that ended in punctuation).
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'pt', 'pts', 'dr', 'mr', 'mrs', 'ms', 'mx', 'st', 'vs', 'eg', 'ie', 'approx', 'min', 'max', 'mod',
  'no', 'yo', 'y.o', 'est',
  'lt', 'rt', 'bilat', 'ext', 'flex', 'abd', 'add', 'rot', 'ca', 'cf', 'al', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'univ', 'dept', 'ave', 'rd',
]);

/**
 * Charting shorthand that ends a phrase as often as it sits inside one ("Pt seen for tx. Doing well.", "x 2 wks. Will
 * reassess."): a full stop after it ends the sentence when a capitalised word follows, and not otherwise ("hx. of
 * falls"). Titles and the words above that come before what they name ("Dr. Lee", "Rt. Knee") never end one.
 */
const SHORTHAND = new Set(['hx', 'dx', 'tx', 'rx', 'sx', 'fx', 'bid', 'tid', 'qid', 'prn', 'wk', 'wks', 'yr', 'yrs', 'sec', 'hr', 'hrs', 'mo', 'mos']);

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // The lookbehind makes a match start only at the beginning of a punctuation run, which keeps long
  // runs ("!!!!…" with no space after) linear instead of quadratic; the matches are the same.
  const re = /(?<![.!?])[.!?]+["'”’)]*(?=\s)|\n(?=\s*\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0] === '\n') {
      // A line break ends a sentence unless the line simply wraps mid-sentence.
      const before = text.slice(start, m.index).trimEnd();
      const after = text.slice(end).trimStart();
      const wraps = before !== '' && !/[.!?:;]$/.test(before) && /^[a-z(]/.test(after);
      if (wraps) continue;
    } else if (m[0].startsWith('.')) {
      const word = lettersAndStopsBefore(text, start, m.index).toLowerCase();
      const bare = word.replace(/\./g, '');
      // A single letter is an initial ("A. Smith"), unless it closes slash shorthand ("no c/o.", "tolerated w/o.",
      // "s/p."), which is a word of its own and can end a sentence like any other.
      const shorthand = word.length === 1 && text[m.index - 2] === '/';
      if ((word.length === 1 && !shorthand) || ABBREVIATIONS.has(bare) || /\.[a-z]$/.test(word)) continue;
      const after = text.slice(end).trimStart();
      if (/^[a-z]/.test(after)) continue; // "pt. states" or "e.g. walking"
      if (SHORTHAND.has(bare) && !/^[A-Z][a-z]/.test(after)) continue;
    }
    if (text.slice(start, end).trim()) spans.push(trim(text, start, end));
    start = end;
  }
  if (text.slice(start).trim()) spans.push(trim(text, start, text.length));
  return spans;
}

/**
 * The run of ASCII letters and full stops that ends at `end` (not before `start`): the word a full stop closes.
 * Scanned backwards, because an expression anchored at the end is tried from every offset of the sentence.
 */
function lettersAndStopsBefore(text: string, start: number, end: number): string {
  let i = end;
  while (i > start) {
    const c = text.charCodeAt(i - 1);
    if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) i--;
    else break;
  }
  return text.slice(i, end);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Words and punctuation that end a clause for negation and subject scope. */
const CLAUSE_BREAK = /[;:,()\u2014]|\s-\s|\b(?:but|however|although|though|except|yet|whereas|while|which|who|because|since|then|and then)\b/gi;

/** How far around an offset a clause is looked for: clause scope never needs more, and a bound keeps huge run-on paragraphs linear. */
const CLAUSE_WINDOW = 400;

/** The clause of `text` that contains `offset`, within the sentence span. */
export function clauseAt(text: string, sentence: Span, offset: number): Span {
  const from = Math.max(sentence.start, offset - CLAUSE_WINDOW);
  const to = Math.min(sentence.end, offset + CLAUSE_WINDOW);
  let start = from;
  let end = to;
  const slice = text.slice(from, to);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(slice))) {
    const at = from + m.index;
    if (at + m[0].length <= offset) start = at + m[0].length;
    else if (at >= offset) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/**
 * The part of `span` within `radius` characters of `offset`. Rules that look
 * around a match within its sentence use it so that a pathological note (one
 * "sentence" of several megabytes) stays linear.
 */
export function clipSpan(span: Span, offset: number, radius = 300): Span {
  return { start: Math.max(span.start, offset - radius), end: Math.min(span.end, offset + radius) };
}
