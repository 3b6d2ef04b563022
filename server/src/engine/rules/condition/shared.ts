/**
 * Pattern pieces shared by the condition rules (not a rule file). They are
 * strings in the pattern language of terms/pattern.ts, not regular expressions.
 */
import type { Term } from '../../terms/terms.ts';

/** A stated age: "54 yo", "54-yo", "54 y/o", "54 y.o.", "54-year-old", "54 yr old". */
export const AGE = '#int_yo|#int_-_yo|#int_y_/_o|#int_y_._o_.|#int_year-old|#int_-_year-old|#int_yr-old|#int_-_yr-old';

/**
 * Determiners before a condition word used as a noun for the person ("a diabetic", "our diabetic on 5 West", "this
 * schizophrenic"). Not "my", "his" or "her": "my bipolar" and "her bipolar is stable" are the patient's own shorthand
 * for the disorder.
 */
export const DET = 'a|an|the|our|this|that|another|every|each|any';

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
