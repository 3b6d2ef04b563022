/**
 * desc.positive-evaluative — compliments that are not clinical data.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';

/** Other words for a pleasant manner ("amiable", "personable"), said of the person. */
const PRAISE_MORE = 'amiable|affable|personable|likeable|likable|gracious|endearing|congenial|genial|good-natured|goodnatured|easygoing|easy-going|charismatic';
/** Manners that are an observation alone but praise once intensified ("really polite", "so friendly"). */
const MANNERS = 'polite|courteous|respectful|friendly|well-mannered|gracious|kind|agreeable';
const PRAISE = `pleasant|pleasent|lovely|delightful|charming|sweet|sweet-natured|sweet_natured|cute|nice|wonderful|lovable|adorable|sweetest|nicest|loveliest|${PRAISE_MORE}`;
/** The praise words but "nice", which also praises work ("nice job"). */
const PRAISE_PERSON = `pleasant|pleasent|lovely|delightful|charming|sweet|cute|wonderful|lovable|adorable|sweetest|nicest|loveliest|${PRAISE_MORE}`;
/** Words that can sit between the praise word and the person noun: "pleasant 20 yo male", "lovely young woman". */
const BRIDGE =
  'and|,|very|so|such|a|an|really|quite|extremely|young|old|older|elderly|little|#num|yo|y|/|o|year|years|yr|-|cooperative|motivated|engaged|alert|chatty|talkative|friendly|polite|retired|ex|former|university|college|grad|graduate|high|school|=AA|african|american|caucasian|hispanic|asian|white|black|' +
  // Other describing words a one-liner strings before the person: more praise ("well-kept, well-spoken woman") and
  // the person's condition ("a sweet little demented lady").
  'well|spoken|dressed|groomed|kept|articulate|educated|pleasant|lovely|delightful|charming|sweet|nice|kind|warm|demented|confused|frail|forgetful|deaf|blind|disabled|tiny|petite|quiet|shy|soft-spoken|' +
  // Body size, build and diagnoses a one-liner strings between the praise and the person ("Very pleasant morbidly obese
  // female", "a lovely tall diabetic man"), marital status ("sweet married couple"), and housing, work or legal status
  // ("Pleasant homeless vet c/o …").
  'obese|morbidly|severely|overweight|heavyset|heavy-set|thin|slim|slender|tall|short|diabetic|hypertensive|paraplegic|tetraplegic|quadriplegic|hemiplegic|aphasic|nonverbal|married|widowed|divorced|single|pregnant|homeless|unhoused|uninsured|undocumented|incarcerated|unemployed|medicaid|medicare|self-pay|' +
  // The service or kind of patient ("Delightful geri pt", "pleasant new ortho patient", "lovely longtime client").
  'geri|geriatric|peds|ortho|neuro|psych|cardiac|rehab|post-op|postop|new|regular|longtime|long-time|established|muslim|jewish|hindu|sikh|christian|catholic';
/** Praise before a person noun, or before an age that stands for the person ("a pleasant 45 yo who …"). */
const PERSON_AFTER = [
  `${BRIDGE}{0,8} @person|@occupation`,
  'and|,|very|young|old|older|elderly{0,3} #num -? yo|y_/_o|year-old|yr-old',
  // Or its shorthand with the sex stuck on: "Pleasant 78F admitted with CAP".
  'and|,|very|young|old|older|elderly{0,3} #agesex',
  // Casual words for a person: "a sweet old geezer", "a lovely old fella".
  'old|little|young|elderly|older{0,2} geezer|codger|fella|fellow|chap|gal|dude|duck|soul|gent|gents',
  // Two people praised together ("such a sweet couple"), and the old or little person as a pet word ("sweet old dear").
  `${BRIDGE}{0,3} couple|couples|twosome`,
  'old|little|young{1,2} dear|darling|thing|things',
  // The family graded the same way ("Lovely family at the bedside", "pleasant wife, very involved"); not a family
  // meeting, history or photo, so the relative ends the phrase.
  `${BRIDGE}{0,3} @relative|members at|in|.|,|;|!|and|who|is|are|was|were|present|visiting|here|came|arrived|involved|members`,
];
/** After a predicate praise word the sentence moves on: punctuation, a conjunction, or a time phrase. */
const PREDICATE_END = [
  '.|,|;|:|!|)|—|–|and|but|with|toward|towards|throughout|today|during|though|although|who',
  // "So charming that I almost forgot his vitals": a result clause after the praise.
  'that =I|we|you|everyone|staff|the',
  'from day_one|day_1|the_start|the_beginning|the_outset',
  // Praise for how the person is to be with: "lovely to chat with", "delightful to visit", "pleasant to get to know".
  'to work|treat|see|have|talk|chat|speak|visit|interact|teach|know|get|spend|the|staff|everyone|others|me|us|her|him|them|front',
  'to be around',
  'in clinic|session|therapy',
  'for a|an',
  'in the session',
  // The moment the judgment was formed ("Unpleasant on approach", "Pleasant upon arrival", "Unpleasant when approached").
  'on|upon|at|when first? approach|approached|arrival|arriving|admission|entry|contact|presentation|greeting|introduction|interview|triage|intake|registration',
  // Or the way it was met: "Unpleasant on the phone to the HF nurse", "rude over the phone".
  'on|over the? phone|telephone',
  'as always',
  'at all times',
  // The occasions it held on: "so pleasant at every weigh-in", "lovely during each session".
  'at|in|during|for every|each|all|our|my|her|his|their visit/n|visits|session/n|sessions|appointment/n|appointments|appt/n|appts|weigh-in/n|weigh-ins|check-in/n|check-ins|meal/n|meals|treatment/n|treatments|class/n|classes|group/n|encounter/n|encounters|lesson/n|lessons',
];
/**
 * How the person took something: "she was lovely about it", "so sweet about the delay". Only after the praise words:
 * "she was really kind about it" reports how someone responded, a manner the writer observed.
 */
const PRAISE_END = [...PREDICATE_END, 'about it|that|this|everything|the|being|having'];
const NOT_PERSON =
  'cadence|gait|rhythm|pace|posture|alignment|swing|arc|curve|motion|movement|quality|sound|weather|day|weekend|surprise|surprised|taste/n|smell/n|odor/n|odour/n|flavor/n|flavour/n|music|view|experience|change|environment|room|spot|touch|temperature|walk|drive|conversation|chat|visit|session|time|outing|trip|job|work|try|gain/n|improvement|progress|form|technique|effort|pattern|stride|sensation|feeling|result/n';
const INTENSIFIER = 'very|highly|extremely|so|super|really|incredibly|quite|exceptionally|well';
/** "Easy to work with": the person graded on how easy they are for staff. */
/** An expectation held beforehand: "thinking they would be", "I assumed she'd be". */
const EXPECTED = "... thinking|thought|assumed|assuming|expected|expecting|figured|imagined #any{0,6} would|'d|might be";
const EASY = 'easy|easier|easiest to work_with|treat|deal_with|care_for|get_along_with';
/** Wound words that "clean-cut" describes ("clean-cut laceration edges"). */
const CUT_THING = 'laceration/n|edge/n|margin/n|wound/n|incision/n|cut/n|resection/n|fracture/n|line/n|border/n';

const MESSAGE =
  'A compliment about the person ("{match}") is not clinical data, and who gets one is uneven. Record what you observed instead ("engaged throughout; asked about tilt settings").';
const COOPERATIVE =
  '"{match}" as praise grades the person on how easy they are for staff. Describe participation instead ("participated in all transfer trials").';
const MOTIVATED = {
  match: 'motivated',
  message: '"{match}" on its own is praise, not data. Name the goal that drives the person ("wants to sit through full lab sessions by May") or drop it.',
  notAfter: ['to|by|for|about|toward|towards|in|re|regarding|because|:', 'and|, has|with|wants|goal'],
};

/**
 * A praise word about the person, not the weather, a taste or a smell: before a person noun or an age, or
 * as the predicate of a person subject or of a fragment ("Pleasant and cooperative."), then the sentence moves on.
 */
function aboutPerson(term: Omit<Term, 'match'> & { match: string }, notAfter: string[], ends: string[] = PREDICATE_END): Term[] {
  const t = { ...term, notAfter: [NOT_PERSON, `,|and #word ${NOT_PERSON}`, ...notAfter], unless: [...(term.unless ?? []), 'moodField' as const] };
  return [
    { ...t, after: PERSON_AFTER },
    { ...t, when: [...(t.when ?? []), 'fragmentStart'], after: ends },
    { ...t, when: [...(t.when ?? []), 'fragmentStart'], notAfter: [...t.notAfter, '#any'] },
    { ...t, when: [...(t.when ?? []), 'praisedSubject'], after: ends },
    { ...t, when: [...(t.when ?? []), 'praisedSubject'], notAfter: [...t.notAfter, '#any'] },
  ];
}

const UNPLEASANT = {
  match: 'unpleasant',
  message: '"{match}" is a judgment of the person that the next reader inherits. Describe the behaviour and its context ("raised voice when the session ran late").',
};
const UNPLEASANT_NOT = ['sensation/n|side_effect/n|symptom/n|memory|memories|paresthesia/n|tingling|pressure|news'];

const terms: Term[] = [
  ...aboutPerson({ match: PRAISE_PERSON, message: MESSAGE }, [], PRAISE_END),
  ...aboutPerson({ match: 'nice', message: MESSAGE }, ['job|work|to_see|to_meet|to_hear']),
  // A second predicate of a person subject ("Ms. V was the oldest woman on the ward and so sweet"): the praise follows
  // "and so", "but very", and the sentence moves on or ends; not a thing that comes first ("the tea was hot and so sweet").
  // Or set off by a comma: "She was my favourite patient this week, so nice and so easy to work with".
  ...[{ after: PREDICATE_END }, { notAfter: [NOT_PERSON, '#any'] }].map((end): Term => ({
    match: `${PRAISE_PERSON}|nice`,
    message: MESSAGE,
    before: ['and|but|, so|very|really|quite|incredibly|extremely|always|genuinely'],
    when: ['personSubject'],
    unless: ['thingSubject', 'moodField'],
    notBefore: ['... taste/n|food|tea|coffee|juice|drink/n|fruit|dessert/n|cake/n|cookie/n|candy|smell/n|weather|music|view|room|garden/n|day|it|that|this'],
    ...end,
  })),
  // Praise before a pet name that stands for the person: "Lovely dear, 71, here for R knee OA f/u".
  { match: `[ ${PRAISE_PERSON} ] dear|darling|sweetie|sweetheart|honey|doll|angel`, message: MESSAGE, after: [', (? #int'], when: ['opensSentence'] },
  // Set off after the person in a one-liner: "58 yo Haitian female, very sweet, presents for f/u of R TKA".
  { match: `very|so|really|extremely|quite|incredibly? [ ${PRAISE_PERSON} ]`, message: MESSAGE, before: ['@person|female|male|#agesex ,'], after: [',|;|.|and'], unless: ['moodField'] },
  // A note's closing fragment after a semicolon: "here for R ankle sprain; very pleasant." (the person is the subject).
  ...[{ after: PRAISE_END }, { notAfter: [NOT_PERSON, '#any'] }].flatMap((end): Term[] => [
    { match: `[ ${PRAISE_PERSON} ]`, message: MESSAGE, before: [';'], unless: ['moodField'], notAfter: [NOT_PERSON], ...end },
    { match: `very|so|really|extremely|quite|always|incredibly [ ${PRAISE_PERSON} ]`, message: MESSAGE, before: [';'], unless: ['moodField'], notAfter: [NOT_PERSON], ...end },
  ]),
  // "Clean-cut and respectful": looks as praise of character; not "clean-cut laceration edges".
  ...aboutPerson({ match: 'clean-cut|wholesome', message: MESSAGE }, [CUT_THING, `,|and #word{0,2} ${CUT_THING}`]),
  // "Unpleasant" is a negative judgment: info in clinical notes, warning in reflections.
  ...aboutPerson({ ...UNPLEASANT, severity: 'info', unless: ['reflection'] }, UNPLEASANT_NOT),
  ...aboutPerson({ ...UNPLEASANT, severity: 'warning', when: ['reflection'] }, UNPLEASANT_NOT),
  // Manners are shown to someone: "so polite to all of us", "really friendly with the staff".
  ...aboutPerson({ match: `very|so|really|extremely|super|incredibly|exceptionally|always|such_a ${MANNERS}`, message: MESSAGE }, [], [...PREDICATE_END, 'to|with everyone|everybody|all|us|me|staff|the|her|his|my|our|other']),
  // The intensifier reaches over "and" to the manner: "so well-groomed and polite that I almost forgot …".
  ...[{ after: PREDICATE_END }, { notAfter: ['#any'] }].map((end): Term => ({
    match: MANNERS,
    message: MESSAGE,
    // Only over other praise or grooming: "very hard of hearing and polite" intensifies the hearing, not the manner.
    before: [`very|so|really|extremely|super|incredibly|exceptionally|always well|-|groomed|dressed|spoken|kept|mannered|${PRAISE}|${MANNERS}|charming|calm|articulate|cooperative|engaged{1,3} and|,`],
    when: ['personSubject'],
    unless: ['thingSubject', 'moodField'],
    ...end,
  })),
  // "Articulate young man": a compliment before the person, often a coded one; "speech articulate" is a finding.
  { match: 'articulate|well-spoken|well-educated|well-read|intelligent', message: MESSAGE, after: PERSON_AFTER, notAfter: [NOT_PERSON] },
  // "Very articulate", "so well-spoken": intensified, it is praise of the person, not a speech finding.
  { match: `${INTENSIFIER}|remarkably|surprisingly [ articulate|well-spoken|eloquent|intelligent|well-educated|well-read ]`, message: MESSAGE, notBefore: ['... speech|language|voice|dysarthria|slp|articulation'], unless: ['labelledField'] },
  // "Highly motivated for PT", "very motivated and engaged": intensified, motivation is praise of the person; a goal
  // named after it ("highly motivated to return to work") is the data the reader needs.
  { match: 'highly|very|extremely|so|super|really|incredibly|exceptionally motivated', message: MOTIVATED.message, notAfter: ['to|by|because|:|about'], notBefore: ['@relative|family|team|staff|@clinician @be|@adverb{0,2}'], when: [], unless: ['labelledField'] },
  // "A great guy", "a good egg": casual praise of the person.
  { match: 'a|such_a|what_a|really_a great|good|wonderful|lovely|sweet|nice|fine guy|gal|kid|egg|sport|dude|fella|fellow|chap|soul', message: MESSAGE },
  // Idioms of praise: "sweet as pie", "good as gold".
  // "Good as gold" is praise for a child, which dignity.endearments reports; it is not reported twice.
  { match: 'sweet|good|nice|pleasant|lovely as pie|sugar|honey', message: MESSAGE, when: ['personSubject'] },
  // "The easiest patient I had all week": ranking the person by how easy they are for staff. "Favourite" is left
  // out: in a reflection it names the writer's own feeling, which reflective writing is meant to examine.
  // "which makes him an easy patient": graded by how little work the person is.
  { match: 'a|an|such_an|such_a easy|easy-going|low-maintenance|no-trouble patient|pt|client|resident', message: MESSAGE, notAfter: ['to|for|with|population|group|list|caseload'] },
  { match: 'easiest|nicest|sweetest|loveliest|most_pleasant|most_cooperative|most_compliant ,|and? most_#word? @person', message: MESSAGE, notAfter: ['outcome/n|care|practice/n|experience/n|safety|education|to|for|at|population/n|group/n'] },
  // Praise joined to praise: "He was so cooperative and lovely compared to some of the others".
  { match: `[ ${PRAISE_PERSON} ]`, before: ['so|very|really|such|always cooperative|compliant|polite|pleasant|easy|lovely|nice|sweet|chatty|friendly|grateful|charming and|&'], when: ['personSubject'], message: MESSAGE },
  // "Pleasantly confused" — a pleasant manner paired with a finding.
  { match: 'pleasantly', message: 'Describe the finding without the compliment ("{match}"): "oriented to person only; calm and conversational".', notAfter: ['surprised'] },
  // "A pleasure to work with", "is a delight"; not "it was a pleasure to meet you" or "a joy to watch".
  {
    // Caring for the person is the same frame ("It was a pleasure to care for Mrs. A", "a joy taking care of him").
    match: '[ a|an real|absolute|true|total? pleasure|delight|joy|gem|treasure|sweet_lady|sweet_man|sweet_girl|sweet_boy ] to_work_with|to_treat|to_have|to_see|working_with|treating|having|seeing|to_care_for|caring_for|to_take_care_of|taking_care_of|to_look_after|looking_after|to_participate_in_the_care_of|participating_in_the_care_of|to_be_involved_in_the_care_of|being_involved_in_the_care_of',
    message: MESSAGE,
  },
  // Praise that grades the upbringing: "Delightful teen, a credit to her parents".
  { match: 'a|an real|absolute|total? credit to his|her|their parents|family|mum|dad|mother|father|mom', message: MESSAGE },
  // The person graded as pleasant to care for: "Lovely lady, very pleasant to look after", "so nice to talk to".
  { match: '[ very|so|really|always|such? pleasant|nice|lovely|delightful ] to_look_after|to_care_for|to_work_with|to_talk_to|to_nurse|to_treat|to_have_on_the_ward', message: MESSAGE },
  // The same ranking with words that are praise only in this frame ("a treat to work with", "a dream to treat").
  { match: '[ a|an real|absolute|total? treat|dream|breeze ] to_work_with|to_treat|to_have|working_with|treating', message: MESSAGE },
  // "Easy to work with": the person graded on how easy they are for staff; not a device or a program.
  // Not an expectation the writer held and goes on to examine ("I went into placement thinking the high-functioning
  // clients would be easier to work with, and that assumption fell apart").
  { match: EASY, message: MESSAGE, notBefore: ['@neg|not_very|not_so|never_very', EXPECTED], when: ['personSubject'], unless: ['thingSubject'] },
  { match: EASY, message: MESSAGE, notBefore: ['@neg|not_very|not_so|never_very'], when: ['fragmentStart'], unless: ['thingSubject'] },
  // A pet name said of the person ("is a sweetheart", "such a sweetie") is dignity.endearments' finding, the family the
  // labelled sets put it in; reporting it here too would give one phrase two findings.
  {
    match: 'a|an real|absolute|true|total|little|big? pleasure|delight|joy|gem|treasure|sweet_lady|sweet_man|sweet_girl|sweet_boy',
    message: MESSAGE,
    notBefore: ['it|this|that is|was?'],
    // "A sweetheart retractor", "a Doll eye": the word names a tool or sign, not the person.
    notAfter: ['@instrument|eye/n|eyes|sign/n'],
  },
  {
    match: ['well-groomed|well-dressed', 'nicely|smartly|immaculately|impeccably|beautifully dressed|groomed|turned_out', 'well_put_together', 'well -? turned_out'],
    message: 'Grooming judgments (good or bad) such as "{match}" are uneven and rarely clinical. If appearance matters, describe it specifically.',
  },
  // "Well-kept, well-spoken woman": said of a home too ("Home well-kept"), so only before the person.
  {
    match: 'well-kept|well-kempt|well-presented|well-turned-out|beautifully_made_up|perfectly_made_up|immaculately_made_up',
    message: 'Grooming judgments (good or bad) such as "{match}" are uneven and rarely clinical. If appearance matters, describe it specifically.',
    after: PERSON_AFTER,
  },
  // Or as the predicate of a person: "He was well-kept and surprisingly articulate" (not "Home well-kept").
  {
    match: 'well-kept|well-presented|well-turned-out',
    message: 'Grooming judgments (good or bad) such as "{match}" are uneven and rarely clinical. If appearance matters, describe it specifically.',
    before: ['he|she|they|pt|patient|client|resident|@person @be|looked|looks|appeared|appears|seemed|seems always|very|so|quite|really|remarkably|surprisingly{0,2}'],
    unless: ['thingSubject'],
  },
  // "A model patient": grading the person on how easy they are for staff.
  { match: 'model|ideal|perfect|star|dream|exemplary @person', message: MESSAGE, notBefore: ['animal|mouse|mice|rat|computational|statistical|simulated|standardized|standardised'] },
  // ("Such a dear", "a doll": pet names, which dignity.endearments reports.)
  { match: 'a|an real|absolute|true|total? peach|treat|hoot', message: MESSAGE, when: ['personSubject'], before: ['@be|such|what|quite|just'], notAfter: ['#word'] },
  // "cooperative" as praise: intensified or paired with another compliment.
  { match: 'very|so|extremely|really|quite|always|super|most|incredibly|exceptionally|highly cooperative', message: COOPERATIVE },
  { match: 'co-operative', message: COOPERATIVE, before: [`${PRAISE}|polite|friendly|compliant ,|and|&`, 'very|so|really|highly|extremely motivated ,|and|&', `${PRAISE}|polite|friendly old|older|young|elderly|little? @person ,|and|&`] },
  // "Alert, cooperative with exam, NAD", "oriented and cooperative with the evaluation": cooperative with the care, after
  // whatever findings lead the line, grades how easy the person was for staff. Not staff or an agency cooperating
  // ("school staff cooperative with the therapy schedule"), nor a "Behavior:" field.
  {
    match: '[ cooperative ] with the|all|his|her|their|today\'s? exam|exams|examination|evaluation|eval|assessment|session|therapy|treatment|tx|care|tasks|testing|interview|procedure|procedures|cares',
    message: COOPERATIVE,
    notBefore: ['-|non|un|not|never|minimally|poorly|partially|intermittently', '... @relative|family|families|team|staff|police|agency|insurer|school|employer'],
    unless: ['labelledField'],
  },
  // "Pt remains cooperative", "Cooperative with exam."; not "cooperative play" or a "Behavior:" field.
  ...[{ when: ['fragmentStart' as const] }, { when: ['praisedSubject' as const] }].flatMap((lead): Term[] => [
    { ...lead, match: 'cooperative', message: COOPERATIVE, notBefore: ['-'], unless: ['labelledField'], after: ['.|,|;|:|!|)|—|–|and|but|with|throughout|today|during|for|in|on|at|when|while', 'as always'] },
    { ...lead, match: 'cooperative', message: COOPERATIVE, notBefore: ['-'], unless: ['labelledField'], notAfter: ['#any'] },
  ]),
  // "Highly motivated." is praise without content; "motivated to return to campus by Sept" is a prognostic factor.
  { ...MOTIVATED, before: [`${INTENSIFIER} -?`], after: [...PREDICATE_END, ...PERSON_AFTER] },
  { ...MOTIVATED, before: [`${INTENSIFIER} -?`], notAfter: [...MOTIVATED.notAfter, '#any'] },
  { ...MOTIVATED, after: PERSON_AFTER },
  { ...MOTIVATED, before: [`${PRAISE}|cooperative|polite|friendly ,|and|& very|highly?`], after: PREDICATE_END },
  { ...MOTIVATED, before: [`${PRAISE}|cooperative|polite|friendly ,|and|& very|highly?`], notAfter: [...MOTIVATED.notAfter, '#any'] },
];

export default defineRule({
  id: 'desc.positive-evaluative',
  family: 'descriptors',
  severity: { clinical: 'hint', reflection: 'info' },
  // Chart wording quoted to be examined ('the H&P opened with "pleasant 70-year-old," and I wondered what that word
  // added') is mentioned, not used.
  defaults: { unless: ['quotedWording'] },
  terms,
  docs: {
    summary: 'Compliments that are not clinical data: "pleasant", "lovely", "sweet", "a pleasure to work with", "well-groomed", "very cooperative", "highly motivated".',
    why:
      'Praise seems harmless, but studies of notes found compliments such as "pleasant" and "cooperative" given unevenly across patients, which makes their absence a signal too. They grade the person on how easy they are for staff rather than recording what happened. The source text asks for respect and professionalism in every interaction; a note serves the person best with observations ("engaged throughout; asked about tilt settings for long lectures"). "Unpleasant" is the same judgment in the other direction and is reported more strongly.',
    prefer: 'What you observed: "engaged throughout", "followed 3-step commands", "asked about tilt settings"; motivation with its content: "motivated to return to campus classes by September".',
    exceptions: [
      'Pet names said of the person ("is a sweetheart", "such a dear"): dignity.endearments reports those, once.',
      'The patient\'s own words about their mood in an attributed quotation ("mood \'pretty good\'").',
      'Motivation documented with its content ("motivated to return to campus by Sept").',
      '"Pleasant" about something other than a person ("pleasant weather", "pleasant taste"), and "pleasantly surprised".',
      '"Cooperative" on its own in a labelled behaviour or mental-status line, and noun senses ("cooperative play").',
    ],
    sources: ['S2', 'S4', 'S6', 'S9', 'S12'],
  },
  examples: {
    flagged: [
      'Delightful teen, {{a credit to her parents}}, manages her stoma independently.',
      '{{Lovely}} lady, {{very pleasant}} to look after.',
      { text: 'He was {{so polite}} to all of us, even on the bad days.', mode: 'reflection' },
      { text: 'The man in bay 5 was actually {{really pleasant}} to talk to.', mode: 'reflection' },
      { text: 'He was so cooperative and {{lovely}} compared to some of the others.', mode: 'reflection' },
      { text: 'He always does his exercises, which makes him {{an easy patient}}.', mode: 'reflection' },
      'Mrs Osei was {{lovely}} and chatted about her grandchildren.',
      '{{Well-kempt}} older gentleman attending with his daughter.',
      'She\'s {{lovely}}, asked after the other patients.',
      { text: '{{Pleasant}} Muslim lady, attends with husband, low mood since miscarriage.' },
      { text: '{{Sweet}} elderly gent, a pleasure to look after.' },
      { text: '{{Charming}} retired headteacher, wife is a GP in town.' },
      { text: 'She was my favourite this week, so {{nice}} and so easy to talk to.', mode: 'reflection' },
      '{{Pleasant}} Medicaid pt in for 6-month recall.',
      { text: 'She was so {{pleasant}} at every weigh-in.', mode: 'reflection' },
      { text: 'She was so {{cute}}, and she always thanked me.', mode: 'reflection' },
      'Pt is a {{charming}} retired pastor, wife very supportive of HEP.',
      '58 yo female, very {{sweet}}, presents for f/u of R TKA.',
      { text: 'Honestly she was the {{sweetest, most delightful patient}} on my caseload.', mode: 'reflection' },
      'Here for R ankle sprain; very {{pleasant}}.',
      { text: 'She was {{lovely}} about it, even though the session ran late.', mode: 'reflection' },
      { text: 'He was so {{well-groomed}} and {{polite}} that I almost forgot why he was there.', mode: 'reflection' },
      '{{Delightful}} geri pt from the adult day program, here for med review.',
      '{{Pleasant}} uninsured woman here for wound check.',
      '{{Pleasant}} 66M seen for R TKA follow-up.',
      '{{Pleasant}} wife at the bedside, asking about the home program.',
      'Pt is {{very motivated}} for the home program.',
      'She is {{a real gem}} with the staff.',
      '{{Articulate}}, kind older man here for a refill.',
      'He was so {{charming}} that I almost forgot to take his vitals.',
      'The gentleman in room 2 is confused again; he is a {{sweet}} old geezer.',
      '{{Unpleasant}} on approach; raised voice at triage.',
      'Pt was {{pleasant}} on arrival to the gym.',
      'Very {{intelligent}} young woman, here for a second opinion.',
      'Pt (R TKA, POD 2) was {{cooperative}}.',
      'The man in bed 4 (78 yo) was very {{pleasant}} today.',
      'Extremely motivated and {{a treat}} to work with.',
      'Very compliant and {{easy to work with}}.',
      'Retired banker, very {{articulate}}, here for a second opinion.',
      '{{Well-kept}}, {{well-spoken}} woman seen with her husband.',
      { text: 'He was {{a nice guy}}, {{clean-cut}} and respectful.', mode: 'reflection' },
      { text: 'A {{sweet}} little demented lady who kept asking for her husband.', mode: 'reflection' },
      'Very {{sweet}} gentleman, {{cooperative}} with all tasks.',
      '{{Pleasant}} 20 yo male seen for R calf strain.',
      '{{Lovely}} young woman, very engaged in the session.',
      'Pt is {{delightful}} and always on time.',
      { text: 'He was {{delightful}} to chat with during the transfers.', mode: 'reflection' },
      'Pt presented as well-groomed and {{pleasant}}.',
      '{{Lovely}} to see her walking again!',
      'Such a {{sweet}} patient.',
      '{{A pleasure}} to work with.',
      '{{Well-groomed}}, arrived in his power w/c with his backpack.',
      'Pt {{pleasant}} and {{cooperative}} throughout.',
      '{{Highly motivated}}.',
      'Pt remains {{cooperative}} and {{pleasant}}.',
      'Alert, {{cooperative}} with exam, NAD.',
      'A&O x3, {{cooperative}} with the evaluation, follows 2-step commands.',
      'Awake and oriented, {{cooperative}} with all tasks this session.',
      'It was {{a pleasure}} to care for Mr. Osei during his admission.',
      'It was {{a pleasure}} taking care of her this week.',
      'It has been {{a pleasure}} participating in the care of Ms. Li.',
      'It was {{a pleasure}} treating him during this episode of care.',
      '{{Pleasantly}} confused older woman seen for gait training.',
      { text: 'Pt was {{unpleasant}} to the front-desk staff.', mode: 'reflection' },
      'Pt {{amiable}} and talkative throughout.',
      '{{Personable}} young man who works in IT.',
      '{{Nicely dressed}} and on time.',
      'A {{model patient}}, always does her HEP.',
      'She is {{a real peach}}.',
      '{{Articulate}} retired engineer seen for a second opinion.',
      'He was {{really polite}} and thanked everyone.',
      'She was {{sweet as pie}} all week.',
      'By far the {{easiest patient}} on my list.',
      'Pt is a very {{nice}} retired teacher.',
      'He is {{a great guy}} and jokes with staff.',
      'Such a {{sweet}} couple, married 60 years.',
      'Very {{pleasant}} morbidly obese female; fat distribution android.',
      '{{Lovely}} tall diabetic man seen for foot care.',
      'Such a {{charming}} old couple, they finish each other\'s sentences.',
      '{{Sweet}} old dear, always asks about my kids.',
      'Pt is a {{sweet}} little thing, 92 and sharp as a tack.',
      { text: 'Ms. V was the oldest woman on the ward and so {{sweet}}.', mode: 'reflection' },
      'He was quiet at first and very {{pleasant}} with the students.',
      'Pt arrived late and really {{lovely}} with the students.',
    ],
    clean: [
      { text: 'I went into placement thinking the older clients would be easier to work with, and that assumption fell apart.', mode: 'reflection' },
      'Weather warm; pleasant day for the walk outside.',
      { text: 'She was really kind about it when I ran late.', mode: 'reflection' },
      'He is very hard of hearing and polite; uses a pocket talker.',
      { text: 'The referral opened with "pleasant older gentleman," and nothing about how he walks.', mode: 'reflection' },
      'Lovely family photos on the windowsill; pt named each grandchild.',
      'The sweetheart retractor was repositioned over the liver edge.',
      'Alert, minimally cooperative with exam due to pain.',
      'School staff cooperative with the therapy schedule this term.',
      'Behavior: cooperative with exam, calm, follows commands.',
      'Alert, non-cooperative with exam; RN aware.',
      'Pt reports she takes pleasure in caring for her grandchildren.',
      'It was a pleasure to meet you at the open house.',
      "Very motivated to walk at her daughter's wedding.",
      'Family highly motivated to take him home.',
      'The weather was so pleasant that we walked the route outside.',
      { text: 'The H&P opened with "pleasant 70-year-old," and I wondered what that word added for the next clinician.', mode: 'reflection' },
      'Nice old chair in the lobby for sit-to-stand practice.',
      'Intelligent wheelchair controls were demonstrated.',
      'Pt is quick to take offense and not easy to deal with.',
      'The new transfer board is easy to work with.',
      'Speech very articulate per SLP; no dysarthria.',
      'Pt describes her mood as "pretty good" today.',
      'Motivated to return to campus classes by September; goals built around a full Tuesday schedule.',
      'Pt engaged throughout and asked about tilt settings for long lectures.',
      'Pt reports an unpleasant tingling in the R foot after long sitting.',
      'Nice improvement in sit-to-stand time (18 s to 14 s).',
      'Nice to see the new ramp finished at the clinic entrance.',
      'Pt reports the food was pleasant.',
      'Behavior: cooperative, calm, follows commands.',
      'Cooperative play skills emerging per teacher report.',
      'Standardized patient encounter recorded for the OSCE.',
      'Pt reports her neighbours are rude and noisy at night.',
      'Dressed in a gown; groomed by nursing this morning.',
      'Nice, even cadence with reciprocal arm swing at 1.1 m/s.',
      'Polite refusal documented; plan discussed.',
      'Best practice for patients with a new tracheostomy is reviewed.',
      'Daughter is the best person to call about transport.',
      'Speech: articulate, fluent, normal rate.',
      'Lovely nurses on the unit helped with the transfer.',
      'Home well-kept; clean-cut laceration edges approximated.',
      'Pt very appreciative of the new cushion.',
      'Daughter brought her cookies; the tea was hot and so sweet that she asked for water.',
      'Pt is an older adult couple\'s caregiver; couple lives in a duplex.',
      'Pt reports the room was quiet and so pleasant that she slept 8 hours.',
      'He said it was the first time in weeks he felt so sweet about anything.',
    ],
  },
});
