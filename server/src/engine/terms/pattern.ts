/**
 * The small pattern language rule terms are written in, compiled to token
 * matchers. A pattern is words separated by spaces:
 *
 *   refuse/v to          "refuse to", "refuses to", "refused to", "refusing to"
 *   wheelchair-bound     "wheelchair-bound", "wheelchair bound", "wheelchairbound"
 *   @person? [is] @neg?  a named word set, optional items, and the reported span in [ ]
 *   diabetic|epileptic   alternatives; drug_seeking is one alternative of two words
 *   =QD                  exact case; #num a number; #word any word; #any any token
 *   very? x{0,2} y*      quantifiers: ? (0–1), * (0–3), {m,n}
 *   #int +- +#int        `+`: the token touches the one before ("555-0199", not "555 - 0199")
 *
 * In a suggestion, `$N` is item N's text and `$N:int` its whole-number part, `$N:trim` a decimal without its trailing zeros
 * ("0.60" → "0.6", "5.0" → "5"), `$N:spaced` its letters parted from its digits.
 *
 * `/v` generates verb forms, `/vn` verb forms and the nouns regularly made from
 * the verb ("abuser", "manipulation"), `/n` singular and plural, `/a` an
 * adjective with its "-ly", "-ness" and "-ance"/"-ence" words (inflect.ts). The matcher records which form matched, so a suggestion
 * written as "decline/v" comes out as "declined" after "refused".
 */
import { adjectiveForms, inflect, nounForms, verbForms, verbWithNouns, type FormTag } from './inflect.ts';
import type { Token } from './tokens.ts';
import { WORD_SETS, type WordSetName } from './words.ts';
import { FREQUENCY_ROWS, UNLISTED_FREQUENCY } from './anchor-frequency.ts';

/**
 * Token shapes: #num a number, #int digits only, #dec a decimal ("1.0"), #word any word, #cap a capitalised
 * word, #upper a word in capitals ("QD", "MRN"), #any any token, #emoji a character shown as an emoji, #agesex an
 * age with a capital sex letter stuck to it ("34F", "72M"; not "98.6F" or "5m", which are a temperature and a length),
 * #elongated a word drawn out by a tripled letter as in chat ("sooo", "SOOO", "reallyyy", "hmmm"; not "AAA", "Class IIIb"),
 * #alnum a word with a digit in it ("Inderal40mg", "x3d", "34F"), #drugname a word that ends like a generic drug name
 * ("dobutamine", "vancomycin", "metoprolol", "apixaban"; see DRUG_STEM), #poss a possessive word ("veteran's", "Ana’s").
 */
const SHAPES = ['num', 'int', 'dec', 'word', 'cap', 'upper', 'any', 'emoji', 'agesex', 'elongated', 'alnum', 'drugname', 'poss'] as const;
type Shape = (typeof SHAPES)[number];

/**
 * Index keys of the shapes a word token can have. A pattern that starts with `#cap` is filed under "#cap" and tried
 * only at capitalised words, not under "#word" at every word: the word-shaped entries were nine in ten of all match
 * attempts in real reports, nearly all of them failing on their first token.
 */
export const WORD_SHAPE_KEYS = ['#word', '#cap', '#upper', '#elongated', '#alnum'] as const;
export type WordShapeKey = (typeof WORD_SHAPE_KEYS)[number];

/** The index key of a shape: the shape itself for the word shapes that have one, else the broad class. */
function shapeKey(shape: Shape): string {
  if (shape === 'num' || shape === 'int' || shape === 'dec') return '#num';
  if (shape === 'any' || shape === 'emoji') return '#any';
  if (shape === 'cap' || shape === 'upper' || shape === 'elongated' || shape === 'alnum') return `#${shape}`;
  if (shape === 'agesex') return '#alnum';
  return '#word';
}

/** Whether a word token is one the entries under a word-shape key may start at. */
export function hasWordShape(key: WordShapeKey, token: Token): boolean {
  if (key === '#word') return token.shape === 'word';
  // Asked of every word of a note: most are told apart by their first character before any expression runs.
  const first = token.text.charCodeAt(0);
  if ((key === '#cap' || key === '#upper') && first >= 97 && first <= 122) return false;
  if (key === '#alnum') return token.shape === 'word' && hasDigit(token.text);
  return SHAPE_TEST[SHAPE_OF_KEY[key]](token);
}

/** The shape each word-shape key names, so that the test is found without cutting the "#" off the key for every word. */
const SHAPE_OF_KEY: Record<WordShapeKey, Shape> = { '#word': 'word', '#cap': 'cap', '#upper': 'upper', '#elongated': 'elongated', '#alnum': 'alnum' };

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

type Atom =
  // A form's tag, or null for a form without one: one lookup tells a miss (undefined) from a hit.
  | { kind: 'forms'; forms: Map<string, FormTag | null> }
  | { kind: 'exact'; text: string }
  | { kind: 'set'; set: ReadonlySet<string> }
  | { kind: 'shape'; shape: Shape };

/** One alternative of an element: a sequence of atoms (several for compounds and `_` phrases). */
type Sequence = Array<{ atom: Atom; optional?: boolean }>;

export interface Element {
  alternatives: Sequence[];
  min: number;
  max: number;
  /** `+item`: each token the item matches must touch the previous one ("555" "-" "0199"). */
  joined?: boolean;
  /**
   * The item the element was made from, shared by every element with the same text: for an item of many
   * alternatives its first-token index (see byFirstToken) is built there on first use, not at start-up.
   */
  item: Item;
}

/** An item's alternatives, shared by all elements written the same; `byFirst` is built lazily (firstIndex). */
interface Item {
  alternatives: Sequence[];
  /** Whether it has enough alternatives to be worth indexing by first token. */
  indexed: boolean;
  byFirst?: FirstTokenIndex;
}

/** An item's alternatives by the token they must start with; `rest` are those that may start with any token. */
interface FirstTokenIndex {
  byLower: Map<string, Sequence[]>;
  rest: Sequence[];
}

/** Below this many alternatives, trying each is as quick as looking them up. */
const INDEXED_ALTERNATIVES = 8;

/**
 * An item such as the 150 condition names of a case-synecdoche pattern was tried alternative by alternative at
 * every token it was asked about: a tenth of a batch's time went to that one pattern. Each list keeps the
 * alternatives' own order, so the first of the longest matches still wins, as when all are tried.
 */
function byFirstToken(alternatives: readonly Sequence[]): FirstTokenIndex | undefined {
  if (alternatives.length < INDEXED_ALTERNATIVES) return undefined;
  const keysOf = alternatives.map((alt) => {
    const first = alt[0];
    if (!first || first.optional) return undefined;
    const atom = first.atom;
    if (atom.kind === 'forms') return [...atom.forms.keys()];
    if (atom.kind === 'exact') return [atom.text.toLowerCase()];
    if (atom.kind === 'set') return [...atom.set];
    return undefined;
  });
  const byLower = new Map<string, Sequence[]>();
  const rest: Sequence[] = [];
  alternatives.forEach((alt, k) => {
    const keys = keysOf[k];
    if (keys === undefined) {
      // Open to any token: it joins every list, in its place.
      rest.push(alt);
      for (const list of byLower.values()) list.push(alt);
      return;
    }
    for (const key of keys) {
      let list = byLower.get(key);
      if (!list) byLower.set(key, (list = [...rest]));
      if (list[list.length - 1] !== alt) list.push(alt);
    }
  });
  for (const [key, list] of byLower) byLower.set(key, exact(list));
  return { byLower, rest: exact(rest) };
}

/**
 * A copy of a list built by `push`, holding just its elements. V8 gives a pushed-to array room for 17, so each of
 * the tens of thousands of one-entry lists in the compiled rules (alternatives, index lists) took 150 bytes instead
 * of 56: a fifth of the heap that every start-up reads from the snapshot. The compiled lists are only ever read.
 */
export function exact<T>(list: T[]): T[] {
  return list.slice();
}

export interface CompiledPattern {
  source: string;
  elements: Element[];
  /** Element indexes where the reported span starts and ends (end exclusive); whole match by default. */
  spanFrom: number;
  spanTo: number;
  /** For context patterns: `...` before or after allows a gap of up to GAP tokens. */
  gapBefore: boolean;
  gapAfter: boolean;
}

export const GAP = 8;

export interface PatternMatch {
  /** Token index of the first and one past the last token. */
  from: number;
  to: number;
  /** Token range of each element ([from, to), equal when an optional element matched nothing). */
  parts: Array<[number, number]>;
  /** Inflection tag of the first inflected word in the match. */
  tag: FormTag | undefined;
}

const HYPHEN: Atom = { kind: 'forms', forms: new Map([['-', null]]) };

function formsAtom(word: string): Atom {
  const slash = word.lastIndexOf('/');
  const forms = new Map<string, FormTag | null>();
  if (slash > 0) {
    const lemma = word.slice(0, slash).toLowerCase();
    const kind = word.slice(slash + 1);
    if (kind === 'v') {
      for (const [tag, list] of Object.entries(verbForms(lemma))) for (const f of list) if (!forms.has(f)) forms.set(f, tag as FormTag);
    } else if (kind === 'n') {
      for (const [tag, list] of Object.entries(nounForms(lemma))) for (const f of list) forms.set(f, tag as FormTag);
    } else if (kind === 'vn') {
      for (const [f, tag] of verbWithNouns(lemma)) if (!forms.has(f)) forms.set(f, tag ?? null);
    } else if (kind === 'a') {
      for (const f of adjectiveForms(lemma)) forms.set(f, null);
    } else throw new Error(`Unknown inflection "/${kind}" in "${word}"`);
  } else forms.set(word.toLowerCase(), null);
  return { kind: 'forms', forms };
}

// Rules repeat words and whole patterns (a rule's `notBefore` defaults are copied into each of its terms;
// "a|an|the|his|her" opens dozens of patterns): compiled pieces are immutable, so each distinct one is
// built once per process. Bounded, since tests and configurations may compile patterns of their own.
const MEMO_LIMIT = 20_000;
const atoms = new Map<string, Atom>();
const patterns = new Map<string, CompiledPattern>();
function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function atomOf(word: string): Atom {
  return atoms.get(word) ?? remember(atoms, word, newAtom(word));
}

function newAtom(word: string): Atom {
  if (word.startsWith('@') && word.length > 1) {
    const set = WORD_SETS[word.slice(1) as WordSetName];
    if (!set) throw new Error(`Unknown word set ${word}`);
    return { kind: 'set', set };
  }
  if (word.startsWith('#') && word.length > 1) {
    const shape = word.slice(1) as Shape;
    if (!SHAPES.includes(shape)) throw new Error(`Unknown token shape ${word}`);
    return { kind: 'shape', shape };
  }
  if (word.startsWith('=') && word.length > 1) return { kind: 'exact', text: word.slice(1) };
  return formsAtom(word);
}

/**
 * A word set is matched one token at a time, but the tokenizer splits "follow-up" into three tokens, so a
 * hyphenated entry could never match as a set member. Such entries are added as alternatives of their own,
 * spelt like any hyphenated compound in a pattern ("follow-up", "follow up", "followup").
 */
function withCompounds(alternative: string): string[] {
  if (!alternative.startsWith('@') || alternative.length < 2) return [alternative];
  const set = WORD_SETS[alternative.slice(1) as WordSetName];
  if (!set) return [alternative];
  let compounds = COMPOUNDS.get(set);
  if (!compounds) {
    compounds = [...set].filter((w) => /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(w));
    COMPOUNDS.set(set, compounds);
  }
  return compounds.length ? [alternative, ...compounds] : [alternative];
}
const COMPOUNDS = new WeakMap<ReadonlySet<string>, string[]>();

/**
 * "wheelchair-bound" → wheelchair, optional hyphen, bound; "drug_seeking" → drug, seeking. An inflected compound
 * takes its forms on the last piece ("old-timer/n" → old, hyphen, timer/n; "spoon-feed/v" → spoon, hyphen, feed/v),
 * since the tokenizer splits it: kept whole, it could never match.
 */
function sequencesOf(alternative: string): Sequence[] {
  const words = alternative.split('_');
  const seq: Sequence = [];
  let hyphenated = false;
  words.forEach((w) => {
    const inflection = /\/(?:v|n|vn|a)$/.exec(w)?.[0] ?? '';
    const base = w.slice(0, w.length - inflection.length);
    const pieces = /^[\p{L}\p{N}]/u.test(base) && base.includes('-') && !base.includes('/') ? base.split('-') : [w];
    if (pieces.length > 1) pieces[pieces.length - 1] += inflection;
    pieces.forEach((p, pi) => {
      if (pi > 0) {
        seq.push({ atom: HYPHEN, optional: true });
        hyphenated = true;
      }
      seq.push({ atom: atomOf(p) });
    });
  });
  const out = [exact(seq)];
  // The closed compound ("noncompliant" for "non-compliant") as one token.
  if (hyphenated && words.length === 1) out.push([{ atom: atomOf(alternative.replace(/-/g, '')) }]);
  return exact(out);
}

/** sequencesOf, once per alternative's text: "tell/v" or a condition name recurs in items of many patterns. */
const sequences = new Map<string, Sequence[]>();
function sharedSequencesOf(alternative: string): Sequence[] {
  return sequences.get(alternative) ?? remember(sequences, alternative, sequencesOf(alternative));
}

/**
 * An item's alternatives and their index, by the item's text. The same long item (the condition names, the person
 * words) recurs in dozens of patterns; built once per pattern, their copies and indexes were a fifth of the heap
 * the compiled rules take, and every start-up reads that heap from the snapshot. Both are only ever read.
 */
const items = new Map<string, Item>();
function itemOf(body: string): Item {
  let item = items.get(body);
  if (!item) {
    const alternatives = body.split('|').flatMap(withCompounds).flatMap(sharedSequencesOf);
    item = remember(items, body, { alternatives, indexed: alternatives.length >= INDEXED_ALTERNATIVES });
  }
  return item;
}

/**
 * The element's alternatives that can start at `token`. The first-token indexes of the long items (a word set
 * entered under each of its words) held 19,000 keys, built in every process before the first note was read,
 * while a run only ever asks a few hundred items: so each is built the first time the matcher reaches it.
 */
function alternativesAt(el: Element, token: Token | undefined): readonly Sequence[] {
  const item = el.item;
  if (!item.indexed) return el.alternatives;
  const index = (item.byFirst ??= byFirstToken(item.alternatives)!);
  return (token ? index.byLower.get(token.lower) : undefined) ?? index.rest;
}

export function compilePattern(source: string): CompiledPattern {
  return patterns.get(source) ?? remember(patterns, source, newPattern(source));
}

function newPattern(source: string): CompiledPattern {
  const items = source.trim().split(/\s+/);
  let gapBefore = false;
  let gapAfter = false;
  if (items[0] === '...') (gapBefore = true), items.shift();
  if (items[items.length - 1] === '...') (gapAfter = true), items.pop();
  // A gap is only for a neighbour's edge; inside a pattern it would be read as the literal word "..." and never match.
  if (items.includes('...')) throw new Error(`"..." marks a gap only at a pattern's start or end; inside, write #any{0,n}: "${source}"`);
  const elements: Element[] = [];
  let spanFrom = -1;
  let spanTo = -1;
  for (const item of items) {
    if (item === '[') {
      spanFrom = elements.length;
      continue;
    }
    if (item === ']') {
      spanTo = elements.length;
      continue;
    }
    // `+x` (not a lone "+", which is the plus sign): the item's tokens touch the one before.
    const joined = item.length > 1 && item.startsWith('+') && !'?*{'.includes(item.charAt(1));
    const rest = joined ? item.slice(1) : item;
    // A quantifier ends the item: `?`, `*` or `{m,n}` after a body of at least one character. (Read from the
    // end rather than with one lazy expression over the whole item: that was a third of compiling a pattern.)
    const last = rest.charAt(rest.length - 1);
    const range = last === '}' ? /\{(\d+),(\d+)\}$/.exec(rest) : null;
    const quantified = rest.length > 1 && (last === '?' || last === '*' || (range !== null && range.index > 0));
    const body = !quantified ? rest : range ? rest.slice(0, range.index) : rest.slice(0, -1);
    const [min, max] = !quantified ? [1, 1] : last === '?' ? [0, 1] : last === '*' ? [0, 3] : [Number(range![1]), Number(range![2])];
    if (body.split('|').some((alt) => alt.length > 1 && alt.startsWith('+'))) throw new Error(`"+" joins a whole item: write "+a|b", not "a|+b", in "${source}"`);
    const shared = itemOf(body);
    elements.push({ alternatives: shared.alternatives, min, max, ...(joined ? { joined } : {}), item: shared });
  }
  if (elements.length === 0) throw new Error(`Empty pattern "${source}"`);
  return { source, elements, spanFrom: spanFrom < 0 ? 0 : spanFrom, spanTo: spanTo < 0 ? elements.length : spanTo, gapBefore, gapAfter };
}

/**
 * A pattern for literal text, such as a team vocabulary term: its words must appear as written (any
 * case), and nothing in it is read as pattern syntax, so a configuration can never change what it means.
 */
export function literalPattern(text: string): CompiledPattern {
  const words = text.trim().toLowerCase().replace(/’/g, "'").split(/\s+/);
  const elements: Element[] = [];
  for (const word of words) {
    // Split like the tokenizer does, so "wheelchair-bound" is three tokens here as in the note.
    const pieces = word.match(/\p{N}+(?:[.,]\p{N}+)+\p{L}*|[\p{L}\p{N}]+(?:['][\p{L}]+)*|\S/gu) ?? [];
    for (const piece of pieces) {
      const alternatives: Sequence[] = [[{ atom: { kind: 'forms', forms: new Map([[piece, null]]) } }]];
      elements.push({ alternatives, min: 1, max: 1, item: { alternatives, indexed: false } });
    }
  }
  if (elements.length === 0) throw new Error('Empty literal term');
  return { source: text, elements, spanFrom: 0, spanTo: elements.length, gapBefore: false, gapAfter: false };
}

/** The atom's tag at the token (null when the atom has none), or false when it does not match. */
function atomMatches(atom: Atom, token: Token): FormTag | null | false {
  switch (atom.kind) {
    case 'forms': {
      const tag = atom.forms.get(token.lower);
      return tag === undefined ? false : tag;
    }
    case 'exact':
      return token.text === atom.text ? null : false;
    case 'set':
      return atom.set.has(token.lower) ? null : false;
    case 'shape':
      return SHAPE_TEST[atom.shape](token) ? null : false;
  }
}

const SHAPE_TEST: Record<Shape, (t: Token) => boolean> = {
  any: () => true,
  num: (t) => t.shape === 'number',
  int: (t) => t.shape === 'number' && /^\d+$/.test(t.text),
  dec: (t) => t.shape === 'number' && /^\d+\.\d+$/.test(t.text),
  word: (t) => t.shape === 'word',
  cap: (t) => t.shape === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text),
  upper: (t) => t.shape === 'word' && /^[\p{Lu}\d]+$/u.test(t.text) && /\p{Lu}/u.test(t.text),
  emoji: (t) => t.shape === 'punct' && /^\p{Emoji_Presentation}$/u.test(t.text),
  agesex: (t) => t.shape === 'word' && /^\d{1,3}[MF]$/.test(t.text),
  elongated: (t) => t.shape === 'word' && isElongated(t.text),
  alnum: (t) => t.shape === 'word' && hasDigit(t.text),
  poss: (t) => t.shape === 'word' && /\p{L}['’]s$/u.test(t.text),
  drugname: (t) => t.shape === 'word' && t.text.length >= 7 && DRUG_STEM.test(t.lower) && !NOT_DRUG.has(t.lower),
};

/**
 * Endings of generic drug names, after the stems of the WHO's International Nonproprietary Names ("-olol" beta
 * blockers, "-pril" ACE inhibitors, "-mycin" antibiotics, "-xaban" anticoagulants, …): a drug named in a note is
 * recognised without a list of every drug.
 */
const DRUG_STEM =
  /(?:amine|mycin|micin|cillin|cycline|oxacin|olol|pril|sartan|statin|azole|tidine|dipine|afil|mab|nib|vir|azepam|zolam|pam|done|phine|caine|semide|thiazide|parin|xaban|gatran|gliptin|glitazone|triptan|setron|oxetine|triptyline|barbital|profen|fenac|coxib|lukast|olone|asone|terol|tropium|dronate|platin|taxel|rubicin|trexate|fungin|penem|zepine|peridol|apine|nidine|osin|plase|oprost|gliflozin|glutide|vudine|poxide|aximin|lactone)$/;
/** Words of seven letters or more with those endings that are not drugs. */
const NOT_DRUG = new Set(['examine', 'reexamine', 'condone', 'outdone', 'overdone', 'misdone', 'cholesterol', 'sterol']);

/**
 * English spells no word with a letter three times running, so "sooo" or "NOOO" is chat style. Only letters that
 * people draw out (vowels, "s", "h", "m", "r", "l", "y"), in a word of at least two letters besides, so that acronyms
 * ("AAA", "SSSS") and Roman numerals ("IIIb", "XXX") are not.
 */
const ELONGATED = /([aeiouyhmrsl])\1\1/i;
function isElongated(text: string): boolean {
  if (text.length < 4 || !hasTriple(text) || !/^[A-Za-z]+$/.test(text) || !ELONGATED.test(text) || /^[ivxlc]+[a-d]?$/i.test(text)) return false;
  // An acronym in capitals whose only run is a Roman numeral's ("FRIII", fixed-rate IV insulin; "CKDIII") is no drawl.
  if (/^[A-Z]+$/.test(text) && !/([A-HJ-WYZ])\1\1/.test(text)) return false;
  // A long word with the run inside it is a compound ("salpingooophorectomy"); chat draws out short words or their ends.
  if (text.length > 10 && !/([a-z])\1\1$/i.test(text)) return false;
  return new Set(text.toLowerCase()).size >= 2;
}

/**
 * Whether any character occurs three times running (case aside): the test every word of a note is put to, since
 * `#elongated` is tried at each one, so it reads character codes before any expression runs. Almost no word
 * passes, and those that do are checked in full above.
 */
function hasTriple(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c === (text.charCodeAt(i - 1) | 32) && c === (text.charCodeAt(i - 2) | 32)) return true;
  }
  return false;
}

/*
 * The matcher allocates nothing until a match is confirmed: attempts at every trigger token of every rule
 * were a fifth of a batch lint and most of its garbage. Its state lives in the module-level buffers below
 * (one matcher per thread; matching never calls out to other code, so it is never re-entered).
 */
/** Token range of each element of the last match: [from, to) of element e at 2e and 2e + 1. */
let PARTS = new Int32Array(64);
/** Ends (and the tag so far) of each repetition tried, one region per element on the current path. */
let ENDS = new Int32Array(256);
const END_TAGS: Array<FormTag | null> = [];
let top = 0;
/** The match being tried: its first token, and the tag of its first inflected word so far. */
let matchStart = 0;
let matchTag: FormTag | null = null;
/** Tag of the last sequence matched by matchSequence. */
let sequenceTag: FormTag | null = null;

/** Whether the alternative's first required atom can match the token (optional atoms before it are skipped). */
function startsWith(alt: Sequence, token: Token): boolean {
  for (let k = 0; k < alt.length; k++) {
    const { atom, optional } = alt[k]!;
    if (atomMatches(atom, token) !== false) return true;
    if (!optional) return false;
  }
  return false;
}

/** Matches one alternative at token `i`; returns its end index (its tag in `sequenceTag`), or -1. */
function matchSequence(seq: Sequence, tokens: readonly Token[], i: number, first: boolean, limit: number, joined: boolean | undefined): number {
  if (joined && !tokens[i]?.joined) return -1;
  let at = i;
  let tag: FormTag | null = null;
  for (let k = 0; k < seq.length; k++) {
    const { atom, optional } = seq[k]!;
    const token = at < limit ? tokens[at] : undefined;
    // A match never continues past a blank line (a soft line break is fine; the engine narrows such a finding).
    const ok = token && (at === i && first ? true : token.spaceBefore) ? atomMatches(atom, token) : false;
    if (ok === false) {
      if (optional) continue;
      return -1;
    }
    tag ??= ok;
    at++;
  }
  sequenceTag = tag;
  return at;
}

/** Makes room in ENDS for `n` entries. */
function reserveEnds(n: number): void {
  if (n <= ENDS.length) return;
  const grown = new Int32Array(Math.max(ENDS.length * 2, n));
  grown.set(ENDS);
  ENDS = grown;
}

/** Matches elements e… from token `at` (greedy, with backtracking over optional and repeated elements). */
function step(pattern: CompiledPattern, tokens: readonly Token[], limit: number, e: number, at: number): boolean {
  const elements = pattern.elements;
  if (e === elements.length) return true;
  const el = elements[e]!;
  const base = top;
  reserveEnds(base + el.max);
  // An item taken once: each alternative that matches here is tried, longest first, so that a longer one ("will not
  // be") does not shut out a shorter one that the rest of the pattern needs ("will not" + "be able to go").
  if (el.max === 1) return stepOnce(pattern, tokens, limit, e, at, el, base);
  // Try the most repetitions first (longest match), then fewer.
  let pos = at;
  let firstTag: FormTag | null = null;
  let count = 0;
  for (let n = 0; n < el.max; n++) {
    let best = -1;
    let bestTag: FormTag | null = null;
    const alternatives = alternativesAt(el, pos < limit ? tokens[pos] : undefined);
    for (let k = 0; k < alternatives.length; k++) {
      const end = matchSequence(alternatives[k]!, tokens, pos, pos === matchStart, limit, el.joined);
      if (end > pos && end > best) (best = end), (bestTag = sequenceTag);
    }
    if (best < 0) break;
    firstTag ??= bestTag;
    pos = best;
    ENDS[base + count] = pos;
    END_TAGS[base + count] = firstTag;
    count++;
  }
  top = base + count;
  for (let n = count; n >= el.min; n--) {
    if (continueFrom(pattern, tokens, limit, e, at, n === 0 ? at : ENDS[base + n - 1]!, n > 0 ? END_TAGS[base + n - 1]! : null)) {
      top = base;
      return true;
    }
  }
  top = base;
  return false;
}

/** Element `e` taken from `at` to `end` (its first tag `tag`): whether the rest of the pattern matches from there. */
function continueFrom(pattern: CompiledPattern, tokens: readonly Token[], limit: number, e: number, at: number, end: number, tag: FormTag | null): boolean {
  const before = matchTag;
  if (end > at && matchTag === null) matchTag = tag;
  PARTS[2 * e] = at;
  PARTS[2 * e + 1] = end;
  if (step(pattern, tokens, limit, e + 1, end)) return true;
  matchTag = before;
  return false;
}

/** `step` for an element taken at most once: every distinct end its alternatives reach at `at`, longest first, then none. */
function stepOnce(pattern: CompiledPattern, tokens: readonly Token[], limit: number, e: number, at: number, el: Element, base: number): boolean {
  const alternatives = alternativesAt(el, at < limit ? tokens[at] : undefined);
  reserveEnds(base + alternatives.length);
  // The ends found, kept in ENDS[base…] in descending order without repeats (their tags alongside).
  let count = 0;
  for (let k = 0; k < alternatives.length; k++) {
    const end = matchSequence(alternatives[k]!, tokens, at, at === matchStart, limit, el.joined);
    if (end <= at) continue;
    let j = 0;
    while (j < count && ENDS[base + j]! > end) j++;
    if (j < count && ENDS[base + j] === end) continue;
    for (let m = count; m > j; m--) {
      ENDS[base + m] = ENDS[base + m - 1]!;
      END_TAGS[base + m] = END_TAGS[base + m - 1]!;
    }
    ENDS[base + j] = end;
    END_TAGS[base + j] = sequenceTag;
    count++;
  }
  top = base + count;
  for (let j = 0; j < count; j++) {
    if (continueFrom(pattern, tokens, limit, e, at, ENDS[base + j]!, END_TAGS[base + j]!)) {
      top = base;
      return true;
    }
  }
  top = base;
  return el.min === 0 && continueFrom(pattern, tokens, limit, e, at, at, null);
}

/**
 * Matches the pattern starting at token `i` and returns the index one past its last token, or -1. Nothing
 * is allocated: the match's parts are read with `partFrom`/`partTo` (or built by `lastMatch`) before the
 * next call.
 */
export function matchEnd(pattern: CompiledPattern, tokens: readonly Token[], i: number, limit = tokens.length): number {
  // Most attempts fail on the first token: decide that before anything else.
  const first = pattern.elements[0]!;
  if (first.min > 0) {
    const token = i < limit ? tokens[i] : undefined;
    if (!token) return -1;
    const alternatives = alternativesAt(first, token);
    let starts = false;
    for (let k = 0; k < alternatives.length && !starts; k++) starts = startsWith(alternatives[k]!, token);
    if (!starts) return -1;
  }
  const n = pattern.elements.length;
  if (2 * n > PARTS.length) PARTS = new Int32Array(4 * n);
  matchStart = i;
  matchTag = null;
  top = 0;
  if (!step(pattern, tokens, limit, 0, i)) return -1;
  const to = PARTS[2 * n - 1]!;
  return to === i ? -1 : to;
}

/** Token range of element `e` of the last successful `matchEnd`. */
export const partFrom = (e: number): number => PARTS[2 * e]!;
export const partTo = (e: number): number => PARTS[2 * e + 1]!;

/** The last successful `matchEnd` (from `from` to `to`) as a match object. */
export function lastMatch(pattern: CompiledPattern, from: number, to: number): PatternMatch {
  const parts: Array<[number, number]> = new Array(pattern.elements.length);
  for (let e = 0; e < parts.length; e++) parts[e] = [PARTS[2 * e]!, PARTS[2 * e + 1]!];
  return { from, to, parts, tag: matchTag ?? undefined };
}

/**
 * Matches the pattern starting at token `i` (greedy, with backtracking over
 * optional and repeated elements). Small patterns over short runs, so plain
 * recursion is enough.
 */
export function matchAt(pattern: CompiledPattern, tokens: readonly Token[], i: number, limit = tokens.length): PatternMatch | undefined {
  const to = matchEnd(pattern, tokens, i, limit);
  return to < 0 ? undefined : lastMatch(pattern, i, to);
}

/** Whether every match of the pattern starts with a mark token (its first item is required and #emoji). */
export function startsWithMark(pattern: CompiledPattern): boolean {
  const first = pattern.elements[0]!;
  return first.min > 0 && first.alternatives.every((alt) => alt[0]!.atom.kind === 'shape' && alt[0]!.atom.shape === 'emoji');
}

/** Lower-case words that can start a match (a pattern starting with a set or shape is indexed by that key). */
export function triggerKeys(pattern: CompiledPattern): string[] {
  const keys = new Set<string>();
  for (const el of pattern.elements) {
    for (const alt of el.alternatives) {
      const atom = alt[0]!.atom;
      if (atom.kind === 'forms') for (const f of atom.forms.keys()) keys.add(f);
      else if (atom.kind === 'exact') keys.add(atom.text.toLowerCase());
      else if (atom.kind === 'set') for (const w of atom.set) keys.add(w);
      else keys.add(shapeKey(atom.shape));
    }
    if (el.min > 0) break;
  }
  return [...keys];
}

/**
 * The words a block must contain for the pattern to match anywhere in it: the keys of the pattern's
 * most selective required item. "the|our ED regular" is anchored on "regular", not on "the", so the
 * trigger index does not send every block with a "the" in it through the parser.
 */
export function anchorKeys(pattern: CompiledPattern): string[] {
  return anchorOf(pattern).keys;
}

/**
 * Keys of an anchor item under which the same reach applies: `offset` is how many tokens of the item come
 * before the keyed token ([fewest, most]; an optional hyphen may sit between compound pieces).
 */
export interface AnchorGroup {
  keys: string[];
  offset: [number, number];
}

/**
 * The pattern's most selective required item (its index), the keys that find it and, per group of keys, how far
 * into the item the keyed token sits. The first item's first words when no item can anchor.
 */
export interface Anchor {
  index: number;
  keys: string[];
  groups: AnchorGroup[];
}

export function anchorOf(pattern: CompiledPattern): Anchor {
  let anchor = anchors.get(pattern);
  if (!anchor) anchors.set(pattern, (anchor = findAnchor(pattern)));
  return anchor;
}

/** Anchors by pattern: the trigger keys and the index both ask for each pattern's (compiled patterns are shared). */
const anchors = new WeakMap<CompiledPattern, Anchor>();

function findAnchor(pattern: CompiledPattern): Anchor {
  let best: Anchor | undefined;
  let bestScore = Infinity;
  for (const [index, el] of pattern.elements.entries()) {
    if (el.min === 0) continue;
    const candidate = anchorCandidate(el.item);
    if (candidate && candidate.score < bestScore) (bestScore = candidate.score), (best = { index, keys: candidate.keys, groups: candidate.groups });
  }
  if (best) return best;
  const keys = triggerKeys(pattern);
  return { index: 0, keys, groups: [{ keys, offset: [0, 0] }] };
}

/**
 * How poor a key is as an anchor: how often it occurs in real clinical reports (anchor-frequency.ts). A mark or a
 * function word is in nearly every sentence: "#any{0,12} , like it or not" anchored on the comma tried the whole
 * pattern from up to 17 starts at each of the 7,600 commas of the 357 real reports, where anchored on "like" it is
 * tried a few dozen times. Frequencies, rather than a list of common words, also weigh the clinical words that fill
 * a note ("pain", "chest", "right") against quotation marks and rare words.
 */
const keyScore = (k: string) => TOKEN_FREQUENCY.get(k) ?? UNLISTED_FREQUENCY;

/** anchor-frequency.ts as a map: token → occurrences per million tokens of real reports. */
export const TOKEN_FREQUENCY: ReadonlyMap<string, number> = new Map(
  FREQUENCY_ROWS.flatMap((row) => {
    const parts = row.split(' ');
    const pairs: Array<[string, number]> = [];
    for (let i = 0; i + 1 < parts.length; i += 2) pairs.push([parts[i]!, Number(parts[i + 1])]);
    return pairs;
  }),
);

/**
 * When the item after the pattern's anchor must start with one of a known set of words: those words (lower case) and
 * how far after the anchor's keyed token the next item can start (the anchor item's longest alternative). A token found
 * through the anchor with none of those words in reach cannot start a match, from any of the starts the items before
 * the anchor allow. "the … hip in #num" keyed on "hip" is then tried only where "in" follows: the condition words of
 * case-synecdoche are common in reports, the places after them rare. Undefined when the next item is open (a shape, an
 * optional item, or none) or the anchor item repeats.
 */
export interface NextTokens {
  keys: ReadonlySet<string>;
  reach: number;
}

export function nextTokenKeys(pattern: CompiledPattern, anchor: number): NextTokens | undefined {
  let byAnchor = nextKeys.get(pattern);
  if (!byAnchor) nextKeys.set(pattern, (byAnchor = new Map()));
  if (!byAnchor.has(anchor)) byAnchor.set(anchor, findNextTokenKeys(pattern, anchor));
  return byAnchor.get(anchor);
}
const nextKeys = new WeakMap<CompiledPattern, Map<number, NextTokens | undefined>>();

function findNextTokenKeys(pattern: CompiledPattern, anchor: number): NextTokens | undefined {
  const el = pattern.elements[anchor];
  const next = pattern.elements[anchor + 1];
  if (!el || !next || el.max !== 1 || el.min !== 1 || next.min < 1) return undefined;
  const keys = new Set<string>();
  for (const alt of next.alternatives) {
    const first = alt[0];
    if (!first || first.optional) return undefined;
    const atomKeysOf = atomKeys(first.atom);
    if (!atomKeysOf) return undefined;
    for (const k of atomKeysOf) keys.add(k);
  }
  return { keys, reach: Math.max(...el.alternatives.map((alt) => alt.length)) };
}

/** Whether one of `next`'s words is among the `reach` tokens after token `i`. */
export function nextInReach(next: NextTokens, tokens: readonly Token[], i: number): boolean {
  const last = Math.min(tokens.length - 1, i + next.reach);
  for (let j = i + 1; j <= last; j++) if (next.keys.has(tokens[j]!.lower)) return true;
  return false;
}

/** The lower-case keys an atom matches, or undefined for a shape (which any word of that shape may be). */
function atomKeys(atom: Atom): string[] | undefined {
  if (atom.kind === 'forms') return [...atom.forms.keys()];
  if (atom.kind === 'exact') return [atom.text.toLowerCase()];
  if (atom.kind === 'set') return [...atom.set];
  return undefined;
}

/**
 * An item's keys as an anchor and how selective they are (lower is better), or null when it cannot anchor (an
 * alternative may start with any token). By item, since items are shared: scoring the same word sets again for
 * each of the 1,500 patterns was a tenth of compiling the rules.
 *
 * Each alternative is found by its rarest required word, not always its first: "the_rules_are_the_rules" by
 * "rules", "was_busy" by "busy", "an_autism_spectrum_disorder" by "autism". Anchored on their first words, such
 * phrases sent every "the", "was" and "with" of a note through the matcher: four in ten of all match attempts
 * in the real reports.
 */
const candidates = new WeakMap<Item, { keys: string[]; groups: AnchorGroup[]; score: number } | null>();
function anchorCandidate(item: Item): { keys: string[]; groups: AnchorGroup[]; score: number } | null {
  let candidate = candidates.get(item);
  if (candidate !== undefined) return candidate;
  const keys = new Set<string>();
  const groups = new Map<string, { keys: Set<string>; offset: [number, number] }>();
  let usable = true;
  for (const alt of item.alternatives) {
    let chosen: { keys: string[]; offset: [number, number] } | undefined;
    let chosenScore = Infinity;
    let required = 0;
    for (let q = 0; q < alt.length; q++) {
      const { atom, optional } = alt[q]!;
      if (optional) continue;
      const atomKeyList = atomKeys(atom);
      if (atomKeyList && atomKeyList.length) {
        let score = 0;
        for (const k of atomKeyList) score += keyScore(k);
        // Ties keep the earlier word: the first, as it always was, unless a later one is rarer.
        if (score < chosenScore) (chosenScore = score), (chosen = { keys: atomKeyList, offset: [required, q] });
      }
      required++;
    }
    if (!chosen) {
      usable = false;
      break;
    }
    const groupKey = `${chosen.offset[0]},${chosen.offset[1]}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { keys: new Set(), offset: chosen.offset }));
    for (const k of chosen.keys) {
      group.keys.add(k);
      keys.add(k);
    }
  }
  if (!usable || keys.size === 0) candidate = null;
  else {
    let score = 0;
    for (const k of keys) score += keyScore(k);
    candidate = { keys: [...keys], groups: [...groups.values()].map((g) => ({ keys: [...g.keys], offset: g.offset })), score };
  }
  candidates.set(item, candidate);
  return candidate;
}

/**
 * A suggestion template filled from a match: `$N` is element N's text, `word/v` takes the matched verb form,
 * `word/n` the matched number and `word/agree` the verb form that agrees with the matched noun.
 */
export function fillTemplate(template: string, match: PatternMatch, tokens: readonly Token[], text: string): string {
  return template
    .replace(/\$(\d)(:int|:trim|:spaced)?/g, (_, d: string, how?: string) => {
      const part = match.parts[Number(d) - 1];
      const value = part && part[1] > part[0] ? text.slice(tokens[part[0]]!.start, tokens[part[1] - 1]!.end) : '';
      // `$N:int` keeps the whole-number part ("5.0" → "5"); `$N:spaced` parts letters from digits ("name500" → "name 500").
      if (how === ':int') return /^\d+/.exec(value)?.[0] ?? value;
      // `$N:trim` drops the zeros a decimal ends in, and the point if nothing is left after it ("2.50" → "2.5").
      if (how === ':trim') return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
      if (how === ':spaced') return value.replace(/(\p{L})(\p{N})/u, '$1 $2');
      return value;
    })
    // A verb agreeing with the matched noun: "person who uses" after "junkie", "people who use" after "junkies".
    .replace(/([\p{L}]+)\/agree\b/gu, (_, lemma: string) => (match.tag === 'pl' ? lemma.toLowerCase() : verbForms(lemma).s[0]!))
    .replace(/([\p{L}]+)\/v\b/gu, (_, lemma: string) => inflect(lemma, match.tag))
    .replace(/([\p{L}]+)\/n\b/gu, (_, lemma: string) => inflect(lemma, match.tag === 'pl' ? 'pl' : 'sg'))
    .replace(/\s{2,}/g, ' ')
    .trim();
}
