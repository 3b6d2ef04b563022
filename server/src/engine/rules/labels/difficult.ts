/**
 * label.difficult — global "difficult patient" labels.
 */
import { defineRule } from '../define.ts';
import type { TermDefaults } from '../../terms/terms.ts';
import { AIMED_AT, COPULA, PERSON_COPULAS, SELF_DESCRIBED } from './shared.ts';

const MESSAGE =
  'A global label such as "{match}" describes your experience of the person, not what happened. Describe the specific behaviour, the circumstances and what the person needed.';
/** Labels that another label may be coordinated with ("demanding and entitled"). */
const COORDINATED = 'difficult|demanding|entitled|needy|manipulative|manipulator|rude|hostile|uncooperative|argumentative|challenging|@putDown';
/** Whom a label is pinned on: "difficult patient", "demanding family". */
const TARGET = '@person|@labelTarget';
/** Age and stage words that may stand between a label and its person ("difficult old man"). */
const AGE = 'old|older|elderly|young|younger|little|new|teenage|middle-aged';
/** An article and the intensifiers that go with a noun label ("a total nightmare", "such a handful"). */
const A_REAL = 'a|an|such_a|a_bit_of_a total|real|absolute|complete|utter|right|proper|little?';
/**
 * What makes a "difficult patient …" a task or an event, not a person: "difficult patient transfer", "a challenging family
 * meeting" (the meeting was hard, whoever was in it).
 */
const TASK = 'transfer/n|positioning|handling|lift/n|move/n|access|airway|intubation|setup|set-up|population/n|scenario/n|encounter_simulation|care_plan/n|meeting/n|conference/n|discussion/n|conversation/n|dynamics|encounter/n|update/n';
/** A manipulator that is an instrument: "the uterine manipulator", "a Hulka manipulator". */
const INSTRUMENT = 'uterine|vaginal|cervical|robotic|mechanical|surgical|tissue|bowel|fan|laparoscopic|hulka|zumi|kronner|rumi|#cap #word?';
/** A label is predicated of a person when it follows a person and a copula, or opens a verbless fragment. */
const PREDICATED: TermDefaults = { notBefore: ['physically|cognitively|mentally|metabolically|technically|energetically|emotionally|financially|economically', 'a|an|the|handout|video|article|book|paper|leaflet|brochure|program|programme|course|class|chapter|section|form #word?', SELF_DESCRIBED],
  notAfter: ['to|"|“|\'', 'physical|mental|cognitive|emotional|athletic|families|children|kids|households|communities|populations|people|task/n|job/n|work|schedule/n|course/n|program/n|programme/n|workload|semester|activity/n|sport/n|exercise/n|day/n|week/n|role/n|position|situation|environment|physically',
  // A demand's clause ("demanding that he be seen"), not a time ("needy that first night").
  'that =I|we|you|he|she|they|it|the|his|her|their|staff|pt|patient|someone|somebody|everyone|everybody|nurses|nursing', 'of time|energy|effort|strength|endurance|concentration|resources', 'of the #word system', '#any{1,4} set/n|interval/n|intervals|protocol/n|session/n|workout/n|circuit/n|drill/n|drills|program/n|programme/n|task/n|tasks|exercise/n|exercises|routine/n|schedule/n|rotation/n|placement/n'] };

/** Where the person is, between them and the label: "family at bedside demanding updates", "pt on the phone rude to …". */
const WHERE = 'at_bedside|at_the_bedside|at_bs|in_room|in_the_room|in_bed|at_the_desk|at_the_front_desk|at_the_nurses\'_station|at_the_nursing_station|at_nursing_station|on_the_phone|on_phone|in_the_hall|in_the_hallway|in_the_lobby|in_triage|again|today|tonight|this_am|this_pm';

export default defineRule({
  id: 'label.difficult',
  family: 'labels',
  severity: { clinical: 'warning', reflection: 'warning' },
  message: MESSAGE,
  terms: [
    // An age or stage word may stand between the label and the person: "a grumpy, difficult old man".
    { match: `difficult|challenging|problem|problematic|troublesome|nightmare|impossible ${AGE}? ${TARGET}`, notAfter: [TASK] },
    // The label as a noun after a person and a copula: "Wife is a total nightmare", "he is a real handful".
    { match: `${A_REAL} [ nightmare|handful ]`, before: PERSON_COPULAS, notAfter: ['of'] },
    // British and US intensified "pain" for a person: "Pt being a right pain again", "she is a royal pain". Plain "a pain"
    // is too often the symptom; the idioms are never.
    { match: 'a|an|such_a right|real|total|absolute|complete|royal|proper [ pain ]', before: PERSON_COPULAS, notAfter: ['in|with|on|at|to|for|of|relief|management|score|scale|level|levels|control|medication|meds|#num'] },
    { match: 'a|an|such_a right|real|total|absolute|complete|royal|proper? [ pain_in_the_neck|pain_in_the_arse|pain_in_the_ass|pain_in_the_butt|pain_in_the_backside ]', before: PERSON_COPULAS },
    { match: 'problem|nightmare case/n', notAfter: [TASK] },
    // The person equated with a problem: "Student is a behaviour problem in PE", "he is a real discipline problem";
    // "has behaviour problems at school" describes what happens and stays silent.
    { match: `${A_REAL} [ behaviour|behavior|behavioural|behavioral|discipline|attitude|management problem ]`, before: PERSON_COPULAS },
    {
      // "Pt was difficult today", "the family has been challenging"; not "transfers were difficult".
      match: 'difficult|challenging',
      before: PERSON_COPULAS,
      notAfter: ['to|for|task/n|transfer/n|position/n|exercise/n|activity/n|terrain|surface/n|condition/n|balance|environment/n|case/n|time/n|day/n|week/n|session/n|conversation/n|decision/n|question/n|situation/n|diagnosis|course|period|news|access|airway|intubation'],
    },
    // Opening a note's fragment, the person its unwritten subject: "Very rude and argumentative w/ staff during the screen".
    { match: 'very|so|really|quite|extremely|incredibly|increasingly rude|disrespectful|demanding|entitled', after: ['and|,|to|with|w_/_|towards|toward'], notAfter: ['to_be|of_me|of_us|to_keep|to_leave|to_interrupt|to_ask|to_say|to_refuse|to_ignore|to_not|not_to'], when: ['opensSentence'] },
    // Manipulation of people as the verb: "She manipulated her mum and the nurse, playing them off against each other".
    // Not a joint or a limb manipulated in therapy.
    { match: 'manipulate/v|manipulated|manipulating|manipulates her|his|their|the mum|mom|dad|parents|family|carers|staff|nurse|nurses|team|doctors|doctor|team|us|everyone', when: ['personSubject'] },
    { match: 'manipulate/v|manipulated|manipulating|manipulates us|me|everyone|staff|the_staff|the_team|the_nurses', when: ['personSubject'] },
    // The person as a burden on staff: "The family were really hard work", "he is high maintenance". Not a task ("the stairs
    // were hard work for her", "hard work on the bike").
    { match: 'hard_work|heavy_going|hard_going|high_maintenance|high-maintenance', before: PERSON_COPULAS, notAfter: ['for|to|at|on|with_the|because|today_on|doing|climbing|walking|getting'] },
    // A later clause of a fragment about the person: "Pt refusing NIV and being difficult, mask off x4 overnight".
    { match: 'difficult|obstructive', before: ['and|, being|been @degree{0,2}'], when: ['personSubject'], notAfter: ['to|for|about|with_the|task/n|transfer/n|airway|intubation|wean/n|access'] },
    {
      match: 'challenging behaviour/n|behavior/n',
      message: '"{match}" is a service term in intellectual-disability care, but it still labels. Describe what happened, what preceded it and what helped.',
      severity: 'info',
    },
    { match: `[ demanding|entitled ] ${TARGET}|attitude|behaviour/n|behavior/n|manner|personality|nature`, ...PREDICATED },
    // "Needy families", "needy children" are people in poverty; "needy patient" is the label.
    { match: '[ needy ] pt|patient|client|resident|woman|man|lady|guy|gentleman|girl|boy|kid|family|mother|mom|dad|father|wife|husband|daughter|son|caregiver|attitude|behaviour/n|behavior/n|manner|personality|nature', ...PREDICATED },
    // The superlative ranks the person among patients: "one of the neediest patients I have had". "The neediest
    // families in the county" are still people in poverty, so only a patient word after it.
    { match: 'obnoxious|obnoxiously|obnoxiousness', notBefore: ['@neg'], when: ['personSubject'] },
    // A time-waster: "a total time-waster".
    { match: 'time-waster/n|timewaster/n|time_waster/n', notBefore: ['@neg'], notAfter: ['of|for'] },
    // "used to getting their own way": a verdict on the family's entitlement.
    { match: ['used_to getting|having his|her|their own way', 'always|has_to|must|wants_to get|have his|her|their own way'], notBefore: ['@neg'] },
    { match: '[ neediest|needier|rudest|ruder|most_demanding|more_demanding|most_difficult|most_entitled|most_manipulative ] ,|and? #word? pt|pts|patient|patients|client|clients|resident|residents', ...PREDICATED, notBefore: [PREDICATED.notBefore![0]!] },
    // "Pt very demanding of staff", "Pt is needy and entitled", "Demanding today; …"
    { match: 'demanding|entitled|needy|rude|disrespectful', before: PERSON_COPULAS, ...PREDICATED },
    { match: 'demanding|entitled|needy|rude|disrespectful', before: [COPULA], when: ['personBefore'], ...PREDICATED },
    // A later clause of a fragment chain about the person: "Elderly pt had a tantrum at check-in, needy re: wait time".
    // "Demanding" is left out here: after a comma it is as often a thing's verb ("a large wound, demanding daily care").
    { match: 'needy|entitled|rude|disrespectful', when: ['clauseFragment'], ...PREDICATED, notAfter: [...PREDICATED.notAfter!, '@person|@relative|students|population/n|area/n|community|communities|neighbourhood/n|neighborhood/n'] },
    // With its result clause: "she was so needy that I started dreading her call light" ("demanding that …" alone is the verb).
    { match: '[ demanding|entitled|needy|rude|disrespectful|difficult ] that', before: ["@person|@labelTarget|he|she|they|he's|she's|they're @be? so"] },
    // The person named earlier in the clause, by age or by role: "The 16-year-old was so rude that I struggled".
    { match: '[ demanding|entitled|needy|rude|disrespectful|difficult ] that', before: ['@be so'], when: ['personBefore'] },
    { match: 'demanding|entitled|needy', before: ['@degree|at_times|a_bit|can_be'], when: ['sentenceStart'], ...PREDICATED },
    // Note style drops the copula: "Pt entitled and rude to staff", "Patient needy, calls every hour", "Wife very
    // demanding of the aides". The label follows the person word that opens the sentence.
    // Any person word does ("Student demanding a same-day MRI"), and so does one already labelled ("Entitled student
    // demanding …", "Rude pt demanding meds").
    { match: 'demanding|entitled|needy|rude|disrespectful', before: [`${COORDINATED}? ,? @person|@labelTarget @degree|at_times|often|always|increasingly{0,2}`], when: ['sentenceStart'], ...PREDICATED },
    // With where the person is between them and the label, the person word itself is the subject: "Ugh, family at
    // bedside demanding updates again".
    { match: 'demanding|rude|disrespectful', before: [`pt|patient|client|resident|@labelTarget ${WHERE} @degree|at_times|often|always|increasingly{0,2}`], ...PREDICATED, when: [] },
    // Rudeness is aimed at someone: "rude to staff", "disrespectful to the aide" ("entitled to", "demanding to do" are not).
    { match: `[ rude|disrespectful ] to|towards|toward ${AIMED_AT}`, before: [...PERSON_COPULAS, `pt|patient|client|resident|@labelTarget @degree{0,2}`, `${COORDINATED} ,? and|or|,`,
      // Only a person is "being rude to the night staff", whatever the subject ("The STEMI in 4 is being really rude"), and
      // a fragment's joined clause keeps its unwritten subject ("Threw a tantrum … and was very rude to the nurse").
      'being @degree{0,2}', 'and|, was|is|became|got @degree{0,2}', 'again|overnight|today and|, @degree{0,2}'], notBefore: [SELF_DESCRIBED] },
    { match: 'demanding|entitled|needy', when: ['sentenceStart'], ...PREDICATED, notBefore: ['#word'] },
    // Praise, then the label the note means: "Pleasant enough but quite demanding about appointment times".
    { match: 'demanding|entitled|needy|high-maintenance', when: ['praiseThenBut'], notAfter: PREDICATED.notAfter },
    // Intensified, the label is said of someone earlier in the sentence: "the dad was a nightmare, so entitled and …".
    { match: 'entitled|demanding|needy', before: ['so|very|really|incredibly|extremely|quite|super|such|totally'], when: ['personOrRelativeInSentence'], notAfter: ['to|that|of_a|of_an|for|on'] },
    // Distress read as a bid for attention: "crying just to get attention", "self-harming for attention". (Not a call bell
    // or a need that calls for attention: "wound needs attention". After "faking" or "exaggerating" the attribution is
    // the one finding label.malingering already gives.)
    { match: 'just|only|purely|all? for|to_get|to_gain|to_seek attention', before: ['... crying|screaming|wailing|moaning|shouting|acting_out|playing_up|performing|self-harming|cutting|scratching|banging'] },
    // Requests framed as a nuisance: "pestering reception daily", "a right pest on the buzzer".
    { match: 'pestering|pesters|pestered|badgering|badgers|badgered|hounding|hounded|nagging', when: ['personSubject'], notAfter: ['#word? control|birds|pigeons|insects|mice|rats|wasps|infestation|me_to|us_to'], notBefore: ['@clinician|nurse|nurses|doctor|doctors|staff|team|i|we|mum|mom|dad #any{0,3}'] },
    { match: 'a|such_a|real|right|total|absolute pest', when: ['personSubject'] },
    // A later clause of a subjectless chain: "Pt refused epidural, then demanding one at 9 cm".
    { match: '[ demanding ] one|it|them|that|this|more|another|his|her|their|pain|meds|medication|updates|attention|food|a|an|the|extra|additional|further|constant|repeated|endless|water|drinks|analgesia|oramorph|opioids|discharge|answers|to_be_seen|to_see|to_speak|hourly|daily|frequent|regular|immediate|instant|urgent|explanations|another|a_second', when: ['clauseFragment', 'personSubject'] },
    // "Demanding" as the verb of a person's scene: "wife on the phone demanding to speak to the attending", "pt at the desk
    // demanding to see the doctor", "Demanding to leave". "The task is demanding to perform" is about a task.
    {
      match: '[ demanding ] to speak|see|talk|know|leave|go|be_seen|be_discharged|be_transferred|have|get|sign_out',
      when: ['personInClause'],
      notBefore: ['... it|task/n|job/n|work|activity/n|exercise/n|program/n|course/n|role/n', 'physically|mentally|cognitively|emotionally|more|less|most|too|very|quite'],
    },
    // A label by reputation: "Known to be difficult", "has a reputation for being demanding", "considered challenging".
    // "Known to be difficult to intubate" and "considered difficult airway" are about a task.
    {
      match: 'difficult|challenging|demanding|needy|entitled',
      before: ['known_to_be|known_for_being|reputation_for_being|reputation_of_being|reputation_as|considered|deemed|notoriously @degree?'],
      notAfter: ['to|for|airway|intubation|access|case/n|task/n|transfer/n|terrain|surgery|procedure/n|anatomy|dissection|exposure'],
    },
    // Before the person: "a demanding patient", "an entitled wife", "rude family" (not "needy families", a term for poor
    // households, nor "a demanding job").
    { match: '[ demanding|entitled|rude|disrespectful ] @person|@labelTarget', notBefore: [PREDICATED.notBefore![0]!] },
    { match: '[ needy ] patient|pt|client|resident|man|woman|gentleman|lady|wife|husband|mother|father|mom|dad|daughter|son|family|caregiver', notBefore: [PREDICATED.notBefore![0]!] },
    // Coordinated with another label: "Difficult pt, demanding and entitled."
    { match: 'demanding|entitled|needy|difficult|challenging|rude|disrespectful', before: [`${COORDINATED} ,? and|or|,`], ...PREDICATED },
    // With a softener, after another label of the person: "She's a poor historian and kind of difficult".
    { match: 'demanding|entitled|needy|difficult|rude|disrespectful', before: [`historian|${COORDINATED} ,? and|or|, kind_of|sort_of|a_bit|a_little|somewhat|pretty|quite|very|really|so|a_tad`], ...PREDICATED },
    { match: 'high-maintenance', notAfter: ['device/n|equipment|chair/n|wheelchair/n|w_/_c|battery|batteries|dressing/n|wound/n|garden/n|car/n|vehicle/n|system/n|item/n|cushion/n|mattress|splint/n|orthosis|prosthesis'] },
    { match: ['attention -? seeking', 'attention -? seeker/n'], message: 'Calling behaviour "{match}" assigns a motive. Describe what the person did and what they may have needed (reassurance, information, company).' },
    {
      // With the misspellings fast typing gives ("manipulitive").
      match: 'manipulative/a|manipulitive|manipulatve|maniplative',
      message: 'Calling someone "{match}" assigns a motive. Describe the behaviour and its effect ("asked three staff members the same question about the schedule").',
      notBefore: ['orthopedic|orthopaedic|osteopathic|chiropractic|spinal|joint|fine-motor|manual'],
      notAfter: ['therapy|therapies|therapist/n|physical|physio|physiotherapy|physiotherapist/n|treatment/n|technique/n|skill/n|task/n|play|activities|activity|abilities|ability|object/n|toy/n|medicine|procedure/n|practitioner/n|manual|care|intervention/n|approach|course|training|dexterity|@instrument'],
    },
    {
      match: 'manipulate/v the|his|her|their|other? staff|team|family|parent/n|mother|father|mom|dad|nurse/n|therapist/n|provider/n|clinician/n|doctor/n|others|people|caregiver/n|everyone|us|me|situation|system',
      message: 'Saying someone "{match}" assigns a motive. Describe what they did and its effect.',
    },
    { match: ['trouble -? maker/n', 'troublemaker/n'] },
    // The person nouns and the nouns of the labels above: "a manipulator who …", "his neediness".
    {
      match: 'manipulator/n',
      message: 'Calling someone "{match}" assigns a motive. Describe the behaviour and its effect.',
      notBefore: [INSTRUMENT],
      notAfter: ['arm/n|was|were|is|placed|inserted|in|into|through|used|removed|device/n|handle/n|#num|#cap'],
    },
    // After a word that grades the person, even capitalised at the start: "Classic manipulator, splitting staff".
    { match: 'classic|real|total|master|expert|skilled|proper|right|serial [ manipulator/n ]', message: 'Calling someone "{match}" assigns a motive. Describe the behaviour and its effect.' },
    // Attention-seeking said as a purpose: "pressing buzzer just to get attention".
    { match: 'just|only|purely|simply to get|for|seek attention', when: ['personSubject'] },
    // The writer's own verdict: "honestly I found him hard work too".
    { match: '=I|we found|find him|her|them|the_patient|the_family hard_work|heavy_going|a_nightmare|a_handful|exhausting|draining|impossible|a_pain|difficult|challenging|tiresome|annoying|irritating' },
    // GP slang for a patient who leaves the clinician dispirited: "a heartsink patient".
    { match: 'heartsink|heart-sink|heart_sink', notAfter: ['rate|moment|feeling'] },
    { match: 'neediness|needily|demandingness' },
  ],
  // "Not demanding" labels nobody; a label someone else used ("caregiver says he is demanding") is passed on at info.
  contexts: { negated: 'silent', relative: 'info', other: 'silent' },
  docs: {
    summary: 'Global "difficult patient" labels: difficult/challenging/problem patient or family, demanding, entitled, needy, rude, high maintenance, attention-seeking, manipulative (manipulator, manipulatively), neediness, troublemaker.',
    why:
      'The source text describes care as a partnership in which the clinician meets the patient where they are. A label such as "difficult" or "demanding" records the clinician\'s frustration instead of what the person did or needed, and it travels: later readers meet the label before they meet the person. Studies of clinical notes found "difficult patient" language more often for patients with disabilities, the very people the Naren case asks us to serve well, and patients who read such words in their notes report feeling judged.',
    prefer: 'The behaviour, the context and the need: "asked about the wait time three times; stated worry about missing class", "family calls the clinic daily with questions about the HEP; scheduled a call-back".',
    exceptions: [
      'Task difficulty: "difficult transfer", "difficult IV access", "difficult airway", "transfers were difficult", "difficult to understand".',
      'Exercise challenge: "challenging standing balance tasks", "dual-task challenge".',
      'Manual therapy and fine motor terms: "Grade V manipulation", "manipulation under anesthesia", "object manipulation", "manipulative therapy"; instruments ("uterine manipulator").',
      '"Physically demanding", "demanding schedule", "entitled to benefits", a handout "entitled …", "financially needy".',
      'Negated uses ("not demanding") and attributed quotations, such as a reflection quoting a chart it critiques.',
      'A label in a clause about a relative or caregiver ("caregiver says he is demanding", "family is very demanding") is reported at info.',
    ],
    sources: ['seed', 'S2', 'S4', 'S7', 'S9', 'S10', 'S12', 'S13'],
  },
  examples: {
    flagged: [
      { text: 'Lewis M. was so {{entitled}} about being seen first.', mode: 'reflection' },
      'Threw a tantrum when told discharge was delayed and was very {{rude}} to the nurse in charge.',
      'The man in bay 4 is being really {{rude}} to the night staff.',
      'Bed 14 refusing obs again and {{rude}} to staff, keeps pressing the buzzer.',
      { text: 'My mentor said the lady in bay 1 is a right {{handful}}.', mode: 'reflection' },
      '{{Very rude}} and argumentative w/ staff during custody health screen.',
      { text: 'She {{manipulated her mum}} and the nurse, playing them off against each other.', mode: 'reflection' },
      { text: 'The family were really {{hard work}} this week.', mode: 'reflection' },
      'Pt declining NIV and being {{difficult}}, mask off x4 overnight.',
      'Pleasant enough but quite {{demanding}} about appointment times.',
      '{{Obnoxious}} to the night team about visiting.',
      'Mrs. Cole was really {{rude}} on the phone.',
      'A total {{time-waster}} according to the crew.',
      { text: 'You could tell the family were {{used to getting their own way}}.', mode: 'reflection' },
      { text: 'The man in bed 12 was a real {{nightmare}} about his nebs.', mode: 'reflection' },
      'Crying on the corridor {{just to get attention}} per night staff.',
      'Pt {{pestering}} staff for discharge.',
      'The dad was rude and so {{entitled}}.',
      { text: 'My preceptor warned me he was a {{heartsink}} patient before I even met him.', mode: 'reflection' },
      { text: 'Classic {{manipulator}}, splitting staff on the obs ward.' },
      { text: 'Pt pressing buzzer {{just to get attention}}.' },
      { text: 'Staff find him difficult, and honestly {{I found him hard work}} too.', mode: 'reflection' },
      { text: 'Pt being a right {{pain}} again.' },
      { text: 'She was {{needy}} that first night, calling us in every twenty minutes.', mode: 'reflection' },
      'He was honestly just {{rude}} to everyone, including the housekeeper.',
      { text: 'I said she was {{rude}} and I regret it.', mode: 'reflection' },
      { text: 'She was one of the {{most demanding}}, {{entitled}} patients I have had.', mode: 'reflection' },
      { text: 'She\'s a poor historian and kind of {{difficult}}, so the visit ran over.', mode: 'reflection' },
      'Pt yelled at check-in, {{needy}} re: wait time.',
      { text: 'The 17-year-old was so {{rude}} that the visit ended early.', mode: 'reflection' },
      'Impatient student {{demanding}} a same-day MRI before his exam.',
      'Dad was {{rude}} to the interpreter on the phone.',
      'Pt demanding and {{rude}} to day shift about the TV remote.',
      'Pt was {{rude}} to night shift when vitals were taken.',
      { text: 'He was one of the {{rudest}} patients on my list.', mode: 'reflection' },
      'He was frankly {{rude}} to every aide on the unit.',
      'Pt declined the 0600 labs, then {{demanding}} them at noon.',
      'Son at the desk {{demanding}} to see the chart again.',
      { text: 'Honestly he was so {{needy}} that I hid in the med room.', mode: 'reflection' },
      'Heads up: the 3pm is very {{demanding}}, book a double slot.',
      { text: "Honestly she's really {{rude}} to the aides.", mode: 'reflection' },
      'Pt {{manipulitive}}, asks each nurse for the same PRN.',
      { text: 'Honestly he was a {{demanding}} patient all week.', mode: 'reflection' },
      'Wife {{rude}} to the ward clerk about parking.',
      'His son was {{rude}} to the night nurse about visiting hours.',
      { text: 'She came across as {{demanding}} at first.', mode: 'reflection' },
      'He is a real {{discipline problem}} in class.',
      '{{Difficult patient}}; asked about the wait time three times before the session.',
      'Family is very {{demanding}} and calls the clinic daily.',
      'Pt very {{demanding}} of the night-shift aides.',
      'Honestly she was one of the {{neediest}} patients I have had on this rotation.',
      'Pt was very {{rude}} with the aide at check-in.',
      'Pt can be {{manipulative}} when scheduling.',
      'Known to be {{high maintenance}}; book a double slot.',
      '{{Attention-seeking}} behaviour in the gym.',
      '{{Challenging family}}; mother disputes every recommendation.',
      'Pt is {{needy}} and {{entitled}}, expects the 8 am slot every week.',
      'A real {{troublemaker}} on the rehab unit.',
      { text: 'Honestly he was a {{problem patient}} and I dreaded Tuesdays.', mode: 'reflection' },
      'Pt was {{difficult}} throughout the session.',
      'She is a real {{manipulator}} with the scheduling desk.',
      'Behaved {{manipulatively}} when the slot was moved.',
      'Her {{neediness}} at every visit wears the team down.',
      'Husband is a real {{nightmare}}; calls the desk hourly.',
      'He can be a bit of a {{handful}} on the unit.',
      'A {{difficult elderly patient}} per the night staff.',
      'Rude, {{demanding}} and {{entitled}} at the front desk.',
      'Pt needy and {{difficult}} with the evening staff.',
      'Wife on the phone {{demanding}} to speak to the attending.',
      'Pt {{entitled}}, expects a private room and meals on request.',
      'Patient {{needy}}; rings the call bell every 15 minutes.',
      'Wife very {{demanding}} of the night aides.',
      'Pt was {{rude}} to the nurse when the tray was late.',
      'Daughter {{disrespectful}} toward staff at the bedside.',
      'Pt demanding and {{rude}} to the receptionist.',
    ],
    clean: [
      { text: 'I worried I was being rude to the nurse by interrupting.', mode: 'reflection' },
      { text: 'Very rude to be late, I know, so I apologised to the family.', mode: 'reflection' },
      'Manipulated her shoulder under anaesthetic; ROM improved to 150 degrees.',
      'The stairs were hard work for her; two rests needed.',
      { text: 'She was afraid of being difficult and asked twice before ringing the bell.', mode: 'reflection' },
      { text: 'The placement was lovely but demanding.', mode: 'reflection' },
      { text: 'Pressing buzzer for toileting help; call bell within reach, 2-hourly rounding started.' },
      { text: 'Pt reports a real pain in the R hip on weight bearing.' },
      { text: 'Her pain is a real pain to manage at night.' },
      { text: 'His wife handed me a card and I took it so I wouldn\'t seem rude.', mode: 'reflection' },
      'The clinic serves a low-income area, needy families mostly.',
      'A difficult family conference was held with palliative care.',
      'Demanding hill-walking circuit today, RPE 14, no pain.',
      'A demanding job and two kids at home.',
      'The lens fragment was split with a manipulative hook through the side port.',
      'Has behaviour problems at school per mother; referred for ABA.',
      'Needy families receive food boxes from the clinic.',
      'The pantry serves the neediest families in the county.',
      'That diagnosis was a rude awakening for him.',
      'Pt felt staff were rude to her at the front desk.',
      'Demanding physical job as a roofer; lifts 50 lb.',
      'Difficult IV access per nursing; therapy moved to the afternoon.',
      'Sliding-board transfer to the low mat was difficult because of a 4-inch height difference.',
      'Progressed to challenging standing balance tasks: tandem stance on foam, 3 x 30 s.',
      'Grade V manipulation to L4-5 deferred given reduced bone density.',
      'Fine-motor object manipulation: picks up coins with a lateral pinch.',
      'Manipulation under anesthesia is scheduled for the L knee next week.',
      'Pt finds the full lab day physically demanding and plans rest breaks.',
      'Pt is entitled to 20 visits under the current plan.',
      { text: 'The chart called her "difficult", which shaped how staff approached her.', mode: 'reflection' },
      'Pt not demanding; waited patiently while the chair was charged.',
      'A uterine manipulator was placed for positioning.',
      'The manipulator arm was draped and docked.',
      'His therapist is demanding of herself, per her supervisor.',
      'Pt is a handful of years past the trial cut-off.',
      'Pt reports a recurring nightmare about the accident.',
      'Gait slow and difficult on the ramp.',
      'He finds it demanding to walk the length of the hall.',
      'Pt entitled to 12 home health visits this episode.',
      'Patient demanding physical job; returns to work Monday.',
      'Pt reports the staff were rude to her at the front desk.',
      'Pt not rude to staff today; apologised for yesterday.',
      'She thought it would be rude to leave before the end of group.',
    ],
  },
});
