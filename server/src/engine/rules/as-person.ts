/**
 * Pattern pieces for a condition adjective used as a name for the person, shared by the disability and condition
 * families ("a paraplegic", "an epileptic", "the asthmatic in bay 2"). Not a rule file.
 */
import type { Term } from '../terms/terms.ts';

/** After a verb of being a condition adjective is a predicate ("he is paraplegic"), not a name. */
const PREDICATE = ['@be|remains|remained|became|becomes|now|not', '@be|remains|remained|became|becomes @adverb|truly|completely|fully|functionally|essentially|now'];
/** What a person does or undergoes as the subject of a note's opening sentence. */
const LABEL_AS_SUBJECT = 'admitted|readmitted|presents|presented|presenting|arrived|arrives|found|brought|seen|referred|transferred|returns|returned|fell|sent|reports|reported|states|stated|complains|complained|c_/_o|s_/_p|here|who|needs|needed|requires|required|is|was|has|had|with|w_/|seeking|requesting|wants|wanted|refuses|refused|declined|lives|living|came|comes|since|on|uses|using|plays|playing|works|working|attends|attending';

/**
 * A condition adjective used as a name for the person: with an article ("a paraplegic", "the C6
 * quadriplegic"), in the plural, before a person noun ("paraplegic student"), or standing alone as a
 * label ("Paraplegic, T10 complete"). The level (`$2`, or `$1` without an article) is kept.
 */
export function asPerson(adjective: string, condition: string, message: string, uses: string[]): Term[] {
  const base = { message, notAfter: uses, unless: ['ownTerm' as const] };
  const article = { ...base, notAfter: [...uses, '@person'] };
  return [
    { ...article, match: `a|an #upper? ${adjective}`, suggest: [`a person with $2 ${condition}`] },
    { ...article, match: `the #upper? ${adjective}`, suggest: [`the person with $2 ${condition}`] },
    { ...base, match: `a|an|the? #upper? ${adjective}s`, suggest: [`people with $2 ${condition}`] },
    { ...base, match: `#upper? ${adjective} @person`, suggest: [`$3 with $1 ${condition}`] },
    { ...base, match: `#upper? ${adjective}`, notBefore: PREDICATE, notAfter: [...uses, '#word|#num'], suggest: [`person with $1 ${condition}`] },
    // "Quadriplegic admitted for autonomic dysreflexia", "Epileptic found down in the lobby": the label opens the sentence as
    // its subject. Not the finding it names ("Hemiplegic gait noted", "Epileptic activity seen on EEG").
    { ...base, match: `#upper? ${adjective}`, when: ['opensSentence'], after: [LABEL_AS_SUBJECT], suggest: [`person with $1 ${condition}`] },
    // The same after "known": "Known epileptic brought in after a seizure".
    { ...base, match: `known #upper? ${adjective}`, when: ['opensSentence'], after: [LABEL_AS_SUBJECT], suggest: [`person with known $2 ${condition}`] },
    // "Paraplegic in room 14 needs …": the label stands for the person in a location.
    { ...base, match: `#upper? ${adjective}`, notBefore: PREDICATE, after: ['in|on|at|from room|rm|bed|bay|cubicle|trauma|pod|resus|triage|chair|stretcher|trolley|hallway|hall|curtain|majors|minors|cube? #num|#upper'], suggest: [`person with $1 ${condition}`] },
  ];
}

