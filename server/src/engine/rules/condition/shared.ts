/**
 * Pattern pieces shared by the condition rules (not a rule file). They are
 * strings in the pattern language of terms/pattern.ts, not regular expressions.
 */
import type { Term } from '../../terms/terms.ts';

/** A stated age: "54 yo", "54-yo", "54 y/o", "54 y.o.", "54-year-old", "54 yr old". */
export const AGE = '#int_yo|#int_-_yo|#int_y_/_o|#int_y_._o_.|#int_year-old|#int_-_year-old|#int_yr-old|#int_-_yr-old';

/** Words that describe a person before their noun ("an obese 54 yo black woman"). */
export const DESCRIBING = `${AGE}|young|older|elderly|middle-aged|black|white|african-american|hispanic|asian|male|female`;

/**
 * "Pt is X" → "Pt has Y": one term per form of "be", since "be" is irregular and its "has" follows it.
 * `rest` is the pattern after the verb; `fix` the words after "has"/"had"/"have".
 */
export function beToHave(rest: string, fix: string, extra: Omit<Term, 'match' | 'suggest'> = {}): Term[] {
  const forms: Array<[string, string]> = [['is', 'has'], ['was', 'had'], ['are', 'have'], ['were', 'had']];
  return forms.map(([be, have]) => ({ ...extra, match: `${be} ${rest}`, suggest: [`${have} ${fix}`] }));
}
import { PERSON_NOUN } from '../../text/lexicon.ts';
import type { Phrase, RunContext } from '../define.ts';

/**
 * After a word used as a noun for a person ("a diabetic.", "the elderly are …")
 * comes punctuation, the end of the run, or a function word, never another noun
 * ("a diabetic foot", "senile plaques").
 */
export const NOUN_END =
  '(?=\\s*(?:[.,;:!?)\\]"”]|$)|\\s+(?:is|are|was|were|has|have|had|who|that|which|in|on|at|of|and|or|to|for|with|from|by|can|cannot|could|should|must|may|might|will|would|do|does|did|need|needs|often|usually|also|presents?|presented|came|comes|admitted|arrived|since|like|but|so|because|when|after|before|during|whose)\\b)';

/** A person noun follows ("diabetic patient", "obese woman"). */
export const PERSON_AFTER = new RegExp(`^\\s+${PERSON_NOUN}\\b`, 'i');

/** Text after a match, for look-ahead checks. */
export const after = (m: RegExpExecArray, ctx: RunContext, chars = 60): string => ctx.text.slice(m.index + m[0].length, m.index + m[0].length + chars);

/** Text before a match, for look-behind checks. */
export const before = (m: RegExpExecArray, ctx: RunContext, chars = 60): string => ctx.text.slice(Math.max(0, m.index - chars), m.index);

/** Same phrases with a per-mode severity for the weaker variants. */
export function forMode(phrases: readonly (Phrase & { modeSeverity?: { clinical: Phrase['severity']; reflection: Phrase['severity'] } })[], mode: 'clinical' | 'reflection'): Phrase[] {
  return phrases.map(({ modeSeverity, ...p }) => (modeSeverity ? { ...p, severity: modeSeverity[mode] } : p));
}

export type ModePhrase = Phrase & { modeSeverity?: { clinical: Phrase['severity']; reflection: Phrase['severity'] } };

import { personBefore } from '../../context/subject.ts';

/** A person word ("He", "pt", "Patient", "mother") earlier in the clause, any capitalisation. */
export const personEarlier = (ctx: RunContext, offset: number): boolean => personBefore(ctx.text, ctx.sentenceAt(offset), offset);

/** The word right before a copula or verb is a person ("he is", "Pt was", "Mr. K."). */
export const PERSON_JUST_BEFORE =
  /(?:\b(?:he|she|they|pt|patient|client|resident|man|woman|guy|lady|gentleman|person|boy|girl|kid|student|son|daughter|mother|father|mom|dad|husband|wife|partner|brother|sister|uncle|aunt|roommate|friend|neighbou?r|caregiver|[A-Z]\.))(?:'s|’s|'re|’re)?\s*$/i;
