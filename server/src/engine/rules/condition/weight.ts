/**
 * cond.weight — "obese patient", "morbidly obese", "fat" for a person.
 */
import { defineRule } from '../define.ts';
import { AGE, DESCRIBING, beToHave } from './shared.ts';

const MESSAGE = '"{match}": weight is something a person has, not what they are. Say "person with obesity" or give the measure ("BMI 41, class III obesity").';
const SEVERE = 'morbidly|severely|extremely|super|grossly|massively|markedly|hugely|enormously|excessively|exceedingly|seriously|dangerously';
/** Other words for a large body said of a person: as judgmental as "fat" and no more informative. */
const BODY_SIZE = 'chubby|chunky|tubby|portly|pudgy|plump|rotund|porky|flabby|podgy|roly-poly|fatter';
/** Nouns that make a slur of body size ("a fatso"); "fatty" only as a noun, not "fatty liver". */
const FAT_NOUN = 'fatso/n|fatass/n|fat-ass/n|lardass/n|lard-ass/n|fatties|heifer/n|whale/n|beached_whale/n';
/** "Obese" before a body part, a measure or a research model is not said of a person. */
const NOT_PERSON = ['@notPersonBody', 'subjects_were'];
const FAT = '"{match}": "fat" used about a person is a judgment, not a finding. Give the measure (weight, BMI) if it is relevant to care.';

export default defineRule({
  id: 'cond.weight',
  family: 'condition',
  severity: { clinical: 'info', reflection: 'warning' },
  message: MESSAGE,
  defaults: { fix: 'suggest', notAfter: NOT_PERSON, unless: ['familyHistoryRelative'] },
  terms: [
    // "Pt is morbidly obese" → "Pt has severe obesity"; "is obese" → "has obesity".
    ...beToHave(`${SEVERE} obese`, 'severe obesity', { when: ['personSubject'] }),
    ...beToHave('very? obese', 'obesity', { when: ['personSubject'] }),
    // "the fat ones": people grouped by weight.
    { match: ['the fat|big|heavy|larger ones', 'fatties|fatso'], message: FAT, fix: 'none' },
    // Size as the person: "Massive guy, had to borrow the bariatric trolley".
    { match: 'massive|enormous|huge|gigantic|hefty|whopping guy|bloke|lad|fella|man|woman|lady|gent', message: '"{match}": a person\'s size used as who they are is a judgment. Give the measure (weight, BMI) if it matters to care.', fix: 'none', notAfter: ['of|with'] },
    // A milder word for size, made about weight by the weight beside it: "Big lad, 140 kg, on tirzepatide".
    { match: '[ big|large|heavy|chunky|portly|heavyset|heavy-set|well-built lad|lass|girl|boy|guy|bloke|fella|man|woman|lady|gent|gentleman ] ,|(', after: ['#num kg|kgs|st|stone|lb|lbs', 'bmi|weight|wt|weighs'], message: '"{match}": a person\'s size used as who they are is a judgment. Give the measure (weight, BMI) if it matters to care.', fix: 'none' },
    { match: 'has|had been very? obese', suggest: ['$1 had obesity'], when: ['personSubject'] },
    { match: 'became very? obese', suggest: ['developed obesity'], when: ['personSubject'] },
    { match: 'becomes very? obese', suggest: ['develops obesity'], when: ['personSubject'] },
    // "an obese 54 yo woman" → "a 54 yo woman with obesity"; the article before the span follows the new first word.
    { match: `${SEVERE} obese ${DESCRIBING}{0,2} @person`, suggest: ['$3 $4 with severe obesity'] },
    { match: `obese ${DESCRIBING}{0,2} @person`, suggest: ['$2 $3 with obesity'] },
    {
      match: 'morbidly obese',
      message: '"{match}" adds a judgment to a measurement. Say "with severe (class III) obesity" or give the BMI.',
      suggest: ['with severe obesity', 'with class III obesity'],
    },
    // "The obesity patient in bed 3": the disease name put before the person as their kind; not a service
    // ("obesity patient education", "obesity clinic").
    { match: 'obesity @person', suggest: ['$2 with obesity'], when: ['nounEnd'] },
    { match: 'the [ obese ]', message: '"{match}": a body size is not a group name. Say "people with obesity".', suggest: ['people with obesity'], when: ['nounEnd'] },
    // Bare adjective for the person: "Obese, pleasant 40 yo …", "pt obese and deconditioned"; not an exam finding
    // under a body-part label ("Abdomen: obese") or a habitus.
    {
      match: 'obese',
      suggest: ['with obesity'],
      fix: 'none',
      severity: 'info',
      notBefore: ['habitus|build|appearance ...', 'body_type ...', 'non|pre -?', 'a|an'],
      when: ['personSubject'],
    },
    // An aside about the person after a comma: "He was a big guy, honestly obese, and …".
    { match: ', honestly|frankly|basically|really|truly|clearly|very|quite|just? [ obese ] ,|and|.|;', fix: 'none', severity: 'info', when: ['personInSentence'], notBefore: ['abdomen|abdominal|belly|habitus|build|body ...'] },
    // After an article ("an obese, white female") "with obesity" cannot stand in for the adjective: no suggestion.
    { match: 'a|an [ obese ]', fix: 'none', severity: 'info', when: ['personSubject'] },
    // "fat" said of a person, not "fat pad", "body fat", "fat-free mass".
    { match: "is|was|are|were|he's|she's|they're|look/v|seem/v|getting|got|gotten|become|became very|so|too|really|quite|pretty|a_bit|kind_of? fat", message: FAT, fix: 'none', severity: 'warning', notAfter: ['-|pad|pads|free|mass|%|infiltration|content|tissue|graft|necrosis|stranding|plane|planes|suppression|suppressed|density|#num'], when: ['personSubject'] },
    // Expected or wished of a person: "I expected the linemen to be fat", "wants her to be less fat".
    { match: "@person|him|her|them to_be|to_get very|so|too|really|quite|pretty|a_bit|kind_of? [ fat ]", message: FAT, fix: 'none', severity: 'warning', notAfter: ['-|pad|pads|free|mass|%|infiltration|content|tissue|graft|necrosis|stranding|plane|planes|suppression|suppressed|density|#num'] },
    { match: `fat old? ${AGE}? @person`, message: FAT, fix: 'none', severity: 'warning' },
    { match: `a|the|that|this|some [ fat old? ${AGE}? @person ]`, message: FAT, fix: 'none', severity: 'warning' },
    // A verbless note clause: "Pt quite fat, struggling with standard sling".
    { match: "pt|patient|he|she|resident|client quite|very|so|really|rather|pretty|extremely|too [ fat ]", message: FAT, fix: 'none', severity: 'warning', notAfter: ['-|pad|pads|free|mass|%|infiltration|content|intake|tissue|graft|necrosis'] },
    // Opening a fragment as its label: "Fat, breathless on minimal exertion, BMI 44" (not a nutrient: "Fat, protein and fibre").
    { match: '[ fat ] ,', notBefore: ['#word'], when: ['sentenceStart'], notAfter: ['#any{0,3} protein|proteins|carb|carbs|carbohydrate|carbohydrates|sugar|sugars|salt|sodium|fibre|fiber|calories|kcal|intake|content|g|grams'], message: FAT, fix: 'none', severity: 'warning' },
    // Set off after the age in a one-liner: "FEP clinic: 22yo, fat, two takeaways a day".
    { match: '[ fat ] ,|;', before: [`${AGE}|#agesex|yo|y_/_o|male|female|man|woman|m|f ,`], message: FAT, fix: 'none', severity: 'warning' },
    { match: `[ fat ] , #word{0,3} ${AGE}|@person`, message: FAT, fix: 'none', severity: 'warning', notBefore: ['body|%|#num'] },
    // "Chubby 8 yo boy", "she is rather portly": the same judgment in other words.
    { match: `${BODY_SIZE} ${DESCRIBING}{0,2} @person`, message: FAT, fix: 'none' },
    // The set phrase, and the size word opening a one-liner before the age: "Pleasantly plump 62 yo with T2DM".
    { match: `pleasantly ${BODY_SIZE}`, message: FAT, fix: 'none' },
    { match: `${BODY_SIZE} ,? ${AGE}|#agesex`, message: FAT, fix: 'none', when: ['opensSentence'] },
    { match: `is|was|are|were|look/v|seem/v|getting|got|become|became very|so|too|really|quite|rather|pretty|a_bit|kind_of? ${BODY_SIZE}`, message: FAT, fix: 'none', when: ['personSubject', 'nounEnd'], unless: ['thingSubject'] },
    { match: ['a|the fatty', FAT_NOUN], message: FAT, fix: 'none', severity: 'warning', when: ['nounEnd'], unless: ['research'] },
  ],
  contexts: { negated: 'silent' },
  docs: {
    summary: '"Obese patient", "morbidly obese" and "fat" used to describe a person.',
    why:
      'People living with obesity meet judgment in health care often enough to avoid it, and the source text asks clinicians to meet patients where they are, with respect. The AMA adopted person-first language for obesity in 2017: the person has a disease; they are not the disease. A BMI or weight is the clinical fact; "morbidly" and "fat" add only a judgment.',
    prefer: '"person with obesity", "patient with class III obesity (BMI 42)"; weight and BMI when they matter for the plan.',
    exceptions: [
      'A relative\'s entry in a Family History section ("Mother is obese"): the history being recorded, not a name for the patient.',
      'An exam finding under a body-part label ("Abdomen: obese, soft").',
      '"Obesity" as the name of a disease or diagnosis ("class II obesity", "morbid obesity" in a problem list).',
      'Anatomy and body composition: "fat pad", "body fat %", "fat-free mass", "fatty liver", "fat infiltration".',
      '"Obese habitus", research models ("obese mice"), and ICD descriptors quoted verbatim.',
      'The patient\'s own words in an attributed quotation.',
      'Negated use ("is not obese").',
    ],
    sources: ['S22', 'S14'],
  },
  examples: {
    flagged: [
      '{{Big lad}}, 140 kg, on tirzepatide 5 mg weekly.',
      { text: '{{The fat ones}} are the hardest to hoist.', mode: 'reflection' },
      '{{Massive guy}}, needed the bariatric bed.',
      { text: 'He was a {{fat lad}} and the cuff kept slipping.', mode: 'reflection' },
      { text: 'The {{fat bloke}} in resus was the one I worried about.', mode: 'reflection' },
      '{{Pleasantly plump}} 62 yo with T2DM, here for dietetic review.',
      'Pt quite {{fat}}, struggling with standard sling, XL ordered.',
      '{{Fat}}, breathless on minimal exertion, BMI 44.',
      'FEP clinic: 22yo, {{fat}}, two takeaways a day.',
      { text: 'I expected the rowers to be {{fat}}, but they were lean.', mode: 'reflection' },
      { text: "{{She's pretty fat}}, so we used the wider commode.", mode: 'reflection' },
      'The {{obesity patient}} in bed 3 needs a bariatric bed. => The patient with obesity in bed 3 needs a bariatric bed.',
      '{{Obese patient}} referred for knee OA. => Patient with obesity referred for knee OA.',
      'Pt {{is morbidly obese}} and uses a bariatric walker. => Pt has severe obesity and uses a bariatric walker.',
      'Her mother {{is obese}} and cannot help with transfers. => Her mother has obesity and cannot help with transfers.',
      'A {{morbidly obese 60 yo woman}} with low back pain.',
      'Pt, {{morbidly obese}}, ambulates with a walker. => Pt, with severe obesity, ambulates with a walker.',
      'An {{obese 18-year-old woman}} presents with knee pain. => An 18-year-old woman with obesity presents with knee pain.',
      'Seen today: an {{obese woman}} referred for knee pain. => Seen today: a woman with obesity referred for knee pain.',
      'She {{was obese}} before the surgery. => She had obesity before the surgery.',
      { text: 'The patient {{was fat}} and sweating after the stairs.', mode: 'reflection' },
      'She is a {{fat lady}} who lives alone.',
      'The patient is an {{obese}}, white female in no distress.',
      'A {{grossly obese man}} with knee pain.',
      '{{Chubby 8 yo boy}} with heel pain.',
      'She {{is rather portly}} and gets winded on stairs.',
      'Staff called him {{a fatty}} behind his back.',
      'He was a big guy, honestly {{obese}}, and it took three of us to get him up.',
    ],
    clean: [
      'Big lad, 6 ft 4, plays rugby for the university.',
      'USS: fatty liver, no biliary dilatation.',
      'Massive PE on CTPA; thrombolysed.',
      'Fat, protein and fibre intake reviewed with dietitian.',
      'Obesity patient safety bundle initiated.',
      'Obesity patient education group meets on Tuesdays.',
      'Abdomen: Obese, soft, nontender.',
      'Dx: class III obesity (BMI 42); knee OA.',
      'Infrapatellar fat pad tender to palpation.',
      'Body fat 31%; fat-free mass 52 kg.',
      'Imaging shows fatty liver and fatty infiltration of the multifidus.',
      'Pt states, "I\'m obese and I know it makes my knees worse."',
      'Morbid obesity is listed on the problem list.',
      'Obese mice were used in the cited study.',
      'Fatty liver on ultrasound; fatty acids within range.',
      'Plump, well-perfused fingertips; capillary refill under 2 s.',
      'Pt\'s veins were plump after the warm compress.',
      'Abdomen: soft, obese, nontender; he denies pain.',
      'Pt is not obese; BMI 24.',
      'FAMILY HISTORY: Father with CAD. Mother is obese, otherwise negative.',
    ],
  },
});
