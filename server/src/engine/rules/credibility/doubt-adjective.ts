/**
 * cred.doubt-adjective — doubt words aimed at the patient's report or effort.
 */
import { defineRule } from '../define.ts';

/** What a patient gives: their history, account, report, effort. Not a disease, image or treatment. */
const TARGET =
  '@account|self-report|self-reports|self-reported|symptom_report/n|pain_rating/n|pain_report/n|pain_score/n|pain_level/n|pain_behavior/n|pain_behaviour/n|reported_pain|reported_symptom/n|reported_adherence|reported_compliance|reported_fall/n|reported_function|reported_limitation/n|adherence_report/n|adherence_log/n|compliance_report/n|compliance_log/n|version_of_events';
const DOUBT = '@doubt|implausible|far-fetched|hard_to_believe|difficult_to_believe|not_credible|not_believable|inconsistent_and_unreliable';
/** Hedging about a disease, image or treatment: "questionable fracture line", "PE doubtful". */
const DIAGNOSIS = 'fracture|lesion|mass|tear|pe|dvt|infection|diagnosis|dx|benefit|prognosis|imaging|x-ray|mri|ct|finding|findings|surgery';

/** The person's own: "his story", "pt's account". */
const OWN = "his|her|their|pt's|patient's|client's|the_patient's";
/** What a person tells or gives that can be doubted. */
const TOLD_THING = '@account|word|version|claim|claims|honesty|truthfulness|motives|motive|intentions|pain|symptoms|weakness';
/** After a doubted person: the end of the clause, or when and why ("doubted him when he said …", "doubt her at first"). */
const DOUBTED_PERSON_END = '.|,|;|:|!|?|-|—|when|because|since|as|about|on|and|but|though|at_first|initially|completely|a_bit|a_little|honestly|then|there|anymore|now|today';
/** The patient is the one doubting: their scepticism is their view, not the writer's disbelief. */
const PATIENT_DOUBTS = '... pt|patient|client|he|she|they|caregiver|family|mother|father|wife|husband';
/**
 * Others led to doubt the person, by a record or a label ("that told every later reader to doubt her", "made the team
 * doubt him"): a reflection naming what stigmatizing wording does, not the writer's own doubt.
 */
const OTHERS_LED = '... reader/n|readers|staff|team|everyone|everybody|people|others|clinician/n|provider/n|nurse/n|doctor/n|colleague/n to?';

/** Wording that made others doubt: "that made the next team doubt his account" (a reflection on what a label does). */
const CAUSED_DOUBT = '... made|makes|make|making|led|leads|caused|causes|told|tells|taught|invited|invites|primed|primes #any{0,5}';

/** ", which is (very)": a relative clause judging what came before it. */
const WHICH_IS = ', which|this is|was|seems|seemed|sounds|sounded|appears very|highly|rather|quite|somewhat?';

/** Understanding, knowing and remembering: what a person took in, which is not their honesty. */
const UNDERSTOOD = 'that? he|she|they|pt|patient|client #any{0,5} understood|understands|understand|knew|knows|know|remembered|remembers|remember|realized|realised|realizes|realises|grasped|grasps|followed|follows|heard|hears|processed|retained|retains';

export default defineRule({
  id: 'cred.doubt-adjective',
  family: 'credibility',
  severity: { clinical: 'info', reflection: 'warning' },
  message:
    '"{match}" questions the patient\'s honesty or effort rather than a finding. Record the patient\'s report and the measured findings side by side, and name a specific inconsistency only if it changes the plan.',
  contexts: { negated: 'silent' },
  // A reflection examining the writer's own doubt as a bias to undo ("I caught myself doubting his pain", "that one word
  // made me doubt her") is the insight the exercise asks for, not a judgment passed on the patient.
  defaults: { fix: 'none', notBefore: ["caught|catch|found|noticed myself|me", "made|makes|make|led|leads me|us to?", "i|we noticed|realized|realised|saw i|we was|were|had_been|'d_been"] },
  terms: [
    // Disbelief said outright: "I didn't buy her story about losing the Rx bottle", "nobody bought his excuse".
    {
      match: [
        "=I|we|team|staff didn't|did_not|don't|do_not|never|couldn't|could_not|wouldn't|just_didn't buy/v his|her|their|the|pt's|patient's story|excuse|explanation|account|version|reason|line",
        "nobody|no_one bought|buys his|her|their|the|pt's|patient's story|excuse|explanation|account|version|reason|line",
      ],
      message: '"{match}" records that the writer disbelieved the patient, which the next reader inherits. Record what the patient said and any finding that bears on it.',
      when: [],
      notAfter: ['at|from|in|book/n|books|time|card/n|cards'],
    },
    // The writer not believing the person: "I wasn't convinced she was in as much pain as she said", "not convinced he
    // is really trying". The person's own doubt ("she wasn't convinced the exercises would help") is their view, and a
    // diagnosis doubted ("not convinced it is a fracture") names no person after it.
    {
      match: "i|we|i'm|i_am|we're wasn't|weren't|was_not|were_not|not|never|am_not|remain_unconvinced? convinced|sure",
      after: ['that? he|she|they|pt|patient|client|his|her|their|him|them ...', 'by|of his|her|their|pt\'s|patient\'s|him|her|them'],
      // Nor what the person took in ("I'm not sure he really understood why the surgeon wanted him to lose weight"): a
      // question of teaching, not of honesty.
      // Nor the writer unsure of their own next step: "I wasn't sure whether accepting them was okay", "not sure what to say",
      // "whether to correct him" (any infinitive after "whether"/"if" is the writer's own choice).
      notAfter: ['that? he|she|they|pt|patient|client|his|her|their #any{0,5} would|will|should|could|can|needs|need|needed|was_the_right|is_the_right|diagnosis|fracture|infection', UNDERSTOOD, 'that? he|she|they #any{0,2} liked|like|likes|enjoyed|enjoys|minded|mind|minds|wanted|wants|appreciated|felt|feels|noticed|heard|knew|knows|remembered|remembers|agreed', 'whether|if =I|we|my|accepting|taking|going|giving|saying|asking|telling|it|this|to', 'what|how|where|when|which'],
      contexts: { negated: 'keep' },
    },
    // The writer not convinced by the person's account: "He insisted his sugars were fine, but I wasn't convinced until I saw the meter".
    { match: "=I|we wasn't|was_not|weren't|were_not|am_not|'m_not really? convinced", after: ['until|by_his|by_her|by_their|when_he|when_she|when_they', 'that? he|she|they|his|her|their #any{0,4} was|were|is|had|did|really|actually|fine|doing|telling'], contexts: { negated: 'keep' } },
    // The writer's own doubt as a predicate, aimed at what the person said or is: "I was dubious when he said he walked a
    // mile", "We were skeptical when she reported 10/10", "I remain doubtful that he is doing the HEP". The patient's
    // doubt ("Pt was dubious when I suggested the brace") has another subject, and a doubted diagnosis or treatment
    // ("I was doubtful that surgery would help") names no person after it.
    {
      // "I found myself skeptical of her pain" is the same predicate.
      match: "i|we|i'm|we're|i've|we've was|were|am|are|been|remain/v|felt|feel/v|stayed|grew|became|found_myself|find_myself|found_ourselves|find_ourselves? very|a_bit|a_little|somewhat|quite|pretty|rather|still|initially|honestly? [ dubious|doubtful|skeptical|sceptical|suspicious|unconvinced|incredulous|distrustful ]",
      after: [
        'when|as|because|since|once|after|whenever he|she|they|pt|patient|client|the_patient said|says|told|tells|reported|reports|claimed|claims|stated|states|insisted|insists|described|describes|rated|rates|swore|swears|promised|promises|explained|explains|mentioned|endorsed|denied|denies',
        'that? he|she|they|pt|patient|client #any{0,5} doing|does|did|was_in|is_in|really|actually|truly|honestly|took|takes|walked|walks|had|has|felt|feels|could|can|could_not|cannot|couldn\'t|can\'t',
        'of|about him|her|them|his|her|their|pt|patient|client',
        // What the person or their body did, or how bad they said it was: "I'm a bit dubious as she hopped off the plinth",
        // "I was doubtful his knee was as bad as he made out".
        'as|because|since|when he|she|they #any{0,2} hopped|jumped|ran|walked|got|laughed|managed|seemed|looked|was_fine|sat|stood',
        'that? his|her|their #word{1,2} was|is|were|are really|actually|as_bad|as_painful|that_bad|that_painful',
      ],
      notAfter: ['that? he|she|they|pt|patient|client|his|her|their #any{0,5} would|will|should|needs|need|needed|was_the_right|is_the_right|diagnosis|fracture|infection|surgery|benefit|help|helps|helped'],
      contexts: { negated: 'silent' },
    },
    // A relative clause doubting the account just named: "Per pt's account, which is doubtful, …", "his effort, which
    // seemed questionable"; "history of PE, which is doubtful" doubts the diagnosis, which sits right before the comma.
    { match: DOUBT, before: [`${TARGET} ,? which|that is|was|seems|seemed|sounds|appears|remains very|somewhat|highly|rather|quite?`] },
    // The same relative clause after what the person said: "Pt states eating 100% of meals, which is doubtful given
    // calorie counts". A reported diagnosis doubted ("reports hx of PE, which is doubtful") is hedging.
    {
      match: DOUBT,
      before: [WHICH_IS],
      when: ['speechInSentence'],
      notBefore: [`${DIAGNOSIS} ${WHICH_IS}`, `history|hx|pmh|h_/_o|dx of|for? #word{1,3} ${WHICH_IS}`],
    },
    // The writer's doubt stated of themself in answer to what the person said: "She said her pain was 10/10, so I was
    // skeptical" (not "I was skeptical of the new brace", which names its own object).
    // The writer's disbelief tacked onto the account: "She alleged the night staff had left her oxygen off, which I doubted".
    { match: ', which =I|we [ doubted|disbelieved|didn\'t_believe|did_not_believe ]', when: ['speechInSentence'] },
    // In the present only after a report already doubted ("He supposedly walks to the shops every day, which I doubt given his TUG").
    { match: ', which =I|we [ doubted|doubt ]', before: ['... supposedly|apparently|allegedly|reportedly|claims|claimed|insists|insisted'] },
    { match: 'i|we was|were|am|are|felt|feel|remained|stayed a_bit|somewhat|very|a_little|quite|rather? skeptical|sceptical|doubtful|unconvinced|suspicious', after: ['.|!|;|,|—|-|and|but|at_first|initially|though|because|as|since|given'], when: ['speechInSentence'] },
    // "He reports 10/10 pain, which is hard to believe": the same disbelief said of what the person reported (not
    // amazement at progress, which has no report in its sentence).
    { match: 'hard|difficult to believe', before: ['which|this|that is|was|seems|seemed|sounds|sounded very|rather|somewhat|a_bit|a_little?'], after: ['.|!|;|,|—|-|given|since|because|as|considering'], when: ['speechInSentence'] },
    // "…, so I doubt it", "but I doubt it": the writer's disbelief, in reply to what the person said.
    { match: 'i|we doubt/v it|that', after: ['.|!|?|;|,|—|-'], when: ['speechInSentence'] },
    // Or with what is doubted said: "so I doubt it was that bad", "I doubt it is as severe as she says".
    { match: 'i|we doubt/v it|that|this was|is|were|really_was as|that|so|really? bad|severe|painful|real|true|genuine|sore' },
    // The effort named with its test before the doubt: "Effort on MoCA questionable", "engagement in groups doubtful".
    { match: `[ ${DOUBT} ]`, before: ['effort|efforts|engagement|participation on|during|with|in|at #word{1,3} @be?'] },
    // "Questionable effort", "unreliable history", "dubious pain report"; "history of seizures" is hedging.
    { match: `[ ${DOUBT} ] pt's|patient's|his|her|their|subjective|verbal|reported|overall|the? ${TARGET}`, notAfter: ['of'] },
    // "Suspect pt is malingering" is the verb with its clause, the writer's hypothesis (which the label rules report).
    { match: `[ ${DOUBT} ] pt|patient|client|reporter|informant|narrator`, notAfter: ['-|historian', "is|was|'s|has|had|may|might|could|will|would|does|did|to"] },
    // "Of questionable veracity": doubt aimed at truthfulness itself; validity or reliability only of an account or effort.
    { match: '[ @doubt ] veracity|credibility|sincerity|honesty|truthfulness|motives' },
    { match: '[ @doubt ] validity|reliability|accuracy', before: [`... ${TARGET}`], notBefore: [`... ${DIAGNOSIS}|test|tests|study|studies|scale|instrument|measure|device|reading|readings`] },
    // The writer doubting the person's effort or adherence: "I doubt he is doing the exercises", "Doubtful that she does the HEP".
    { match: '[ doubt/v|doubtful ] that? pt|patient|he|she|they', after: ['hep|exercises|exercise|stretches|stretching|splint|brace|trying|tried|effort|honest|truthful|truth ...'] },
    // Doubting that the person feels what they report: "doubtful she is in that much pain", "I doubt he is really
    // hurting", "Doubtful that pt is actually unable to bear weight". A doubted disease ("doubtful she is in heart
    // failure", "I doubt he is really having a PE") is hedging.
    {
      match: '[ doubt/v|doubtful ] that? pt|patient|he|she|they',
      after: [
        "is|was|are|were|'s|feels|felt really|actually|truly|genuinely? in_that_much|in_as_much|in_so_much|in_much|in_pain|in_any_pain|hurting|that_weak|that_dizzy|that_tired|that_sore|as_weak|as_dizzy|as_sore|as_tired",
        "really|actually|truly|genuinely trying|doing|does|did|hurting|in_pain|unable|can't|cannot|fell|falls|feels|felt|takes|took|uses|used",
        "is|was|'s really|actually|truly|genuinely unable|weak|dizzy|tired|sore|numb",
      ],
    },
    // A bare verdict closing a sentence that reports what the person said: "States she does all of her exercises every
    // day—doubtful.", "Reports walking 2 miles daily; questionable." A doubted finding names it ("…; fracture doubtful").
    {
      match: 'doubtful|dubious|questionable|implausible|unconvincing|hard_to_believe|not_believable',
      before: ['—|–|-|;|:|,|.'],
      when: ['speechInSentence', 'lineEnds'],
    },
    // Suspicion aimed at the person or their account: "suspicious of her pain rating", "wary of his reported weakness";
    // "suspicious for/of malignancy" names no person.
    { match: '[ suspicious|distrustful|mistrustful|wary ] of|about', after: [`${OWN}|the_reported|reported ${TARGET}|@symptom|pain_rating/n|claims|claim|complaints|report/n`], notBefore: [PATIENT_DOUBTS] },
    { match: '[ suspicious|distrustful|mistrustful ] of|about', after: ['him|her|them ,|.|;|!|when|because|since|as'], notBefore: [PATIENT_DOUBTS] },
    // "Questionable reliability of history", "dubious accuracy of her account".
    { match: '[ @doubt ] validity|reliability|accuracy', after: [`of the|his|her|their|pt's|patient's|subjective|reported? ${TARGET}`] },
    // "Pt's story keeps changing", "his account kept shifting": inconsistency asserted instead of shown.
    { match: `[ story|stories|account|accounts|version|narrative keep/v|kept changing|shifting ]`, before: [`${OWN}|the|pt|patient`], notBefore: [] },
    // The writer doubting the person, or what they told: "I doubted him when he said …", "staff doubt her story",
    // "questioned his account of the fall". "Doubt PE", "I doubt her knee is fractured" hedge a diagnosis.
    { match: '[ doubt/v ] him|them', after: [DOUBTED_PERSON_END], notBefore: [PATIENT_DOUBTS, OTHERS_LED, '... noticed|realised|realized|caught_myself|found_myself|started_to|began_to'] },
    { match: '[ doubt/v ] her', after: [DOUBTED_PERSON_END], notBefore: [PATIENT_DOUBTS, OTHERS_LED, '... noticed|realised|realized|caught_myself|found_myself|started_to|began_to'] },
    { match: `[ doubt/v|question/v ] ${OWN} ${TOLD_THING}`, notBefore: [PATIENT_DOUBTS, CAUSED_DOUBT] },
    { match: `[ had|have|has|having my|our|some|serious|real doubts ] about|regarding|re ${OWN}|him|her|them|pt|patient`, notBefore: [PATIENT_DOUBTS] },
    // The person's own rating, named back as "the rating" or "the number": "rates pain 9/10 yet sat comfortably …, so the
    // rating is doubtful", "her rating of 10/10 is questionable". Only after the person rated something in the sentence,
    // so a test's score ("Berg score questionable", "MMT questionable secondary to pain") is not taken for one.
    {
      match: DOUBT,
      before: ['the|her|his|their|this|that|such_a|pt\'s|patient\'s rating|ratings|number|numbers of? #num? /? #num? is|was|are|were|seems|seemed|appears|appeared|sounds|remains|felt very|highly|rather|quite|somewhat|a_bit?'],
      when: ['selfRatingInSentence'],
    },
    // "History unreliable", "effort was questionable", "pain report … is doubtful given …": predicative.
    {
      match: DOUBT,
      // A symptom the patient reported ("reported numbness … is dubious") is their account too.
      before: [`... ${TARGET}`, '... reported|self-reported #word? @symptom'],
      // "history of PE doubtful" hedges a diagnosis; "history unreliable" doubts the account.
      notBefore: [`... ${DIAGNOSIS}`, '... history|hx of'],
      // "… is unreliable and shifts with each retelling": a second predicate follows.
      after: ['.|!|?|;|,|:|-|–|—', 'at_best|at_times|today|throughout|during|due|given|because|since|as|per|on|in|with|for|based|secondary|considering|overall|and|but|to_me|to_us|to_everyone|to_the_team'],
    },
    // The same in note style, with its object after "re:": "Skeptical re: reported chest pain" (a colon ends what a
    // neighbour may look across, so the object is part of the match).
    { match: `[ skeptical|sceptical|unconvinced|doubtful|dubious ] re|regarding :? reported|self-reported|pt's|patient's|his|her|their|the_reported #word? ${TARGET}|@symptom|pain|symptoms`, notBefore: [PATIENT_DOUBTS] },
    // The clinician's disbelief: "skeptical of his reported pain", "unconvinced by pt's account"; the
    // patient's own scepticism about a treatment is their view.
    {
      match: 'skeptical|sceptical|unconvinced|disbelieve/v|disbelief',
      // What the clinician doubts: the account, the person, or a symptom they report ("of the reported 10/10 pain").
      after: [`${TARGET}|reported|@symptom|pt|patient|client|pt's|patient's|client's|his|her|their|him|them|she|he|they ...`],
      // Someone else's scepticism ("his wife was skeptical when he said he would quit") is their view, reported.
      notBefore: ['... pt|patient|client|student|caregiver|family|mother|father|wife|husband|partner|spouse|son|daughter|sister|brother|parent|parents|mom|dad|friend|girlfriend|boyfriend'],
      // Doubt about a device or a treatment working ("skeptical that the new cushion would fix his sacral redness") names
      // the thing doubted first; a pronoun later in the clause is whose redness it is.
      notAfter: ['that|whether|if|about|of the|a|an|this|my|our|his|her|their new|old|current|custom|manual|power|gel|air? @thing|cushion|cushions|seat|wheelchair|walker|cane|orthosis|afo|kafo|prosthesis|dressing|dressings',
        // A treatment or procedure doubted as the right one ("skeptical of LVRS for him", "of surgery in his case").
        'of|about @intervention|#upper|surgery|an_operation|operating|transplant|transplantation|listing|ecmo|dialysis|chemo|chemotherapy|radiotherapy'],
    },
  ],
  docs: {
    summary: 'Doubt words aimed at the patient\'s report or effort ("questionable effort", "history unreliable", "skeptical of his pain").',
    why:
      'The source text asks clinicians to meet patients where they are and to treat them with respect; writing that a person\'s history is "unreliable" or their effort "questionable" records a judgment about their honesty instead of the data that prompted it. Doubt markers of this kind are more frequent in the records of Black patients and women, and the next clinician inherits the doubt. The measured values, placed next to what the patient said, carry the same information without the accusation.',
    prefer: '"Rates pain 9/10; completed 10 sit-to-stands with UE support", "grip CV 22% across 3 trials", "history limited by recall; collateral from caregiver".',
    exceptions: [
      'Diagnostic hedging about a disease, image or treatment ("questionable fracture line", "PE doubtful", "dubious benefit of surgery", "questionable history of seizures").',
      'The patient\'s own scepticism about a treatment ("pt skeptical that the brace will help").',
      '"Poor/unreliable historian", which cred.historian reports.',
    ],
    sources: ['S2', 'S3', 'S7'],
  },
  examples: {
    flagged: [
      '{{Skeptical}} re: reported chest pain, ECG unchanged from baseline.',
      { text: 'She said it was agony, but {{I was sceptical}} because she was laughing.', mode: 'reflection' },
      { text: 'She apparently cooks every evening, which I {{doubt}}.', mode: 'reflection' },
      { text: 'He told me the stairs were no trouble, which I {{doubted}}.', mode: 'reflection' },
      'Effort on MoCA {{questionable}}, scored 14/30.',
      { text: 'She said it was 9/10, so {{I doubt it was that bad}}.', mode: 'reflection' },
      { text: "He insisted his sugars were fine at home, but {{I wasn't convinced}} until I saw the meter.", mode: 'reflection' },
      { text: 'Honestly I was {{doubtful}} his knee was as bad as he made out.', mode: 'reflection' },
      { text: "She reported 9/10 pain but I'm a bit {{dubious}} as she hopped off the plinth with no trouble.", mode: 'reflection' },
      { text: 'I was {{skeptical}} that she is really doing the HEP.', mode: 'reflection' },
      { text: 'I found myself {{skeptical}} of her pain because she was laughing on the phone.', mode: 'reflection' },
      { text: 'Honestly {{I didn\'t buy her story}} about losing the Rx bottle.', mode: 'reflection' },
      { text: 'His effort on the dynamometer seemed {{questionable}} to me.', mode: 'reflection' },
      'Pt reports walking 2 miles daily, which seems {{doubtful}} given her 6MWT of 180 m.',
      { text: 'He said his pain was 10/10 while laughing with friends, so {{I was skeptical}}.', mode: 'reflection' },
      'Reports walking 3 miles daily, which is {{hard to believe}} given her 6MWT of 180 m.',
      'His effort, which seemed {{questionable}}, improved with cueing.',
      '{{Questionable}} effort during grip testing; values inconsistent across trials.',
      'History {{unreliable}}; pt gave two different dates for onset.',
      '{{Unreliable}} patient, onset date differs between visits.',
      'I remain {{skeptical}} of his reported pain level of 8/10.',
      'Team is {{unconvinced}} by the reported weakness, as grip was 5/5 when distracted.',
      'Reported dizziness on standing is {{doubtful}} since orthostatic vitals were normal.',
      'His reported back pain is {{implausible}} given his gait in the hallway.',
      'Pain report of 10/10 is {{doubtful}} given pt was laughing in the waiting room.',
      'Her account of how the fall happened is {{dubious}}.',
      'Her story is inconsistent and of {{questionable}} veracity.',
      'I {{doubt}} he is doing the exercises.',
      '{{Doubtful}} that she does the HEP at all.',
      'Effort during MMT was of {{questionable}} validity; values varied by 40%.',
      'I {{doubted}} him when he said he could not feel the cold pack.',
      'Staff {{doubted}} her story about the fall.',
      "Pt's account of the injury is {{unreliable}} and shifts with each retelling.",
      { text: '{{I was not convinced}} he was really trying on the bike.', mode: 'reflection' },
      { text: 'He says he walks daily, but {{I doubt it}}.', mode: 'reflection' },
      { text: 'I was {{skeptical}} when she told me she had done every exercise twice a day.', mode: 'reflection' },
      { text: 'We were {{doubtful}} when he reported falling three times, since his gait was steady.', mode: 'reflection' },
      { text: "Honestly I'm {{suspicious}} when she says the pain is 10/10 and she is on her phone.", mode: 'reflection' },
      { text: 'I remain {{unconvinced}} that he is really using the CPAP every night.', mode: 'reflection' },
      'I am {{dubious}} about his account of the fall given the bruising pattern.',
      'Reports pain out of proportion, {{doubtful}} he is in as much pain as he says.',
      'I {{doubt}} she is really hurting; sat comfortably for 40 min.',
      '{{Doubtful}} that pt is actually unable to bear weight; seen walking to the bathroom.',
      'I {{doubt}} he is that dizzy, as he walked to the car unaided.',
      'Says he walks two miles a day; {{questionable}}.',
      'Pt reports doing the HEP twice daily — {{doubtful}}.',
      'Told me she walks to church every Sunday, {{hard to believe}}.',
      'Rates pain 9/10 yet laughing with visitors; the rating seems {{questionable}}.',
      'Her rating of 10/10 is {{questionable}} given she slept through the night.',
      'Pt rated fatigue 8/10 at rest, but the number is {{dubious}} since she walked 600 ft without a break.',
    ],
    clean: [
      { text: 'The letter called her a "poor historian", and I noticed how quickly I started to doubt her because of it.', mode: 'reflection' },
      { text: 'I called him by his first name and he laughed, but I\'m not sure he liked it.', mode: 'reflection' },
      'Skeptical re: the need for a repeat CT; discussed with radiology.',
      { text: 'The surgeon was skeptical of TAVI for him given his frailty score.', mode: 'reflection' },
      { text: "I wasn't convinced the new inhaler technique video was clear, so we practised together.", mode: 'reflection' },
      { text: 'I\'m not sure he really understood why the surgeon wanted him to lose weight first.', mode: 'reflection' },
      { text: 'I was skeptical that the new cushion would fix his sacral redness, and the pressure map proved me wrong.', mode: 'reflection' },
      { text: 'We bought the story book for the waiting room.', mode: 'reflection' },
      { text: 'The label in the chart made every nurse doubt her.', mode: 'reflection' },
      { text: 'She kept calling me sweetheart, and I was not sure whether to say something.', mode: 'reflection' },
      { text: 'After reading the triage note I caught myself doubting her pain, and I went back to listen again.', mode: 'reflection' },
      'Pt reports a hx of DVT, which is doubtful per the negative duplex.',
      'Suspect pt is having a TIA; neuro checks q1h.',
      { text: 'I wasn\'t sure whether accepting the card was okay, so I asked my CI.', mode: 'reflection' },
      { text: 'I was skeptical of the new brace at first.', mode: 'reflection' },
      { text: 'It is hard to believe how far she has come since the ICU.', mode: 'reflection' },
      'History of PE, which is doubtful, per outside records.',
      { text: "She wasn't convinced the exercises would help.", mode: 'reflection' },
      { text: "I wasn't convinced the diagnosis was right.", mode: 'reflection' },
      'I doubt it is a fracture; x-ray deferred.',
      'Questionable fracture line on the lateral view; radiology to repeat imaging.',
      'PE doubtful per the medical team given a normal D-dimer.',
      'Dubious benefit of serial casting was discussed with pt, who chose to continue night splints.',
      'Pt skeptical that the night splint will help but agreed to a 2-week trial.',
      'Effort was not questionable; values consistent across three trials.',
      'The study is of questionable validity for adults over 80.',
      'Doubtful that he will need surgery; repeat imaging in 6 weeks.',
      'Readings of questionable accuracy because of motion artifact.',
      'I doubt her knee is fractured; X-ray ordered.',
      'Pt doubts the brace will help but will try it.',
      'History of PE doubtful and not supported by imaging.',
      { text: 'Pt was dubious when I suggested the night splint, so we trialled it in clinic first.', mode: 'reflection' },
      { text: 'I was doubtful that surgery would help her, and the surgeon agreed.', mode: 'reflection' },
      { text: 'I was skeptical of the new protocol until I read the trial.', mode: 'reflection' },
      { text: 'His wife was skeptical when he said he would quit smoking, and he asked for patches.', mode: 'reflection' },
      { text: 'I was not suspicious when she said she had fallen; the bruising matched her account.', mode: 'reflection' },
      'We are doubtful he will need the second stage of the repair.',
      'Doubtful she is in heart failure; BNP normal.',
      'I doubt he is really having a PE; Wells score 0.',
      'Pt states the pain started after a fall; fracture doubtful.',
      'Pt reports sore throat — strep doubtful, rapid test negative.',
      'Reports a rash after amoxicillin; true allergy doubtful.',
      'Pt asked if the scan was dubious.',
      'Pt rated pain 3/10; MMT questionable secondary to pain.',
      'Rates pain 4/10; Berg score questionable because she held the rail.',
      'Rated pain 7/10 with stairs; rating of perceived exertion unreliable on metoprolol, so HR and talk test used.',
      { text: 'I rated her hip abductors 3/5, but my rating was questionable since I am still learning MMT.', mode: 'reflection' },
    ],
  },
});
