/**
 * cred.denies — "denies" for what the patient reports not having.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';

/** Insurance, authorisation, legal and administrative denials ("claim … denied", "denied by the insurer"). */
const ADMIN = 'claim/n|authorization/n|authorisation/n|auth|pre-auth|preauth|coverage|request/n|appeal/n|insurance|insurer|payer|payor|plan|benefit/n|application|referral|funding|order|prescription|approval|extension|motion|petition|medicare|medicaid';
/** The person is the subject and says they do not have something; nobody else's denial. */
const PATIENT_DENIES: Omit<Term, 'match'> = {
  when: ['personSubject'],
  unless: ['historyRecord'],
  notBefore: [
    '@be @adverb?', // "was denied coverage": done to the person, not said by them
    `... ${ADMIN}`,
    '@organisation|@clinician|@nonSpeaker @adverb{0,2}',
  ],
  notAfter: [
    'by',
    'the claim|request|authorization|authorisation|appeal|allegation|allegations|charge|charges',
    // A payer's or an agency's decision on a named claim: "VBA denied SC claim for tinnitus", "denied his PT auth request".
    '#word{0,2} claim|claims|appeal|appeals|auth|authorization|authorisation|request|requests|reimbursement|reimbursements|payment|payments|funding|coverage',
    'him|her|them|pt|the_patient? coverage|authorization|authorisation|access|entry|admission|services|benefits|permission',
    'the request',
    'a wheelchair',
  ],
};

export default defineRule({
  id: 'cred.denies',
  family: 'credibility',
  severity: { clinical: 'hint', reflection: 'info' },
  message: '"{match}" suggests the patient is refuting an accusation. Say "reports no …" or "does not report …"; if findings differ from the report, record both.',
  // "Denied: CGM funding request to the ICB": a decision on a request or a claim, not the person's report.
  defaults: { fix: 'suggest', notAfter: [':|funding|request/n|requests|claim/n|claims|application/n|authorisation|authorization|prior_auth|appeal/n|coverage|payment'] },
  terms: [
    // "denies any pain" → "reports no pain"
    { match: 'deny/v any', suggest: ['report/v no'], ...PATIENT_DENIES },
    // "denies being unable", "denies that …" take a clause.
    { match: 'deny/v', after: ['that|being|having|feeling'], suggest: ['do/v not report'], ...PATIENT_DENIES },
    { match: 'deny/v', after: ['#word'], suggest: ['report/v no', 'do/v not report'], ...PATIENT_DENIES },
    { match: 'deny/v', suggest: ['do/v not report'], ...PATIENT_DENIES },
    // In a clinical note's review of systems "denies" is the convention: only a reflection's is noted.
    {
      match: 'deny/v',
      ...PATIENT_DENIES,
      unless: [],
      when: ['personSubject', 'historyRecord', 'reflection'],
      severity: 'hint',
      suggest: ['do/v not report'],
      message: 'In a review of systems "{match}" is a convention, but it still implies doubt. In your own writing, "reports no …" or "negative for …" says the same thing.',
    },
  ],
  docs: {
    summary: '"Denies" for symptoms or events the patient reports not having (hint in notes, info in reflections; not flagged in a clinical review of systems, social or family history, a hint in a reflection\'s).',
    why:
      '"Denies" comes from the language of accusation: a person denies a charge. Used for symptoms ("denies falls"), it quietly suggests the patient may not be telling the truth, and it was historically used for things patients were expected to hide. The source text describes care as a partnership built on trust; "reports no" records the same negative finding without the suspicion. In a review of systems the word is a long-standing convention, so there it stays a hint.',
    prefer: '"Reports no falls since the last visit", "does not report dizziness", "no history of …"; in a review of systems, "negative for …".',
    exceptions: [
      'Review-of-systems lines and sections in clinical notes, where "denies" is the convention (a hint in reflections), and the other sections a note fills in as a template: social and family history, allergies and the mental status exam (a bare "HISTORY:" is usually the present illness and stays in scope) ("Social: Denies tobacco", "SHX: Denies ETOH").',
      'Insurance, authorisation and administrative denials ("prior authorization was denied", "claim denied").',
      'A person who was denied something ("was denied coverage").',
      'Denials by anyone other than the patient or family ("the insurer denied …", "I denied the request").',
      'Attributed quotations.',
    ],
    sources: ['S32', 'S33', 'S34'],
  },
  examples: {
    flagged: [
      'Pt {{denies}} being unable to transfer but required mod A for w/c to mat.',
      'Patient {{denied}} missing any HEP sessions, although the log shows 2 of 7 days.',
      '{{Denies}} falls, though caregiver reports two near-falls this month. => Reports no falls, though caregiver reports two near-falls this month.',
      'He keeps {{denying}} that the cushion has slipped forward.',
      { text: 'ROS: {{denies}} fever, chills, chest pain.', mode: 'reflection' },
      'HPI: {{Denies}} falls, although the aide found her on the floor twice. => HPI: Reports no falls, although the aide found her on the floor twice.',
    ],
    clean: [
      'Denied home oxygen funding by the CCG pending repeat gases.',
      'Denied: CGM funding request to the ICB; re-apply with a 3-month glucose diary.',
      'VBA denied SC claim for tinnitus; pt asks whether audiology can re-test.',
      'Prior authorization for 12 visits was denied; appeal submitted with FVC and MMT data.',
      'Pt reports no falls since the last visit.',
      'The insurer denied the request for a tilt-in-space chair.',
      'Pt was denied coverage for the second cushion.',
      'ROS: denies fever, chills, chest pain, or recent weight change.',
      'Social: Denies injection drug use or marijuana.',
      'SOCIAL HISTORY: She denies tobacco use; quit 20 years ago.',
      'ALLERGIES: She denies any allergies to medications.',
      'THOUGHT CONTENT: Denies suicidal or homicidal ideation.',
    ],
  },
});
