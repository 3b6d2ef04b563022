/**
 * Pattern pieces for a condition adjective used as a name for the person, shared by the disability and condition
 * families ("a paraplegic", "an epileptic", "the asthmatic in bay 2"). Not a rule file.
 */
import type { Term } from '../terms/terms.ts';

/** After a verb of being a condition adjective is a predicate ("he is paraplegic"), not a name. */
const PREDICATE = ['@be|remains|remained|became|becomes|now|not', '@be|remains|remained|became|becomes @adverb|truly|completely|fully|functionally|essentially|now'];
/** Where a label stands for the person in it: "in room 14", "in bay 2", "on trolley 3", "in resus", "in 12". */
const PLACE = 'room|rm|bed|bay|cubicle|trauma|pod|resus|triage|chair|stretcher|trolley|hallway|hall|curtain|majors|minors|cube';
const IN_PLACE = `in|on|at|from ${PLACE}? #num|#upper`;
/** The same with the place named, for words that are also a diagnosis's date or count ("bipolar in 2016"). */
export const IN_NAMED_PLACE = `in|on|at|from ${PLACE} #num|#upper`;
/** Age words that may stand between the article and the label ("a young paraplegic"). */
const AGE = 'young|younger|old|older|elderly|little|middle-aged|teenage';
/** How severe or how long, which belongs to the condition once it is named: "a brittle asthmatic" → "a person with brittle asthma". */
const SEVERITY = 'brittle|severe|chronic|known|lifelong|complete|incomplete|uncontrolled|poorly-controlled|labile|steroid-dependent|insulin-dependent|exercise-induced|mild|moderate';
/** An age in years before the label: "24-year-old", "24 yo", "24 y/o". */
const YEARS_OLD = '#int_-_year-old|#int_year-old|#int_-_yr-old|#int_yo|#int_-_yo|#int_y_/_o';
/** The possessive forms of a pattern's alternatives ("quadriplegic" → "quadriplegic's|quadriplegic’s"). */
const possessive = (alternatives: string) => alternatives.split('|').flatMap((w) => [`${w}'s`, `${w}’s`]).join('|');
/** What a person does or undergoes as the subject of a note's opening sentence. */
const LABEL_AS_SUBJECT = 'admitted|readmitted|presents|presented|presenting|arrived|arrives|found|brought|seen|referred|transferred|returns|returned|fell|sent|reports|reported|states|stated|complains|complained|c_/_o|s_/_p|here|who|needs|needed|requires|required|is|was|has|had|with|w_/|seeking|requesting|wants|wanted|refuses|refused|declined|lives|living|came|comes|since|on|uses|using|plays|playing|works|working|attends|attending';

/**
 * A condition adjective used as a name for the person: with an article ("a paraplegic", "the C6
 * quadriplegic"), in the plural, before a person noun ("paraplegic student"), or standing alone as a
 * label ("Paraplegic, T10 complete"; `bare: false` leaves that last form out for a word that is mostly an exam finding).
 * The level (`$2`, or `$1` without an article) is kept.
 */
export function asPerson(adjective: string, condition: string, message: string, uses: string[], options: { bare?: boolean } = {}): Term[] {
  const base = { message, notAfter: uses, unless: ['ownTerm' as const] };
  const article = { ...base, notAfter: [...uses, '@person'] };
  return [
    { ...article, match: `a|an #upper? ${adjective}`, suggest: [`a person with $2 ${condition}`] },
    { ...article, match: `the #upper? ${adjective}`, suggest: [`the person with $2 ${condition}`] },
    // With an age word between: "a young paraplegic at the campus gym", "the elderly diabetic".
    { ...article, match: `a|an|the ${AGE} #upper? ${adjective}`, suggest: [`$1 $2 person with $3 ${condition}`] },
    { ...article, match: `a|an|the ${SEVERITY} #upper? ${adjective}`, suggest: [`$1 person with $2 $3 ${condition}`] },
    // A numeric age, as a one-liner gives it: "the 24-year-old quadriplegic", "a 30 yo paraplegic".
    { ...article, match: `a|an|the ${YEARS_OLD} #upper? ${adjective}`, suggest: [`$1 $2 person with $3 ${condition}`] },
    // The label as a possessive ("the quadriplegic's new joystick"): still a name for the person, and no rewrite fits
    // every sentence, so it is reported without one.
    { ...base, notAfter: [], match: `a|an|the ${AGE}|${YEARS_OLD}? #upper? ${possessive(adjective)}`, fix: 'none' },
    { ...base, match: `a|an|the? #upper? ${adjective}s`, suggest: [`people with $2 ${condition}`] },
    { ...base, match: `#upper? ${adjective} @person`, suggest: [`$3 with $1 ${condition}`] },
    // Not for a word that is mostly an exam finding ("Aphasic, R hemiparesis, NIHSS 14", "remains globally aphasic").
    ...(options.bare === false ? [] : [{ ...base, match: `#upper? ${adjective}`, notBefore: PREDICATE, notAfter: [...uses, '#word|#num'], suggest: [`person with $1 ${condition}`] }]),
    // "Quadriplegic admitted for autonomic dysreflexia", "Epileptic found down in the lobby": the label opens the sentence as
    // its subject. Not the finding it names ("Hemiplegic gait noted", "Epileptic activity seen on EEG").
    { ...base, match: `#upper? ${adjective}`, when: ['opensSentence'], after: [LABEL_AS_SUBJECT], suggest: [`person with $1 ${condition}`] },
    // The same after "known": "Known epileptic brought in after a seizure".
    { ...base, match: `known #upper? ${adjective}`, when: ['opensSentence'], after: [LABEL_AS_SUBJECT], suggest: [`person with known $2 ${condition}`] },
    // Or after the age that opens a one-liner: "8 yo known asthmatic brought in by ambulance".
    { ...base, match: `known|${SEVERITY} #upper? ${adjective}`, before: [YEARS_OLD], when: ['sentenceStart'], after: [LABEL_AS_SUBJECT], fix: 'none' },
    // Or after another word of severity, reported without a rewrite (the word opens the sentence in capitals):
    // "Exercise-induced asthmatic on the track team".
    { ...base, match: `${SEVERITY} #upper? ${adjective}`, when: ['opensSentence'], after: [LABEL_AS_SUBJECT], fix: 'none' },
    // "Paraplegic in room 14 needs …": the label stands for the person in a location.
    { ...base, match: `#upper? ${adjective}`, notBefore: PREDICATE, after: [IN_PLACE], suggest: [`person with $1 ${condition}`] },
  ];
}

