/**
 * adhere.noncompliant — "non-compliant", "poor compliance" and "compliant" about a person.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';

/** What has a compliance of its own in physiology: a lung, a chest wall, a bladder, a vessel. */
const PHYSIOLOGY = 'lung|lungs|chest|chest_wall|pulmonary|respiratory|static|dynamic|bladder|ventricular|lv|arterial|vascular|venous|aortic|cerebral|thoracic|system';
/** Regulatory or administrative compliance: rules, billing, privacy law, building codes. */
const REGULATORY =
  'hipaa|ada|osha|cms|medicare|medicaid|billing|coding|regulation|regulations|regulatory|policy|policies|audit|audits|accreditation|joint_commission|code|codes|standard/n|requirement/n|documentation|legal|law|laws|licensure|certification|guideline/n|insurance|payer|contract|gdpr|ferpa|platform|software|vendor|facility|building|ramp|entrance|door|bathroom|form|forms';
const DEVICE = 'cpap|bipap|apap|niv';
/** Compliance of a lung, bladder, vessel or tissue (physiology), of rules (regulation) or of a device's usage data. */
const NOT_BEHAVIOUR: Omit<Term, 'match'> = {
  notBefore: [
    'lung|lungs|pulmonary|chest-wall|thoracic|respiratory|static|dynamic|vascular|arterial|aortic|venous|vessel|ventricular|lv|bladder|detrusor|tissue|capsular|capsule|joint|tendon|muscle|scar|skin|myocardial|cardiac|compliant|low|high|reduced|decreased|increased|normal -?',
    `... ${REGULATORY}|${DEVICE}`,
  ],
  notAfter: ['bladder|ventricle|balloon|vessel/n|artery/n|lung/n|tissue|chest_wall|catheter|tubing|circuit|system|compliance', `${REGULATORY}|${DEVICE} ...`],
};
const NON = { ...NOT_BEHAVIOUR, message: '"{match}" labels the person as disobedient and says nothing about what happened. Describe what they did and what got in the way (e.g. "doing HEP about twice a week; reports fatigue after labs").' };
const POS: Omit<Term, 'match'> = {
  ...NOT_BEHAVIOUR,
  // "not compliant with meds" is the negative label: the positive term must not take "compliant with" from under it
  // (the longer or earlier match wins, and a negated positive is then dropped).
  notBefore: [...NOT_BEHAVIOUR.notBefore!, 'non|in -?', '@neg been|always|fully|very|consistently|full|100_%?'],
  severity: 'info',
  message: '"{match}" frames care as following orders. Describe engagement or the behaviour itself (e.g. "completed HEP 6 of 7 days per log").',
};
/** What a person can be said to comply with: "with HEP", "with the night splints", "with hip precautions". */
const REGIMEN = ['#word{0,3} @regimen'];
/** What may follow a predicate adjective about a person: the end of the clause, a coordinate, a time. */
const PREDICATE_END = '.|,|;|:|!|and|but|throughout|during|today|at|in|this|with|=(';
/** Cares on a ward: "highly compliant with all cares". */
const CARES = 'cares|care|nursing_care|all_cares|interventions';
const GRADE = 'good|excellent|fair|great|improved|improving|increased|better';
/** A regimen the person takes or does, but not a device that logs its own use. */
const THEIR_REGIMEN = 'hep|medication|medications|meds|med|medicine|inhaler|inhalers|tablet|tablets|pill|pills|drug|treatment|tx|diet|dietary|fluid|insulin|antibiotic|antibiotics|oxygen|o2|brace|splint|exercise|@drug|#drugname';
const POOR = 'poor|low|minimal|inconsistent|limited|sporadic|questionable|lacking|an_issue|a_problem|a_concern';

export default defineRule({
  id: 'adhere.noncompliant',
  family: 'adherence',
  severity: { clinical: 'warning', reflection: 'warning' },
  terms: [
    { match: 'non-compliant|non-compliance|non-compliancy|incompliant|incompliance|non-complient|noncomplient|non-compilant', ...NON },
    { match: 'noncomplier/n|non-complier/n', ...NON },
    // A kind of patient: "be firmer with patients who won't comply with their HEP".
    { match: "@person|patients|people|clients|pts who|that won't|wouldn't|don't|do_not|will_not|refuse_to|never comply/v", ...NON },
    // Shorthand: "Non-compl w/ depot".
    { match: 'non-compl|noncompl|non-compl.|noncompl.', ...NON, after: ['w|with|w_/|to|.|,|;'] },
    // The British word for the same label: "Non-concordant with meds".
    { match: 'non-concordant|nonconcordant|non-concordance|nonconcordance', ...NON, notAfter: ['twins|twin|pair|pairs|results|result|findings|genotype|genotypes|phenotype|phenotypes|sample|samples'] },
    // The common misspelling "noncomplaint", about a person.
    { match: 'noncomplaint|non-complaint', ...NON, when: ['personSubject'], after: ['with|w_/|to|#word? @regimen|@drug|#drugname|.|,|;'] },
    // "does not comply with the brace", "won't comply with the precautions"
    { match: "doesn't|didn't|won't|wouldn't|does_not|did_not|will_not|would_not|refuses_to|refused_to|unwilling_to always|consistently|fully? comply/v with", ...NON, when: ['personSubject'] },
    { match: 'not complying|not_been_complying with', ...NON, when: ['personSubject'] },
    { match: 'poor|poorly|limited|inconsistent|minimal|sporadic|questionable|partial compliance|compliant', ...NON },
    // What was not taken named in between: "Poor inhaler compliance", "poor med compliance" (a device's usage data, "CPAP
    // compliance", is reported below as a measurement, and a lung's or bladder's compliance is never a person's).
    { match: `poor|limited|inconsistent|minimal|sporadic|questionable|partial ${THEIR_REGIMEN} compliance`, ...NON },
    // "compliance has been poor", "HEP compliance poor"
    { match: `compliance|compliant with|to|#word{0,6} has|had|have_been|is|was|remains|remained|continues_to_be? very|quite|still|somewhat? ${POOR}`, ...NON },
    { match: '@neg been|always|fully|very|consistently? compliant', ...NON },
    // Device usage data: a measurement, reported at info in both modes. Not the physiology a ventilator reads ("Decreased
    // lung compliance on NIV", "static compliance 35 on the vent").
    {
      match: 'non-compliant|non-compliance|noncompliant|noncompliance|noncomplaint|non-complaint|compliant|compliance',
      before: [`... ${DEVICE}`],
      after: [`${DEVICE}|ventilator|usage|download|report|data|hours_of_use|h_/_night ...`],
      notBefore: [PHYSIOLOGY],
      severity: 'info',
      message: 'Device use data is better reported as the measurement itself (e.g. "CPAP used 5.2 h/night on 24 of 30 nights") than as "{match}".',
    },
    {
      match: 'non-compliant|non-compliance|noncompliant|noncompliance|noncomplaint|non-complaint|compliant|compliance',
      after: [`${DEVICE} ...`],
      notBefore: [PHYSIOLOGY],
      severity: 'info',
      message: 'Device use data is better reported as the measurement itself (e.g. "CPAP used 5.2 h/night on 24 of 30 nights") than as "{match}".',
    },
    // Plain "compliant"/"compliance" about a person and a regimen; "compliant with" → "following".
    { match: 'fully|full|100_% compliant with', after: REGIMEN, when: ['personSubject'], suggest: ['consistently following'], ...POS },
    { match: 'compliant with|w_/', after: REGIMEN, when: ['personSubject'], suggest: ['following'], ...POS },
    { match: 'highly|very|fully|completely compliant with', after: [`all? ${CARES}`], suggest: ['$1 engaged with'], ...POS },
    { match: `${GRADE}? compliance with`, after: REGIMEN, when: ['personSubject'], suggest: ['$1 engagement with'], ...POS },
    { match: `${GRADE} compliant with`, after: REGIMEN, when: ['personSubject'], ...POS },
    { match: 'compliant|compliance', after: ['to #word{0,3} @regimen'], when: ['personSubject'], ...POS },
    // Vouched for by a team: "on monthly depot, compliant per CMHT".
    { match: 'compliant per|according_to', ...POS },
    // "Compliant pt, attends all maintenance visits": the label standing before the person it grades.
    { match: `${GRADE}|fully|very? compliant pt|patient|client|resident`, ...POS },
    // "Pt demonstrates good compliance." — a graded compliance about the person.
    { match: `${GRADE}|fully|full|100_% compliance|compliant`, when: ['personBefore'], ...POS },
    { match: 'compliance|compliant', before: ['hep|exercise|medication|med|treatment|splint|brace|home_program'], ...POS },
    // Praise of the person, as a fragment ("Very compliant and easy to work with.") or after a person and other
    // praise ("Pt was pleasant and compliant"): the same shared conditions that find praise for descriptors.
    // Only as a predicate: "Compliant abdomen" or "compliant chest" in an exam is the tissue.
    { match: 'compliant', when: ['fragmentStart'], after: [PREDICATE_END], ...POS },
    { match: 'compliant', when: ['praisedSubject'], after: [PREDICATE_END], ...POS },
  ],
  // "If the patient refuses treatment, …" records no decision, and an insurer refusing to pay is not the
  // patient; a relative's decision about the patient's care is still framed, but less is at stake.
  contexts: { negated: 'silent', hypothetical: 'silent', organisation: 'silent', relative: 'info' },
  docs: {
    summary: 'Calling a person non-compliant (or compliant) with their care.',
    why:
      'Compliance is the language of obedience: it casts the clinician as the one who gives orders and the patient as the one who follows them. The source text describes care as a partnership toward the person\'s own goals, in which the clinician meets them where they are. "Non-compliant" is among the labels most often found in studies of stigmatizing notes; it hides the reason (cost, fatigue, a lab timetable, pain) that the next clinician needs to know. Praise as "compliant" keeps the same frame, so it is noted at a lower level.',
    prefer: 'State what the person did and what got in the way: "HEP 2 of 7 days; reports fatigue after labs; moved stretches to mornings". "Engaged with", "completed", "follows" describe the same facts.',
    exceptions: [
      'Physiological compliance: lung, chest-wall, vascular, ventricular, bladder or tissue compliance.',
      'Regulatory compliance: HIPAA, ADA, billing, policy, documentation requirements.',
      'Device use data ("CPAP compliance report") is reported at info with a note to give the numbers.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['seed', 'S4', 'S6', 'S7', 'S12', 'S21'],
  },
  examples: {
    flagged: [
      'Pt {{noncomplaint}} with nocturnal BiPAP, pulled mask off x3 overnight.',
      'Pleasant, {{highly compliant with}} all cares.',
      '{{Non-complient}} with the fluid restriction.',
      '{{Poor inhaler compliance}} noted at review.',
      { text: '{{Non-compl}} w/ depot, last given 8 wks ago.' },
      { text: "Preceptor feedback: be firmer with {{patients who won't comply}} with their HEP.", mode: 'reflection' },
      '{{Non-concordant}} with meds, blister packs untouched since Monday.',
      'On monthly depot, {{compliant per}} CMHT.',
      '- pt {{noncomplaint}} w/ olanzapine, found cheeking tabs',
      '{{Compliant pt}}, attends all 3-monthly perio maintenance.',
      'Pt {{noncomplaint}} with dialysis, missed Thu run.',
      'Pt {{non complaint}} w/ insulin at home.',
      'Pt {{compliant w/}} meds per pharmacy blister pack.',
      'Pt {{noncompliant}} with the brace, as in the last three notes.',
      'Pt {{non-compliant}} with HEP.',
      '{{Poor compliance}} with night splints during exam week.',
      'History of {{noncompliance}} with follow-up appointments.',
      'Pt has {{not been compliant}} with the tilt schedule.',
      'Pt {{compliant with}} hip precautions during transfers. => Pt following hip precautions during transfers.',
      '{{Good compliance with}} the home program per log. => Good engagement with the home program per log.',
      'Pt {{won\'t comply with}} the hip precautions.',
      'Pt {{noncomplaint}} with insulin.',
      'Very {{compliant}} and pleasant throughout.',
      'Pt was polite and {{compliant}} during the session.',
      'Pt is {{not compliant}} with the night splints.',
    ],
    clean: [
      'Decreased lung compliance on NIV; pressures titrated by the outreach team.',
      'Poor lung compliance on the ventilator; plateau pressure 31.',
      { text: 'Findings concordant with the MRI; non-concordant twins discussed at MDT.' },
      { text: 'I realised "noncompliant" shows up in nearly every chart on this unit.', mode: 'reflection' },
      { text: '"Non-compliant" was used in three of her progress notes before anyone asked about her work hours.', mode: 'reflection' },
      'There were no indications that he showed any addictive or noncompliant behaviours.',
      'Decreased lung compliance expected given the restrictive pattern.',
      'Low-compliance bladder per urology; pt self-catheterizes.',
      'The telehealth platform meets HIPAA compliance requirements.',
      'Entrance ramp is ADA-compliant at a 1:12 slope.',
      'Abdomen: soft, compliant, nontender.',
      'Compliant abdomen, soft, no guarding.',
      'HEP completed 5 of 7 days per pt\'s log; evening set skipped on lab days.',
      'Pt said, "I have been really non-compliant with my stretches."',
    ],
  },
});
