/**
 * label.uncooperative — cooperation, willingness, motivation and effort labels.
 */
import { defineRule } from '../define.ts';
import { FEELING_REPORT, SELF_DESCRIBED, SOFT } from './shared.ts';

const STRONG_MESSAGE =
  '"{match}" labels the person instead of describing what happened. Record what was and was not done and the reason the patient gave ("completed 2 of 3 sets; stopped citing fatigue").';
const SOFT_MESSAGE =
  '"{match}" reads as a judgment of the person. Describe what they chose and why, if they said ("declined the sliding board today, worried about slipping; practised with therapist spotting").';
/** What a person resists: care, help, a change; "resisted exercise" is strength training. */
// "every suggestion", "each recommendation", "any of our suggestions" are the same object with another quantifier.
const CARE = 'every|each|all|any|most|further|the|his|her|their|our|my|all_of_the|any_of_the|most_of_the|all_of_our|any_of_our|all_of_my|any_of_my? q1h|q2h|q3h|q4h|q6h|q8h|qshift|hourly|scheduled|routine|daily|nightly|frequent? @resistedCare';
/** Organisms, drugs and physiology that are "resistant" (up to two words before). */
const NOT_PERSON = '@resistantThing #any{0,2}';
/** "Pt is resistant", "she was very resistant". */
const PATIENT_IS = 'pt|patient|client|resident|he|she|they is|was|are|were|became|remains|remained|very|quite|often|increasingly|more|less|again|still{0,3}';

/** Words for holding out against others' wishes. */
const STUBBORN = 'stubborn|obstinate|recalcitrant|intransigent|pig-headed|pigheaded|headstrong|mulish';
/** What may follow a stubbornness word said of a person: what about, with whom, when, or the end of the clause. */
const STANCE = '.|,|;|:|!|?|-|—|and|or|but|about|with|when|toward|towards|regarding|re|at|in|on|during|throughout|today|tonight|this|again|as|than|to|streak|=(';
/** Age words between a label and its person ("stubborn old man"). */
const AGE = 'old|older|elderly|young|younger|little|middle-aged';
/** What only a clinician does: "(his PCP) is unwilling to prescribe opioids" is about the prescriber. */
const CLINICIAN_ACT = 'to prescribe|operate|refer|admit|discharge|order|sign';

/** What "defensive" also describes: wounds, driving, positions and reflexes, which are no one's manner. */
const DEFENSIVE_THING = '-|type|bruising|bruise/n|bruises|laceration/n|lacerations|mark/n|marks|cut/n|cuts|abrasion/n|abrasions|wound/n|wounds|injury/n|injuries|posture|posturing|position|driving|medicine|mechanism/n|reflex/n|response/n|reaction/n|behavior|behaviour|strategy|strategies|coping';

/** A stance only feared beforehand: "I was nervous he'd be defensive about his driving, but he brought it up himself". */
const FEARED = "... nervous|worried|afraid|scared|anxious|concerned he|she|they|he'd|she'd|they'd|would|might";

export default defineRule({
  id: 'label.uncooperative',
  family: 'labels',
  severity: { clinical: 'warning', reflection: 'warning' },
  message: STRONG_MESSAGE,
  terms: [
    { match: 'uncooperative/a|noncooperative|non-cooperative|un-cooperative|not_cooperative|not_co-operative' },
    // "V resistive to washing and dressing this am": care resisted, said of the person (not resistive exercise).
    { match: 'resistive to care|cares|washing|dressing|personal_care|help|assistance|being_washed|being_dressed|being_turned|repositioning|support|staff', when: ['personSubject'] },
    // "Resistant to any discussion of clozapine": talk or help resisted, not a drug-resistant illness.
    { match: 'resistant to any|all? discussion|discussions|input|help|suggestion|suggestions|support|engagement|advice|reassurance', when: ['personSubject'] },
    // Ward shorthand and spelling slips for the same: "Very uncoop with bloods", "uncooperitive".
    { match: 'uncoop|uncoop.|un-coop|non-coop|uncooperitive|uncooperatve|uncoperative|uncooporative' },
    // Surgeons name incisions by their shape: a "lazy S" (or lazy-L, lazy-J) incision is a gentle curve. A lower-case "w"
    // is charting's "w/" ("Pt lazy w/ IS"), so the W shape counts in capitals only.
    { match: 'bone_idle|bone-idle|idle_so-and-so' },
    // "very obstructive" of a person, not of airways, urine or bowel.
    { match: 'very|so|really|quite|extremely|being obstructive', after: [',|.|;|and|with|to|towards|throughout|today|again'], notAfter: ['sleep|uropathy|jaundice|pattern|lung|airway|airways|defect|lesion|picture|spirometry|physiology|symptoms|hydrocephalus|shock|apnoea|apnea|osa|disease|copd|airflow'], severity: { clinical: 'info', reflection: 'warning' } },
    { match: 'lazy|laziness|laziest|lazier', notAfter: ['eye/n|susan|bowel|river|@instrument', '-? s|l|j|c|h|z|u|t|v|=W|incision/n', '- w'] },
    {
      // Low motivation is also a symptom the patient reports (depression screening).
      // "Lacks any drive to participate": drive as motivation. "Lacks respiratory drive" puts a word between the two.
      match: ['unmotivated|amotivated', 'lack/v|lack_of|no|poor|low|little|minimal|decreased|limited|questionable motivation', 'not very|at_all? motivated', 'poorly motivated', 'lack/v any|all drive'],
      notBefore: [FEELING_REPORT, '... report/v|endorse/v|describe/v|state/v|phq|anhedonia|depression|depressive|symptom/n_of'],
      // "Low motivation reported on PHQ-9": the patient's own answer, named after it.
      notAfter: ['reported|endorsed|self-reported|per_pt|per_patient|on_phq-9|on_phq|on_the_phq-9'],
    },
    // A family reluctant about a decision ("family is reluctant to stop Coumadin") is weighing it, not resisting care.
    // "Reluctant to weight bear" is an examination sign (a child's occult fracture, a painful hip), not an attitude.
    { match: 'unwilling|unwillingness|reluctant|reluctantly|reluctance', message: SOFT_MESSAGE, severity: SOFT, when: ['personSubject'], contexts: { relative: 'silent' }, notAfter: [CLINICIAN_ACT, 'to weight_bear|weight-bear|weightbear|bear_weight|fully_weight_bear|wb|use_the_arm|use_the_leg|use_her_arm|use_his_arm|move_the_arm|move_her_arm|move_his_arm'] },
    { match: 'oppositional', notAfter: ['defiant'] },
    // "Very defensive when RN approaches": a stance read into the person. Not defensive wounds, posture or driving.
    // The writer's own stance ("When she questioned my hand placement I got defensive") is not a label on anyone.
    { match: 'defensive|defensiveness', message: SOFT_MESSAGE, severity: SOFT, when: ['personSubject'], notBefore: [SELF_DESCRIBED, FEARED, '... student|students|learner|learners|trainee|trainees|@colleague'], before: ['@be|very|quite|so|rather|extremely|increasingly|became|becomes|gets|got|getting|seemed|seems|appeared|appears|really|pretty|too|a_bit|a_little|somewhat'], notAfter: [DEFENSIVE_THING], contexts: { relative: 'silent' } },
    // A later clause of a subjectless fragment chain: "Resistant to the idea of rehab, very defensive when drinking raised".
    { match: 'very|so|quite|extremely|really|increasingly|rather|somewhat [ defensive ]', message: SOFT_MESSAGE, severity: SOFT, when: ['clauseFragment'], notAfter: [DEFENSIVE_THING] },
    // The writer's own label recalled: "I keep thinking about how I called him defensive in supervision".
    { match: '=I|we call/v|called|label/v|labelled|labeled|describe/v|described him|her|them as? [ defensive ]', message: SOFT_MESSAGE, severity: SOFT },
    // The writer's reading of the person: "I found her really defensive whenever I brought up her purging".
    { match: 'find/v|found him|her|them|pt|the_patient @degree? [ defensive ]', message: SOFT_MESSAGE, severity: SOFT, notAfter: [DEFENSIVE_THING], contexts: { relative: 'silent' } },
    // Stubbornness labels a person, but a relative's temperament in a family history ("Mother tends to be
    // stubborn") describes the relative, not how the patient is framed. And "stubborn wound", "obstinate constipation" or "obstinate hiccups" is a
    // disease that will not yield: only a person described, or a person noun after it, is labelled.
    { match: `[ ${STUBBORN} ] ${AGE}? @person|@labelTarget|streak|personality|attitude|nature|behaviour|behavior`, message: SOFT_MESSAGE, severity: SOFT, contexts: { relative: 'silent' } },
    { match: STUBBORN, message: SOFT_MESSAGE, severity: SOFT, when: ['personSubject'], after: [STANCE], contexts: { relative: 'silent' } },
    { match: 'stubbornness|stubbornly|obstinacy|obstinance|obstinately|recalcitrance|intransigence', message: SOFT_MESSAGE, severity: SOFT, when: ['personInSentence'], contexts: { relative: 'silent' } },
    {
      // Tactile defensiveness, defensive documentation and sports positions are not about a person's manner.
      match: 'defensive|defensively|defensiveness',
      message: SOFT_MESSAGE,
      severity: SOFT,
      unless: ['reflection'],
      notBefore: ['tactile|tactilely|sensory|oral|orally|gravitational|auditory|touch|proprioceptive|vestibular|knee|hip|shoulder|ankle|elbow|wrist|neck|back|spine|trunk|muscle/n|joint/n|limb/n|arm/n|leg/n|hand/n|foot|feet|calf|hamstring/n|quad/n|quadriceps|abdominal/n'],
      notAfter: ['medicine|documentation|charting|driving|practice|posture/n|posturing|position/n|reflex/n|reaction/n|response/n|end|back|line|lineman|linemen|player/n|drill/n|midfielder|tackle|coordinator|specialist|play|stance|strategy/n|mechanism/n|wound/n|injury/n|guarding|splinting|spasm/n|muscle', DEFENSIVE_THING],
      when: ['personSubject'],
    },
    // In a reflection the learner's own feedback ("CI feedback: student was a bit defensive at first", "I got
    // defensive when my CI corrected me") is about the writer, not a patient.
    {
      match: 'defensive|defensively|defensiveness',
      message: SOFT_MESSAGE,
      severity: SOFT,
      notBefore: [FEARED, '... student|students|i|me|we|classmate|classmates|peer|peers|cohort', 'tactile|tactilely|sensory|oral|orally|gravitational|auditory|touch|proprioceptive|vestibular|knee|hip|shoulder|ankle|elbow|wrist|neck|back|spine|trunk|muscle/n|joint/n|limb/n|arm/n|leg/n|hand/n|foot|feet|calf|hamstring/n|quad/n|quadriceps|abdominal/n'],
      notAfter: ['medicine|documentation|charting|driving|practice|posture/n|posturing|position/n|reflex/n|reaction/n|response/n|end|back|line|lineman|linemen|player/n|drill/n|midfielder|tackle|coordinator|specialist|play|stance|strategy/n|mechanism/n|wound/n|injury/n|guarding|splinting|spasm/n|muscle', DEFENSIVE_THING],
      when: ['personSubject', 'reflection'],
    },
    { match: `resistance|resistiveness to ${CARE}|exercise/n|exercising`, message: SOFT_MESSAGE, severity: SOFT, notBefore: [NOT_PERSON] },
    { match: `resistant|resistive to ${CARE}|exercise/n|exercising`, message: SOFT_MESSAGE, severity: SOFT, notBefore: [NOT_PERSON], when: ['personSubject'] },
    { match: 'resistant|resistive to every|each|all|any|most|our|my? attempt/n at|to', message: SOFT_MESSAGE, severity: SOFT, notBefore: [NOT_PERSON], when: ['personSubject'] },
    // The instruction just given, pointed back to: "Instructed pt to stop transferring alone, pt resistant to this".
    { match: 'pt|patient|he|she|they resistant|resistive to this|that|it', message: SOFT_MESSAGE, severity: SOFT, notAfter: ['#word'] },
    { match: ['resist/v every|each|all|any|most? attempt/n at|to #word', `resist/v all|any|most? ${CARE}`], message: SOFT_MESSAGE, severity: SOFT, notBefore: [NOT_PERSON], when: ['personSubject'] },
    // "Pt resistant." / "pt very resistant today"
    { match: 'resistant', message: SOFT_MESSAGE, severity: SOFT, before: [PATIENT_IS], notAfter: ['#word'] },
    { match: 'resistant', message: SOFT_MESSAGE, severity: SOFT, before: [PATIENT_IS], after: ['and|today|throughout|during|when', 'with staff|cares|care|transfer/n|repositioning|bathing|dressing'] },
    {
      match: ['poor|minimal|little|low|half-hearted|halfhearted|lack_of|suboptimal|sub-optimal effort', 'make/v|put_in|puts_in|putting_in no|zero|little|minimal effort'],
      message: '"{match}": effort is better shown as data than judged. Give the numbers and what may explain them ("grip CV 22% across 3 trials; pt reported pain 7/10 during testing").',
      severity: SOFT,
      // Effort as a test-quality criterion ("poor effort on spirometry") is how the test is graded.
      notAfter: ['of|from breathing|respiration', 'to|required', 'on|with|during spirometry|pft/n|pfts|pulmonary_function|incentive_spirometry|nif|mip|mep'],
      notBefore: ['respiratory|inspiratory|expiratory|breathing|cough'],
    },
  ],
  // A label someone else used ("caregiver says he is lazy") is passed on at info.
  // A clinician or other person as the subject ("his PCP is unwilling to prescribe") is not the patient.
  contexts: { negated: 'silent', relative: 'info', other: 'silent' },
  docs: {
    summary: 'Cooperation, motivation and effort labels: uncooperative, lazy, unmotivated (warning); unwilling, reluctant, defensive, resistant to care, stubborn/obstinate, poor effort (info in notes, warning in reflections).',
    why:
      'The source text treats patient care as a collaborative effort toward a goal that matters to the patient. When a session does not go to plan, "uncooperative" or "lazy" puts all of the failure on the patient and none on the plan, the timing or the fit, and it primes the next clinician to expect the same. Describing what happened and the reason the patient gave keeps the partnership open and is more useful for adjusting the plan: a student with a progressive neuromuscular disease who skips evening stretches after a 3-hour lab is telling you something about fatigue.',
    prefer: '"Completed 2 of 3 sets; stopped citing fatigue", "declined the sliding board today, worried about slipping", "grip CV 22% across 3 trials".',
    exceptions: [
      'Strength testing and exercise: "against resistance", "resisted isometrics", "resistance band", "progressive resistive exercise".',
      'Physiology and microbiology: "resistance to passive stretch", "airway resistance", "insulin resistance", "methicillin-resistant".',
      '"Tactile/sensory defensiveness", "defensive documentation", sports positions ("defensive end").',
      '"Lazy eye"; "oppositional defiant disorder"; low motivation the patient reports as a symptom.',
      'A disease that will not yield: "obstinate constipation", "stubborn wart", "obstinate hiccups".',
      'Respiratory effort ("poor inspiratory effort").',
      'Negated uses ("without resistance") and attributed quotations ("I\'m lazy about stretching").',
      'A label in a clause about a relative or caregiver ("caregiver says he is lazy") is reported at info; a family "reluctant" about a decision is not reported.',
      'A clause about a clinician or someone else ("his PCP is unwilling to prescribe opioids", "the surgeon is reluctant to operate").',
    ],
    sources: ['seed', 'S4', 'S6', 'S7', 'S11', 'S12', 'S36'],
  },
  examples: {
    flagged: [
      'Instructed pt to stop transferring to bed without staff, {{pt resistant to this}}.',
      'Declining obs, {{very obstructive}}, wants to leave.',
      'He is {{bone idle}} and will not get up for breakfast.',
      { text: '{{Resistant to any discussion}} of clozapine, walked out of OPA.' },
      { text: 'V {{resistive to washing}} and dressing this am, hit out at carer x1.' },
      { text: 'Very {{uncoop}} with bloods, would not keep arm still.' },
      { text: 'I keep thinking about how I called him {{defensive}} in supervision.', mode: 'reflection' },
      { text: 'I found her really {{defensive}} whenever I brought up her purging.', mode: 'reflection' },
      'Pt {{lazy}} w/ ankle pumps per RN.',
      'Pt {{resistant to q2h turns}} overnight, pulling the wedge out.',
      'Hesitant to try the tilt feature, {{defensive}} when the vendor demonstrated it.',
      'Pt became {{defensive}} when the scale came out.',
      { text: 'She became {{defensive}} when we discussed her weight.', mode: 'reflection' },
      '{{Uncooperative}} with MMT; would not hold test positions.',
      'Pt is {{lazy}} about stretching and skips the evening set.',
      'Pt {{lacks any drive}} to participate in therapy sessions.',
      '{{Unmotivated}} today; minimal participation.',
      '{{Poor effort}} on the 6MWT.',
      'Pt {{resistant to using}} the tilt function and {{resists repositioning}}.',
      'Pt {{resistant to all attempts at}} redirection.',
      'Very {{defensive}} when asked about skin checks.',
      'Pt {{reluctant}} to try the sliding board.',
      '{{Unwilling}} to participate in the group class.',
      'Pt refused stretching again; caregiver says he is {{lazy}}.',
      '{{Obstinate}} about using the gait belt.',
      'Pt very {{stubborn}} with the night aides.',
      'A {{stubborn}} old man who wants to go home.',
      'His {{stubbornness}} about the walker is a fall risk.',
      'He was {{resistant to every suggestion}} about the tub bench.',
    ],
    clean: [
      'Reluctant to weight bear on R leg since fall from slide; ?toddler\'s fracture.',
      'Very obstructive pattern on spirometry, FEV1/FVC 0.52.',
      { text: 'Resistive exercise to quads 3x10 with yellow band.' },
      { text: 'I was nervous he\'d be defensive about his driving, but he raised the near-miss himself.', mode: 'reflection' },
      'Defensive-type bruising bilat ulnar forearms, 3 x 4 cm.',
      { text: 'When she questioned my hand placement I got defensive, and I had to step out for a minute.', mode: 'reflection' },
      'Closed through a lazy W incision.',
      'Defensive wounds on both forearms, photographed per protocol.',
      'Through a lazy-S incision over the popliteal fossa, the cyst was excised.',
      { text: 'My CI said I was a bit defensive about feedback at first.', mode: 'reflection' },
      'Poor effort on spirometry due to cough; test repeated.',
      'Pt lacks respiratory drive on the current sedation; RT aware.',
      'Low motivation reported on PHQ-9; referred to counseling.',
      'Elbow flexion 4/5; holds against moderate resistance.',
      'Resisted isometrics for hip abductors, 10 x 5-s holds.',
      'HEP: yellow resistance band for ankle PF/DF, 2 x 15.',
      'Velocity-dependent resistance to passive stretch in the R plantarflexors, MAS 1+.',
      'Wound culture positive for methicillin-resistant Staphylococcus aureus.',
      'Progressive resistive exercise for quadriceps started at 60% of 1RM.',
      'Tactile defensiveness on the palms limits textured grips.',
      'Full PROM at both ankles without resistance.',
      'Pt states: "I\'m lazy about stretching when I have exams."',
      'Poor inspiratory effort on incentive spirometry; 750 mL.',
      'His surgeon is unwilling to operate until the HbA1c is below 8.',
      'The patient\'s family is reluctant to stop the warfarin before the cardiology visit.',
      'Pt says the neurologist is unwilling to prescribe gabapentin.',
      'Pt reports low motivation and poor sleep since the diagnosis; PHQ-9 = 12.',
      'Obstinate constipation despite senna and PEG.',
      'Stubborn plantar wart treated with cryotherapy.',
      'Mother tends to be stubborn and gets angry easily.',
      'Organism resistant to every antibiotic tested.',
    ],
  },
});
