/**
 * Suggestions that keep the sentence grammatical: the case of the words they
 * replace (but an abbreviation mid-sentence becomes an ordinary lower-case
 * word: "QD" → "daily"), and "a"/"an" before them ("an 18-year-old", "an MS
 * diagnosis", "a person who …").
 */

/** An abbreviation in capitals ("QD", "MS", "IU"), which says nothing about the case of its replacement. */
const isAcronym = (s: string) => s.length <= 4 && /^[A-Z][A-Z0-9.]*$/.test(s) && /[A-Z].*[A-Z]|^[A-Z]$/.test(s);

/** The replacement's case, following the original and where it stands in the sentence. */
export function caseLike(original: string, replacement: string, sentenceInitial: boolean): string {
  // A bracketed placeholder ("[MRN removed]") stands for the text instead of rewording it: it keeps its own case.
  if (/^\[[^\]]*\]$/.test(replacement)) return replacement;
  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (isAcronym(original.replace(/\s+/g, ''))) return sentenceInitial ? capitalise(replacement) : replacement;
  // A phrase that opens with an abbreviation ("ALS case", "QD dosing") is no more capitalised than the abbreviation is.
  if (!sentenceInitial && isAcronym(original.split(/\s+/)[0]!) && /\s/.test(original.trim())) return replacement;
  if (original.length >= 5 && original === original.toUpperCase() && /[A-Z]{2}/.test(original)) return replacement.toUpperCase();
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return capitalise(replacement);
  return replacement;
}

// Letters whose names begin with a vowel sound: "an F", "an MRI", "an NG tube", "an RN", "an X-ray".
const VOWEL_LETTERS = new Set('AEFHILMNORSX'.split(''));

/** "a" or "an" before `word`, by its sound: numbers by how they are said, acronyms letter by letter. */
export function articleFor(word: string): 'a' | 'an' {
  const w = word.trim();
  const digits = /^\d+/.exec(w)?.[0];
  if (digits) {
    // "an 8", "an 11", "an 18", "an 80", "an 800", "an 8,000": eight, eleven and eighteen are the vowel sounds.
    if (digits.startsWith('8')) return 'an';
    if ((digits.length === 2 || digits.length % 3 === 2) && /^1[18]/.test(digits)) return 'an';
    return 'a';
  }
  const token = /^[\p{L}]+/u.exec(w)?.[0] ?? w;
  if (token.length >= 2 && token.length <= 5 && token === token.toUpperCase() && !/^[AEIOU][A-Z]{2,}$/.test(token) && !/^(?:UNI|USA)/.test(token)) {
    return VOWEL_LETTERS.has(token.charAt(0)) ? 'an' : 'a';
  }
  if (/^(?:hour|honest|honou?r|heir)/i.test(w)) return 'an';
  if (/^(?:uni|use|usu|uti|eu|one|once|u[bcfhjkqrst][aeiou])/i.test(w)) return 'a';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/**
 * When the word before the span is an article that no longer fits the
 * replacement, the span grows to take the article in, and the replacement
 * brings the right one: "a {{wheelchair-bound}} …" stays "a", but
 * "a {{diabetic}} with …" → "a person …" and "an {{SMA patient}}" → "a patient with SMA".
 */
export function withArticle(text: string, start: number, replacement: string): { start: number; replacement: string } {
  const m = /(?:^|[^\p{L}])(a|an)\s+$/iu.exec(text.slice(Math.max(0, start - 5), start));
  if (!m || !replacement) return { start, replacement };
  const wanted = articleFor(replacement);
  const have = m[1]!;
  if (have.toLowerCase() === wanted) return { start, replacement };
  const article = have.charAt(0) === 'A' ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted;
  const spaces = /\s+$/.exec(text.slice(0, start))![0];
  return { start: start - spaces.length - have.length, replacement: `${article}${spaces}${replacement}` };
}

/**
 * Two relative clauses meeting in one phrase are joined, not stacked: when a replacement ends in a
 * "who …" clause and the note goes on with another "who …", the replacement ends in "and", so
 * "wheelchair-bound student who has MS" becomes "student who uses a wheelchair and who has MS", not
 * "student who uses a wheelchair who has MS".
 */
export function joinRelatives(text: string, end: number, replacement: string): string {
  if (!/\bwho\b/i.test(replacement)) return replacement;
  return /^\s+who\b/i.test(text.slice(end, end + 8)) ? `${replacement} and` : replacement;
}
