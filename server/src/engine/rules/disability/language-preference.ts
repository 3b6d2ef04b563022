/**
 * pfl.language-preference — person-first ("person with autism") or identity-first ("autistic person") wording,
 * checked against the preference that applies to the note. APA 7 accepts both and lets the person's expressed
 * preference decide, so this rule only acts on a stated preference:
 *
 *   patient-identifies-as (front matter)  the person's own terms: the other form is flagged, as a warning;
 *   language-preference / setting         identity-first flags person-first forms and the reverse (info);
 *   ask                                   both forms, as an information-level prompt to ask the person;
 *   nothing stated                        nothing flagged (either form is acceptable).
 *
 * A sentence that records the person's preference ("identifies as autistic", "prefers identity-first
 * language") is never flagged, nor is the person's own speech in quotation marks.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';
import type { ConditionName } from '../../terms/conditions.ts';

const ASK = 'Ask the person which they prefer for';
const RECORD = "and record it in the note's front matter (patient-identifies-as).";
const PREFERENCE = { unless: ['statesPreference'] as ConditionName[] };

/**
 * The person-first form (`$1` is the noun), the identity-first form (`$2` is the noun), and what each is
 * rewritten to. The person's own terms come first: with them, the note's or project's setting does not count.
 */
const AUTISM_PF = '@person with autism|autism_spectrum_disorder|an_autism_spectrum_disorder|asd';
const DISABILITY_PF = '@person with a|an? disability|disabilities';
const own = (c: 'identifiesAutistic' | 'identifiesDisabled'): ConditionName[] => [c, 'statesPreference'];

const terms: Term[] = [
  // autism, person-first found
  { ...PREFERENCE, match: AUTISM_PF, when: ['identifiesAutistic'], severity: 'warning', suggest: ['autistic $1'], message: 'The person identifies as autistic: write "autistic $1", as they do, not "{match}".' },
  { match: AUTISM_PF, when: ['preferIdentityFirst'], unless: own('identifiesAutistic'), suggest: ['autistic $1'], message: 'This note uses identity-first language: write "autistic $1" instead of "{match}".' },
  { match: AUTISM_PF, when: ['preferAsk'], unless: own('identifiesAutistic'), severity: 'info', message: `Person-first ("{match}") or identity-first ("autistic $1")? ${ASK} autism, ${RECORD}` },
  // autism, identity-first found
  { match: 'autistic @person', when: ['preferPersonFirst'], unless: own('identifiesAutistic'), suggest: ['$2 with autism'], message: 'This note uses person-first language: write "$2 with autism", unless the person prefers "{match}" (then list it under patient-identifies-as).' },
  { match: 'autistic @person', when: ['preferAsk'], unless: own('identifiesAutistic'), severity: 'info', message: `Identity-first ("{match}") or person-first ("$2 with autism")? ${ASK} autism, ${RECORD}` },
  // disability, person-first found
  { ...PREFERENCE, match: DISABILITY_PF, when: ['identifiesDisabled'], severity: 'warning', suggest: ['disabled $1'], message: 'The person identifies as disabled: write "disabled $1", as they do, not "{match}".' },
  { match: DISABILITY_PF, when: ['preferIdentityFirst'], unless: own('identifiesDisabled'), suggest: ['disabled $1'], message: 'This note uses identity-first language: write "disabled $1" instead of "{match}".' },
  { match: DISABILITY_PF, when: ['preferAsk'], unless: own('identifiesDisabled'), severity: 'info', message: `Person-first ("{match}") or identity-first ("disabled $1")? ${ASK} disability, ${RECORD}` },
  // disability, identity-first found: the noun's number decides "a disability" or "disabilities"
  { match: 'disabled @personOne|pt', when: ['preferPersonFirst'], unless: own('identifiesDisabled'), suggest: ['$2 with a disability'], message: 'This note uses person-first language: write "$2 with a disability", unless the person prefers "{match}" (then list it under patient-identifies-as).' },
  { match: 'disabled @personMany|pts', when: ['preferPersonFirst'], unless: own('identifiesDisabled'), suggest: ['$2 with disabilities'], message: 'This note uses person-first language: write "$2 with disabilities", unless the person prefers "{match}" (then list it under patient-identifies-as).' },
  { match: 'disabled @personOne|pt', when: ['preferAsk'], unless: own('identifiesDisabled'), severity: 'info', message: `Identity-first ("{match}") or person-first ("$2 with a disability")? ${ASK} disability, ${RECORD}` },
  { match: 'disabled @personMany|pts', when: ['preferAsk'], unless: own('identifiesDisabled'), severity: 'info', message: `Identity-first ("{match}") or person-first ("$2 with disabilities")? ${ASK} disability, ${RECORD}` },
];

export default defineRule({
  id: 'pfl.language-preference',
  family: 'disability',
  severity: { clinical: 'info', reflection: 'info' },
  terms,
  docs: {
    summary:
      'Person-first ("person with autism") or identity-first ("autistic person") wording against the preference stated for the note or by the person; with `ask`, both forms, as a prompt to ask.',
    why:
      'Meeting people where they are includes calling them what they call themselves. APA 7 accepts person-first and identity-first language and says the person\'s or group\'s expressed preference wins; many autistic adults in English-speaking surveys prefer "autistic person", while other groups and other languages lean person-first. So Rapport does not pick a side: it checks the note against the preference the team set (`language-preference`) and, above that, the terms the person uses for themself (`patient-identifies-as` in the note\'s front matter). With no preference stated, both forms pass.',
    prefer:
      'The person\'s own form, recorded once in front matter (`patient-identifies-as: [autistic]`); otherwise the team\'s form: "autistic person" (identity-first) or "person with autism" (person-first), "disabled people" or "people with disabilities".',
    exceptions: [
      'Notes with no stated preference (neither a setting, a project file, front matter nor `patient-identifies-as`).',
      'A sentence that records the person\'s preference ("identifies as autistic and prefers identity-first language").',
      'The person\'s own words in quotation marks.',
    ],
    sources: ['S15', 'S17b', 'S19'],
  },
  examples: {
    flagged: [
      // A preference the note records in prose applies to the whole note.
      'Client and parents prefer identity-first language. Saw the {{boy with autism}} for handwriting. => Client and parents prefer identity-first language. Saw the autistic boy for handwriting.',
      { text: 'Referred as a {{student with autism}} for motor planning. => Referred as an autistic student for motor planning.', options: { languagePreference: 'identity-first' } },
      { text: 'Seen with his mother; {{man with autism}} who enjoys swimming. => Seen with his mother; autistic man who enjoys swimming.', options: { identifiesAs: ['autistic'] } },
      { text: 'An {{autistic man}} referred for gait assessment. => A man with autism referred for gait assessment.', options: { languagePreference: 'person-first' } },
      { text: 'Group session for {{disabled students}} on the ground floor. => Group session for students with disabilities on the ground floor.', options: { languagePreference: 'person-first' } },
      { text: 'Met a {{disabled veteran}} at intake. => Met a veteran with a disability at intake.', options: { languagePreference: 'person-first' } },
      { text: 'Seen with a {{student with a disability}} in the lab. => Seen with a disabled student in the lab.', options: { identifiesAs: ['disabled'], languagePreference: 'person-first' } },
      { text: 'An {{autistic man}} referred with a {{child with autism}} in the same family.', options: { languagePreference: 'ask' } },
    ],
    clean: [
      'Pt does not prefer identity-first language. Saw the boy with autism for handwriting.',
      'An autistic man referred for gait assessment.',
      'Referred as a student with autism for motor planning.',
      { text: 'An autistic man referred for gait assessment.', options: { languagePreference: 'identity-first' } },
      { text: 'Referred as a student with autism for motor planning.', options: { languagePreference: 'person-first' } },
      { text: 'An autistic man referred for gait assessment.', options: { languagePreference: 'person-first', identifiesAs: ['autistic'] } },
      { text: 'He identifies as an autistic man and prefers identity-first language.', options: { languagePreference: 'person-first' } },
      { text: 'Pt said, "I am an autistic woman, not a woman with autism."', options: { languagePreference: 'ask' } },
    ],
  },
});
