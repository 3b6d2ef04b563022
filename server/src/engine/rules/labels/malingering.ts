/**
 * label.malingering — attributions of faking, exaggeration and gain.
 */
import { defineRule } from '../define.ts';

const MESSAGE =
  '"{match}" accuses the patient of deception or exaggeration. Report what was measured and the specific inconsistency, without inferring motive ("Waddell nonorganic signs 3/5"; "pain rating unchanged while gait speed improved 0.2 m/s").';
/** What is exaggerated: a symptom, not an exam finding ("exaggerated DTRs", "exaggerated lordosis"). */
const SYMPTOM = '@possessive|the|any|all|every? #word{0,2} @symptom';

export default defineRule({
  id: 'label.malingering',
  family: 'labels',
  severity: { clinical: 'warning', reflection: 'warning' },
  message: MESSAGE,
  // Named tests and constructs (TOMM, validity testing, Waddell signs): report the test, not the motive.
  defaults: { unless: ['validityTest'] },
  terms: [
    // The test spelled out, "Test of Memory Malingering", names the instrument.
    // A topic read or taught ("the textbook chapter on malingering") is no one's label.
    { match: 'malinger/vn', notBefore: ['test of memory', 'chapter|article|lecture|paper|module|textbook|book|class|reading|seminar|session|unit|section|talk|course|literature|research|study|studies on|about|of'] },
    { match: ['secondary -? gain', 'symptom magnification', 'magnify/v @possessive? symptoms|pain', 'over -? report/v', 'overreport/v'], notAfter: ['scale|questionnaire|index|score'] },
    { match: [`exaggerate/v|embellish/v|overstate/v|amplify/v ${SYMPTOM}`, `exaggeration of ${SYMPTOM}`] },
    // "Putting it on" for gain: "I think he was putting it on to get moved to the healthcare wing".
    { match: 'putting|put|puts it on', before: ["... he|she|they|he's|she's|they're|@person"], after: ['to_get|to_avoid|to_be|for_attention|for_sympathy|for_benefits|for_the_benefits|for_a_bed|a_bit|again|,|.|!'] },
    // The degree of a symptom said to be overdone: "exaggerating how breathless he was", "overstating how bad the pain is".
    { match: 'exaggerate/v|embellish/v|overstate/v|play/v_up|playing_up|played_up how|just_how', before: ['... he|she|they|@person'] },
    // Playing a symptom for gain: "milking the fatigue a bit", "milking it for the benefits assessment".
    { match: ['milking|milked|milks it', 'milking|milked|milks the|his|her|their|this #word? @claimedThing|@symptom|injury|situation|sick_role|diagnosis|condition'], before: ["... he|she|they|he's|she's|they're|@person"] },
    // A motive read into the visit itself: "likely here for a bed", "probably just in for a hot meal".
    { match: 'likely|probably|just|only|really|clearly|obviously|presumably|mainly here|in|presenting|attending|admitted for a|the|some bed|roof|meal|hot_meal|warm_bed|bed_for_the_night|housing|sandwich|sick_note|fit_note|letter|benefits|drugs|meds|methadone|script' },
    // A motive read into a request: "angling for a sick note", "fishing for compensation".
    { match: 'angling|angle/v|angled|fishing|fish/v|angler for a|an|some|more|his|her|their? sick_note|fit_note|sicknote|sick_line|time_off|compensation|payout|pay-out|claim/n|benefits|blue_badge|housing_letter|letter/n|disability|pip|esa' },
    // "Pt may be exaggerating." with nothing after it but the end of the clause, or "again", "at times".
    { match: 'exaggerating|embellishing|exaggerates|embellishes', notAfter: ['#word'], when: ['personSubject'] },
    // Or with a pronoun for the symptom already named: "I figured she was exaggerating it".
    { match: 'exaggerating|embellishing|exaggerates|embellishes', after: ['again|for|to|at_times|it|them|things|everything'], when: ['personSubject'] },
    // Said of the symptom: "Pt's self-reported pain seems exaggerated", "her complaints are overstated". A finding made
    // stronger by something ("tremor exaggerated by posture", "pain is exaggerated with movement") is an exam finding.
    {
      match: 'exaggerated|embellished|overstated',
      before: ['@symptom|complaint/n|report/n|account/n|story/n|effort @be|seem/v|appear/v|look/v|sound/v @degree{0,2}'],
      notAfter: ['by|with|on|during|when|in|after|at'],
    },
    // British "putting it on" for pretending: "I think she was putting it on for the doctors". Not a brace or a sling put
    // on: only with an audience, or "a bit", after it.
    { match: 'putting|puts|put it|this|that|them|all_this|all_that on', after: ['for the|his|her|their|our|my? doctors|doctor|staff|nurses|nurse|team|consultant|registrar|attention|show|benefit|effect|us|me|them|family|visitors', 'a_bit|a_little|again|deliberately|on_purpose'], when: ['personSubject'] },
    // The symptom named as the thing put on: "I think he was putting on the chest pain to get out of the bleep test".
    { match: 'putting|puts|put on the|his|her|their|a #word? @symptom|pain|limp|cough|fit|fits|seizure|seizures|collapse|faint', when: ['personSubject'] },
    // The condition said to be an alibi: "he is just lazy and uses the head injury as an excuse".
    { match: 'use/v|uses|using|used his|her|their|the #word{0,2} injury|condition|diagnosis|disability|pain|illness|@symptom as an|a excuse|crutch|get-out', when: ['personSubject'] },
    // "Faking the weakness", "a faker"; not a "fake tan".
    { match: 'faking|faked|fakes|fakery', when: ['personSubject'] },
    { match: 'faker/n' },
    // "Feigns sleep when therapy arrives", "feigned weakness": pretending asserted as fact.
    { match: 'feign/v|feigning', when: ['personSubject'], notAfter: ['interest|surprise|ignorance|indifference'] },
    { match: 'hypochondriac/n|hypochondriacal|hypochondriasis|hypochondria', message: '"{match}" labels worry about health as a character flaw. Describe the concern and what was done ("asked about each new calf twinge; reviewed warning signs together").' },
    {
      match: 'hysterical|hysterically|hysterics|hysteria',
      message: '"{match}" dismisses distress (and has a long history of being used against women). Describe what you observed: "crying and breathing fast after the w/c battery failed; sat with pt until calm".',
      notBefore: ['mass', 'laugh/v', '... history of the? term|word|diagnosis'],
      notAfter: ['funny|laugh/v'],
    },
  ],
  contexts: { negated: 'silent', relative: 'info', other: 'silent' },
  docs: {
    summary: 'Attributions of faking and exaggeration: malingering, secondary gain, symptom magnification, exaggerates pain, faking, embellishing, hypochondriac, hysterical.',
    why:
      'These words accuse the patient of lying or of being driven by gain, which is a claim about motive that a therapy note can rarely support. They invite every later reader to discount the person\'s pain, as the studies behind this project show for doubting language. The source text asks for competent, compassionate care; the competent version reports the test and the observed inconsistency, and lets the reader weigh it.',
    prefer: '"Waddell nonorganic signs 3/5", "pain rating unchanged while gait speed improved 0.2 m/s", "grip CV 22% across 3 trials", "crying and breathing fast after the battery failed".',
    exceptions: [
      'Named tests and constructs: Test of Memory Malingering (TOMM), symptom/performance validity testing, Waddell or nonorganic signs.',
      'Exam findings: "exaggerated DTRs/reflexes", "exaggerated lumbar lordosis", "exaggerated startle response".',
      '"Hysterically funny", "mass hysteria".',
      'Negated uses ("no evidence of symptom magnification") and attributed quotations.',
    ],
    sources: ['S4', 'S6', 'S7', 'S11'],
  },
  examples: {
    flagged: [
      { text: 'Honestly he {{uses the head injury as an excuse}}.', mode: 'reflection' },
      { text: 'I think he was {{putting on the chest pain}} to get out of the bleep test.', mode: 'reflection' },
      { text: 'I think she was {{putting it on}} to get a sick note.', mode: 'reflection' },
      'I think he is {{milking it}} a bit for the sick note.',
      'Pt likely {{exaggerating how}} short of breath she gets on the stairs.',
      'NFA, no English, {{likely here for a bed}}.',
      { text: 'I think she was {{angling for a sick note}}.', mode: 'reflection' },
      'I think she was {{putting it on}} for the doctors, because she was fine with me.',
      'Pt {{exaggerating sx}} per OT, reports 10/10 while texting.',
      'Pt {{exaggerates her low back pain}} at every visit.',
      { text: 'Her pain went from 4 to 9 when the form came out, and I decided she was {{exaggerating}} it.', mode: 'reflection' },
      'Suspect {{malingering}}; pain behaviours out of proportion to findings.',
      'Possible {{secondary gain}} given the pending lawsuit.',
      'Symptoms appear amplified for {{secondary-gain}} purposes given the pending lawsuit.',
      'Pt {{feigns}} sleep when therapy arrives.',
      '{{Symptom magnification}} noted throughout the FCE.',
      'Pt {{exaggerates pain}} with any light touch to the calf.',
      'Seems to {{exaggerate the limp}} when staff are watching.',
      '{{Hysterical}} when the w/c battery died in the parking lot.',
      'I think he is {{faking}} the weakness in his L hand.',
      'She is a bit of a {{hypochondriac}} about every new twinge.',
    ],
    clean: [
      'Putting on the knee brace took two attempts; pt independent after cueing.',
      { text: 'He was putting it on when I arrived, so I checked the strap.', mode: 'reflection' },
      { text: 'The leaflet exaggerates how quickly the steroids work.', mode: 'reflection' },
      'Sling on; putting it on for the physio took 5 min.',
      { text: 'The textbook chapter on malingering felt nothing like the people I met in clinic.', mode: 'reflection' },
      'Test of Memory Malingering within normal limits per neuropsychology.',
      'Exaggerated DTRs at both patellae (3+).',
      'Exaggerated lumbar lordosis in standing, consistent with hip flexor tightness.',
      'Exaggerated startle response to sudden noise, noted by neurology.',
      'TOMM administered by neuropsychology; results pending.',
      'Waddell nonorganic signs 1/5; pain rating consistent with gait findings.',
      'No evidence of malingering on validity testing.',
    ],
  },
});
