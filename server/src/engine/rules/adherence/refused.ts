/**
 * adhere.refused — "refused"/"refusal" for a person's decision about their own care.
 */
import { defineRule } from '../define.ts';

/** Someone other than the patient doing the refusing: an insurer, a vendor, a clinician, the writer. */
const OTHER_SUBJECT = ['@organisation|@clinician|board|tribunal|panel|committee|court|council|judge|magistrate @have|@be|@adverb{0,2}'];
/** A baby turning from a feed: "Infant refused bottle x3 today" is feeding refusal, a finding, not a decision. */
const INFANT_SUBJECT = 'infant|infants|baby|babies|newborn|newborns|neonate|neonates|toddler @have|@be|@adverb{0,2}';
/** A device or thing that will not work: "the mattress refused to inflate", "the brakes refuse to lock". */
const THING_SUBJECT = '@thing @have|@be|@adverb{0,2}';
/** "Refuse" among other waste words is waste: "trash and refuse", "refuse and debris". */
const WASTE = 'trash|garbage|rubbish|litter|debris|waste|clutter|linen|linens|laundry|recycling|sharps';
/** Determination against an illness: "refused to let it stop her", "refuses to give up". */
const DETERMINED = ['let #word{1,3} stop/v|define/v|hold/v|slow/v|beat/v|limit/v|win|get_in_the_way', 'give_up|quit|be_defined|be_limited|be_beaten|be_stopped'];
/** A document named by the refusal: "refusal form", "refusal-of-treatment form", "refusal to transport waiver". */
const DOCUMENT = 'form|forms|waiver|waivers|document|documents|template|templates|policy|letter|letters|paperwork';
/** Putting a name to paperwork: a relative who will not sign a waiver is not deciding about the patient's care. */
const SIGN = 'sign|initial|co-sign|countersign';
const MESSAGE =
  '"{match}" casts a person\'s decision about their own care as defiance. "Declined" records the same choice neutrally; add the reason they gave and what was discussed.';

export default defineRule({
  id: 'adhere.refused',
  family: 'adherence',
  severity: { clinical: 'warning', reflection: 'warning' },
  message: MESSAGE,
  // "the right to refuse", "may refuse at any time": a right stated, not a refusal recorded.
  // A negation with an adverb between ("did not actually refuse") still negates, but a negated "stop" or "quit" asserts the
  // refusing it governs ("wouldn't stop refusing her evening meds").
  defaults: { notBefore: ['@neg really|actually|outright|explicitly|formally|flatly|directly|exactly|technically|even|necessarily|always|just|once|ever?', ...OTHER_SUBJECT, 'right|rights|free|entitled|option|choice|able to', 'may|can|could|might', THING_SUBJECT, INFANT_SUBJECT], fix: 'suggest' },
  terms: [
    // "refused to walk" → "declined to walk" / "chose not to walk"; "refuses to believe" is not about care.
    // "refused to let his disability stop him", "refuses to give up": determination, not a decision about care.
    { match: 'refuse/v to', suggest: ['decline/v to', 'choose/v not to'], notAfter: ['accept|acknowledge|believe|admit', SIGN, ...DETERMINED], unless: ['passiveNotByPatient'], when: ['patientDecides'] },
    // The patient refusing to sign (a consent, a discharge form) is still a decision about their care; a relative's is paperwork.
    { match: `refuse/v to ${SIGN}`, fix: 'none', unless: ['passiveNotByPatient', 'relativeSubject'], when: ['patientDecides'] },
    // A condition that says it has happened before is no hypothetical: "if he keeps refusing his nebs", "if she refuses
    // the night splints again". The refusals are on record; only the next one is to come.
    { match: 'refusing', suggest: ['declining'], before: ['if|unless he|she|they|pt keeps|kept|continues|continued|goes_on'], contexts: { hypothetical: 'keep' }, unless: ['passiveNotByPatient'] },
    { match: 'refuse/v', suggest: ['decline/v'], before: ['if|unless he|she|they|pt'], after: ['#word{0,4} again|anymore|any_more|once_more'], contexts: { hypothetical: 'keep' }, unless: ['passiveNotByPatient'] },
    // "refused stretching" → "declined stretching"; "refuse bins" and "household refuse" are waste.
    {
      match: 'refuse/v',
      suggest: ['decline/v'],
      // The writer's own refusal, as a gerund that takes the clause's subject: "I didn't want to be rude by refusing".
      // An advance decision to refuse treatment (ADRT) is a legal document the person made, named by its title.
      notBefore: ['the|household|domestic|kitchen|garden|food|dispose_of|biohazard|biohazardous|medical|clinical|infectious|hazardous|regulated|sharps', `${WASTE} and|or|,`, '=I|we #any{0,8} by|without|from|avoid|avoided', 'advance|advanced decision|decisions|directive|directives|statement to'],
      notAfter: ['to', 'nothing|none', 'entry|admission|coverage|authorization|authorisation|payment|reimbursement|by', 'bin|bins|collection|disposal|sack|sacks|bag|bags|truck|trucks|lorry|container|containers|removal|chute|area|site|tip|dump|worker|workers', `and|or|, ${WASTE}`, 'removed|collected|disposed|bagged|cleared|taken_out'],
      unless: ['passiveNotByPatient'],
      when: ['patientDecides'],
    },
    // The past tense as fast typing gives it: "Pt refusd CPAP overnight".
    { match: 'refusd|refuesd|refussed|refsued|refued', suggest: ['declined'], unless: ['passiveNotByPatient'], when: ['patientDecides'] },
    // "a chronic refuser of PT": a person named by one decision.
    { match: 'refuser/n', fix: 'none', message: '"{match}" names a person by the decisions they make about their own care. Say what was offered, what they declined and the reason they gave.' },
    // "refusal of the sliding-board trial" → "decision to decline the sliding-board trial"
    { match: 'refusal/n of', suggest: ['decision to decline'], notBefore: ['informed|insurance|insurer|payer|payor|claim|authorization|coverage|medicare|medicaid'], notAfter: [`#word{0,3} ${DOCUMENT}`, `- #word -? #word? -? #word? ${DOCUMENT}`, 'coverage|authorization|authorisation|payment|claim|claims|reimbursement|entry|admission|service'] },
    { match: 'refusal/n to', suggest: ['decision not to'], notBefore: ['informed|insurance|insurer|payer|payor|claim|authorization|coverage|medicare|medicaid'] },
    // "Breast refusal", "bottle refusal", "food refusal": the names of feeding problems (an infant's, an eating disorder's).
    { match: 'refusal/n', notBefore: ['informed|insurance|insurer|payer|payor|claim|authorization|coverage|medicare|medicaid', 'breast|bottle|nipple|feeding|feed|food|oral|school'], notAfter: [`#word{0,3} ${DOCUMENT}`, `- #word -? #word? -? #word? ${DOCUMENT}`, 'coverage|authorization|authorisation|payment|claim|claims|reimbursement|entry|admission|service'] },
  ],
  // "If the patient refuses treatment, …" records no decision, and an insurer refusing to pay is not the
  // patient; a relative's decision about the patient's care is still framed, but less is at stake.
  contexts: { hypothetical: 'silent', organisation: 'silent', relative: 'info' },
  docs: {
    summary: '"Refused", "refuses" and "refusal" for a person\'s decision about their own care.',
    why:
      'A patient who says no to a treatment is exercising the right to decide about their own body; "refused" records it as defiance. Studies of stigmatizing notes found "refuse" among the few terms used in a consistently negative way, and in a randomised vignette study a note in which a patient "refuses" care shifted readers\' attitudes and treatment choices. The source text describes care as something done with the patient: a decision the person made is part of that partnership, and the reason behind it is clinical information.',
    prefer: '"Declined stretching today, citing fatigue after a 3-hour lab; agreed to try it in the morning." "Chose not to use the standing frame this week because of shoulder pain."',
    exceptions: [
      'Hypothetical refusals ("if he refuses …") and refusals by an insurer or another organisation; a relative\'s refusal of the patient\'s care is reported at info.',
      'The patient\'s own words in an attributed quotation ("I refuse to go back to the old chair").',
      '"Informed refusal" and form names ("refusal of treatment form").',
      '"Refuse" as waste ("refuse bins").',
      'Someone other than the patient refusing: an insurer, a vendor, the writer ("insurance refused the authorization").',
      'Negated use ("did not refuse").',
    ],
    sources: ['S1', 'S4', 'S6', 'S7', 'S11', 'S12', 'S30'],
  },
  examples: {
    flagged: [
      'Warned that he will be discharged if he keeps {{refusing}} his nebs.',
      'I told her that if she {{refuses}} the night splints again we will involve her consultant.',
      'Pt {{refusd}} the 0600 labs. => Pt declined the 0600 labs.',
      { text: 'He was tired, irritable and {{refusing}} his walk.', mode: 'reflection' },
      'Left AMA after {{refusing}} IV antibiotics.',
      { text: "He wouldn't stop {{refusing}} his night meds, so I asked him what they did to him.", mode: 'reflection' },
      'The CVA in bay 6 {{refused}} the repeat CT.',
      'Bed 19 is {{refusing}} the 0600 labs again.',
      'Room 4 {{refused}} dinner and asked for the charge nurse.',
      'Rm 12 keeps {{refusing}} his insulin.',
      'Pt in bed 7 {{refused}} the bed alarm.',
      'The CHF in bed 4 {{refused}} his 0900 dose.',
      'Pt {{refused}} stretching again today. => Pt declined stretching again today.',
      '{{Refuses to}} wear the cervical collar in the w/c. => Declines to wear the cervical collar in the w/c.',
      'Patient {{refusing}} the HEP handout.',
      'Pt {{refused to sign}} the consent for the lumbar drain.',
      'Documented {{refusal of}} the sliding-board trial. => Documented decision to decline the sliding-board trial.',
      'Offered ice at the end of the session; {{refused}}.',
      'He {{refused to}} walk the last lap. => He declined to walk the last lap.',
      'A chronic {{refuser}} of PT on the weekends.',
    ],
    clean: [
      'If the patient refuses the scan, document capacity and offer again tomorrow.',
      'Advance decision to refuse treatment on file; reviewed with pt, remains valid.',
      'Tribunal refused his appeal; he was upset but expected it.',
      'Wholesaler refused the return of the opened apixaban stock.',
      'Infant refused bottle x3 today, took 20 mL by cup.',
      { text: 'I was not sure how to avoid offending her without refusing the gift outright.', mode: 'reflection' },
      'Refuse and recycling carts stored by the service lift.',
      'Bottle refusal at 4 mo; SLP feeding eval scheduled.',
      'The air mattress refused to inflate; vendor called.',
      'Wheelchair brakes refuse to lock on the left; sent for repair.',
      'The pump refused to prime until the line was flushed.',
      'If the patient refuses treatment, the risks will be reviewed with him again.',
      'Medicaid is threatening to refuse to pay for the machine.',
      'A signed refusal-of-treatment form is on the chart per hospital policy.',
      'Caregiver refused to sign the transport waiver; SW following up.',
      'Pt declined hamstring stretching today, citing fatigue after a 3-h lab; moved it to mornings.',
      'Pt said, "I refuse to go back to the old chair," and asked to keep the loaner.',
      'Informed refusal form reviewed and signed for the recommended overnight ventilation trial.',
      'The refuse bins block the accessible ramp at pt\'s dorm; reported to housing.',
      'Biohazard refuse bagged and removed after the dressing change.',
      'Insurance refused the authorization for a second power chair.',
      'Pt did not refuse any part of the session.',
      'He was refused entry to the building because the ramp was blocked.',
      'Patient has the right to refuse any part of the treatment.',
      'Pt may refuse at any time.',
      'Patient refused nothing; completed the session.',
      'Trash and refuse cleared from the ramp before the home visit.',
      'She refused to let the diagnosis stop her from finishing the semester.',
      'He refuses to give up on walking to class.',
    ],
  },
});
