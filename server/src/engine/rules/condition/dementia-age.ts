/**
 * cond.dementia-age — "demented", "senile", "the elderly", "old lady", "geri".
 */
import { defineRule } from '../define.ts';
import { AGE, DESCRIBING, beToHave } from './shared.ts';

const AGE_MESSAGE = '"{match}" and similar words lump people together by age and suggest frailty. Say "older adult(s)", or give the age if it matters.';
const HAS_DEMENTIA = '"{match}": "demented" and "senile" judge the whole person. Say "has dementia" or describe the cognitive finding (orientation, recall, MoCA).';
const SENILE = '"{match}": "senile" is not a diagnosis and reads as an insult. Describe the cognitive finding or name the diagnosis.';
const GERI = '"{match}": naming people by a care setting turns them into a category. Say "older adult", "older patient", or give the age.';
const DEGREE = 'very|quite|so|a_bit|increasingly|more|kind_of|kinda|sort_of|pretty|really|totally|a_little|getting';
/** Clinical terms that keep "senile" as a descriptor of a finding, not a person. */
const SENILE_FINDING = 'plaque|plaques|cataract|cataracts|purpura|osteoporosis|keratosis|keratoses|lentigo|lentigines|tremor|emphysema|angioma|angiomas|kyphosis|macular|atrophy|changes|wart|warts|ectropion|entropion|gait|vaginitis|involution|miosis';
/** "a 20-year-old man" and "80 years old lady" are ages, not "old man". */
const AN_AGE = ['year|yr|yrs|years|month|months|mo|week|weeks|wk|day|days|yo|#num -?', 'y / o -?'];
const OLDER_KIN = '@person|ones|lot|bunch|grandparents|grandparent|gentleman|gentlemen|couple|couples|parent|parents|mother|mothers|father|fathers|neighbour|neighbours|neighbor|neighbors|relative|relatives|folk|folks|gent|gents|population|populations|community|cohort|demographic|widow|widower|husband|wife|spouse|aunt|uncle|grandmother|grandfather|gran|granny|grandma|nan|nana|nanna|grandad|granddad|grandpa|grandparent|great-grandmother|great-grandfather|mum|mom|dad';
/** A diagnosis of dementia put before the person as their kind ("dementia patient"); not a service or a unit. */
const DEMENTIA_NOUN = "dementia|alzheimer's|alzheimers|alzheimer";
const SERVICE = ['care|unit/n|ward/n|assessment/n|evaluation/n|clinic/n|screening|education|caregiver/n|carer/n|family|families|support|program/n|programme/n|pathway/n|service/n|population/n'];

export default defineRule({
  id: 'cond.dementia-age',
  family: 'condition',
  severity: { clinical: 'info', reflection: 'warning' },
  message: AGE_MESSAGE,
  defaults: { fix: 'suggest' },
  terms: [
    // "a demented man" → "a man with dementia"; "a demented 80 yo woman" → "an 80 yo woman with dementia"
    // "Dementing old man in bed 22": the progressive form as the person's kind (not "a dementing illness").
    { match: `dementing ${DESCRIBING}{0,2} old|elderly|little? @person|lady|man|woman|gent|gentleman`, message: '"{match}": say "person with dementia": the condition is something the person has.', suggest: ['$2 $3 with dementia'], fix: 'none' },
    { match: `demented ${DESCRIBING}{0,2} @person`, message: '"{match}": say "person with dementia": the condition is something the person has, and "demented" is also an insult.', suggest: ['$2 $3 with dementia'] },
    ...beToHave(`${DEGREE}? demented|senile`, 'dementia', { message: HAS_DEMENTIA, when: ['personSubject'] }),
    // The contracted copula: "She's kind of senile now".
    { match: `he's|she's|they're|he’s|she’s|they’re ${DEGREE}? [ demented|senile ]`, message: HAS_DEMENTIA, fix: 'none' },
    { match: `became|becomes ${DEGREE}? demented|senile`, message: HAS_DEMENTIA, suggest: ['develop/v dementia'], when: ['personSubject'] },
    { match: `seem/v ${DEGREE}? demented|senile`, message: HAS_DEMENTIA, suggest: ['seem/v to have dementia'], when: ['personSubject'] },
    { match: 'demented', message: '"{match}": say "person with dementia", or describe the cognitive finding (orientation, recall, MoCA score).', suggest: ['with dementia'], fix: 'none' },
    { match: [`senile old? @person`, `senile ${AGE}`, 'senile old? grandmother|grandfather|gran|granny|grandma|nan|nana|grandad|grandpa|mother|father|mum|dad|mom|aunt|uncle|husband|wife|neighbour|neighbor'], message: SENILE, fix: 'none' },
    { match: 'senile', message: SENILE, fix: 'none', notAfter: [SENILE_FINDING], when: ['nounEnd'] },
    {
      match: 'senility',
      message: '"{match}" is not a diagnosis. Name the condition or describe the cognitive change (e.g. "memory decline over 2 years; MoCA 19/30").',
      suggest: ['cognitive decline'],
    },
    // "the elderly" as a group → "older adults"; "frail elderly" → "frail older adults".
    // A group named by the word stays named whatever the verb denies ("I never thought I would enjoy working with the
    // elderly"): negation can deny a predicate ("is not demented"), not a noun for people.
    { match: 'the|our|vulnerable elderly', suggest: ['older adults'], when: ['nounEnd'], notAfter: ['mobility_scale'], contexts: { negated: 'keep' } },
    { match: 'frail elderly', suggest: ['frail older adults'], when: ['nounEnd'], contexts: { negated: 'keep' } },
    // "elderly woman" → "older woman"; "elderly patients" → "older patients"
    { match: 'elderly', suggest: ['older'], after: [OLDER_KIN] },
    // Older people named as a bunch: "the old dears were all muddled by 2am".
    { match: 'the|these|those|our|all_the|my old_dears|old_biddies|oldies|old_girls|old_boys|coffin_dodgers', suggest: [], fix: 'none' },
    // One older person named so, with a word of praise or pity before it: "Charming old boy, mobilises with zimmer frame",
    // "poor old girl". Not an alumnus ("an old boy of the school").
    { match: 'charming|lovely|sweet|nice|dear|poor|grumpy|cheeky|funny|confused|frail|little|cantankerous|feisty|game [ old boy|girl|fella|fellow|chap|codger|geezer|timer ]', notAfter: ['of|from|network|association|club'], suggest: [], fix: 'none' },
    // The old obstetric label: "Elderly primip, 44".
    { match: 'elderly primip|primips|primigravida|primigravidae|multip|multips|multigravida|mum|mother|mothers', suggest: ['advanced maternal age'], fix: 'none' },
    // Prison and ward words for people: "Elderly lifers", "elderly inmates".
    { match: 'elderly', suggest: ['older'], after: ['lifers|lifer|inmates|inmate|prisoners|prisoner|offenders|offender|detainees|detainee|residents|service_users'] },
    // "A sweet little grandma type": a type of person named by age.
    { match: 'little? old? grandma|granny|grandad|grandpa|nana|nan|grandmother|grandfather|old_lady|old_man type', suggest: [], fix: 'none' },
    // "An elderly, frail woman", "elderly and confused gentleman": other words before the person.
    { match: 'elderly', suggest: ['older'], fix: 'none', after: [`,|and #word{1,2} ${OLDER_KIN}`, `#word ${OLDER_KIN}`], notAfter: [OLDER_KIN] },
    { match: 'the aged', suggest: ['older adults'], when: ['nounEnd'], contexts: { negated: 'keep' } },
    // "Elderly, frail, lives alone.": the word opens a fragment about the person.
    { match: 'elderly', suggest: ['older'], fix: 'none', notBefore: ['#word'], when: ['sentenceStart'], after: [',|and|;|.'] },
    { match: `${DEMENTIA_NOUN} @person`, message: '"{match}": dementia is something a person has. Say "person with dementia" (or the diagnosis: "patient with Alzheimer disease").', suggest: ['$2 with dementia'], notAfter: SERVICE },
    { match: 'is|was very|quite? elderly', suggest: ['$1 an older adult'], when: ['personSubject'] },
    // "old lady", "little old man" → "older woman", "older man"; not "a 20-year-old man".
    { match: 'little? old lady|woman|gal|biddy', suggest: ['older woman'], notBefore: AN_AGE },
    { match: 'little? old ladies|women|biddies', suggest: ['older women'], notBefore: AN_AGE },
    { match: 'little? old man', suggest: ['older man'], notBefore: AN_AGE },
    { match: 'little? old men', suggest: ['older men'], notBefore: AN_AGE },
    // Other words for a man or woman: "pleasant old gentleman", "sweet old gal"; not "a 67-year-old gentleman". "Old
    // dear" is left to dignity.endearments: the pet name is the problem, and one phrase gets one finding.
    { match: 'little? old gentleman|gent|guy|fella|fellow|chap', suggest: ['older $3'], notBefore: AN_AGE },
    { match: 'little? old gentlemen|gents|guys|fellas|fellows|chaps', suggest: ['older $3'], notBefore: AN_AGE },
    { match: 'little? old folk|folks|people|geezer|geezers|codger|codgers|fogey|fogeys|fart', suggest: ['older adults'], notBefore: AN_AGE },
    { match: ['old-timer/n', 'geezer/n', 'codger/n', 'oldie/n', 'oldster/n', 'old_fogey/n', 'old_fogy'], suggest: ['older adult/n'] },
    // "geri" and "a geriatric" as names for people; not "geri chair" or "geriatric clinic".
    { match: 'geris|gerries', message: GERI, suggest: ['older adults'] },
    // The word for the person in a bed or room: "Geri in 214 needs a bed alarm", "the geri from room 6".
    // The whole phrase is how the person is named, place and all: "Geri from bed 9" → "older adult from bed 9".
    { match: 'geri in|from|on bed|room|rm|bay|majors|minors|resus|cubicle|chair|side_room|cdu|sdec|amu? #num|#upper', message: GERI, suggest: ['older adult $2 $3 $4'] },
    // Opening a fragment as its subject: "Geri with sundowning, needs a sitter overnight".
    { match: 'geri|geriatric', notBefore: ['#word'], after: ['with|w_/|who|s_/_p|needs|needing|keeps|fell', 'from|in|on the|a|bed|bay|room|rm|#int'], when: ['sentenceStart'], message: GERI, suggest: ['older adult'] },
    { match: 'a|an|the|this|that|another|one|every|my|our|first|next|last [ geri|geriatric ]', message: GERI, suggest: ['older adult'], when: ['nounEnd'], notAfter: ['- chair|chairs|recliner|cart|unit|ward|clinic|service|team|psych|psychiatry|rehab|assessment'] },
    { match: 'the|these|those|our|my|all_the [ geriatrics ]', message: GERI, suggest: ['older adults'], after: ['on|in|at|who|are|were|need|have|had'] },
    // Not the service: "referred to Geri PT for balance program", "Geri PT eval" (physical therapy for older adults).
    { match: 'geri pt|patient|lady|man|woman', message: GERI, suggest: ['older adult'], notBefore: ['to|per|by|with|from|and|consult|consulted|refer/v|referral'], notAfter: ['eval/n|evaluation/n|clinic/n|service/n|consult/n|program/n|programme/n|team/n|referral/n|gym/n|department/n|dept|note/n|visit/n|session/n|f_/_u|follow-up|follow_up'] },
    { match: 'geriatric pt|patient|lady|man|woman|gentleman|female|male', message: GERI, suggest: ['older $2'], severity: 'hint', notAfter: SERVICE },
    { match: 'geri pts|patients|ladies|men|women|folk|folks', message: GERI, suggest: ['older adults'] },
  ],
  contexts: { negated: 'silent' },
  docs: {
    summary: '"Demented", "senile", "the elderly", "old lady/old man" and "geri" as names for people.',
    why:
      'Age and dementia words shape how a person is treated before anyone meets them. "Demented" and "senile" began as clinical terms and are now insults that say nothing specific about cognition; "the elderly" lumps together people from 65 to 100 and implies frailty. The source text asks clinicians to meet each person where they are, which needs a precise description, not a category.',
    prefer: '"person with dementia", "has Alzheimer disease", "older adult(s)", "a woman aged 82", or the cognitive finding ("oriented x2, MoCA 17/30").',
    exceptions: [
      '"Dementia" and named diagnoses; "senile plaques", "senile cataract" and other established findings.',
      '"Geriatric clinic", "geriatric assessment", "Geriatric Depression Scale", "geri chair", "Elderly Mobility Scale".',
      '"Older adult", and ages such as "a 20-year-old man".',
      'The patient\'s own words in an attributed quotation.',
      'Negated use ("is not demented").',
    ],
    sources: ['S17b', 'S14', 'S24', 'S35'],
  },
  examples: {
    flagged: [
      { text: 'It was eye-opening to see how {{the elderly}} cope with four hours in a chair.', mode: 'reflection' },
      'Lives with {{senile grandmother}} who cannot help with the injections.',
      'The {{elderly}} gran who brings him to clinic cannot manage the stairs.',
      'Charming {{old boy}}, mobilises with zimmer frame.',
      { text: 'By 2am {{the old dears}} were all muddled.', mode: 'reflection' },
      '{{Elderly primip}}, 42, booking visit.',
      { text: '{{Our elderly}} get left on trolleys for hours.', mode: 'reflection' },
      'Lives with {{elderly}} grandparents since last year.',
      { text: 'The {{elderly}} inmates on the wing rarely get outside.', mode: 'reflection' },
      { text: 'She is such a sweet {{little old grandma type}}.', mode: 'reflection' },
      { text: 'My first {{geri}} of the day had fallen twice.', mode: 'reflection' },
      '{{Geri}} with delirium, needs a sitter.',
      '{{Geri in 12}} keeps pressing the call light.',
      { text: 'He\'s pretty {{senile}} now, according to his wife.', mode: 'reflection' },
      { text: '{{The elderly}} rarely complain about pain, so I ask twice. => Older adults rarely complain about pain, so I ask twice.', mode: 'reflection' },
      'Flu shots for {{the elderly}} offered every Friday in the lobby. => Flu shots for older adults offered every Friday in the lobby.',
      'Home-delivered meals for {{the elderly}} provided by the county. => Home-delivered meals for older adults provided by the county.',
      'Exercise group for {{the elderly}} run by the YMCA on Tuesdays. => Exercise group for older adults run by the YMCA on Tuesdays.',
      'Two {{old-timers}} in the day room. => Two older adults in the day room.',
      'Pleasant {{old gentleman}} here for his 6-week hip follow-up. => Pleasant older gentleman here for his 6-week hip follow-up.',
      'Pt {{is demented}} and wanders at night. => Pt has dementia and wanders at night.',
      '{{Dementing old man}} in bed 22 keeps trying to climb over the bed rails.',
      '{{Geriatric}} from the care home, off legs, ?UTI, for bloods.',
      '{{Geri in majors 12}} awaiting frailty team, lives alone.',
      'The {{elderly}} ones end up waiting hours for transport.',
      'A {{demented man}} was shouting in the corridor. => A man with dementia was shouting in the corridor.',
      'Seen with a {{demented 80 yo woman}} from the ward. => Seen with an 80 yo woman with dementia from the ward.',
      'Falls prevention class for {{the elderly}}. => Falls prevention class for older adults.',
      '{{Elderly}} woman, 84, with a hip fracture. => Older woman, 84, with a hip fracture.',
      'A sweet {{little old lady}} who lives alone. => A sweet older woman who lives alone.',
      'An {{old man}} was waiting at reception. => An older man was waiting at reception.',
      'We had three {{geris}} on the schedule today. => We had three older adults on the schedule today.',
      'Family worried about her {{senility}}. => Family worried about her cognitive decline.',
      'She is a pleasant {{elderly}} woman who is hard of hearing.',
      'An {{elderly}}, frail woman on the second floor.',
      '{{Elderly}}, frail, lives alone.',
      'Community programs for {{the aged}} are full. => Community programs for older adults are full.',
      '{{Dementia patient}}, wanders at night. => Patient with dementia, wanders at night.',
      'Fall prevention in the {{elderly}} population.',
      'A couple of {{oldies}} were playing cards in the day room.',
      '{{Geriatric patient}} with recurrent falls. => Older patient with recurrent falls.',
      { text: 'I never thought I would enjoy working with {{the elderly}} until this placement.', mode: 'reflection' },
      { text: 'I had not worked with {{the elderly}} before this rotation. => I had not worked with older adults before this rotation.', mode: 'reflection' },
      'No falls program for the {{frail elderly}} at this site.',
      { text: 'Nobody warned me how much I would learn from {{the aged}} on this ward.', mode: 'reflection' },
    ],
    clean: [
      'History suggests a dementing illness; MoCA 18/30.',
      'Geriatric medicine review requested; geriatric assessment in clinic.',
      { text: 'He is a proud old boy of the grammar school and still goes to the reunions.', mode: 'reflection' },
      'TUG 16 s, gait speed 0.7 m/s; referred to Geri PT for balance program.',
      'Sat out in a geri-chair for lunch with the lap tray.',
      'Elderly Mobility Scale administered: 14/20.',
      'Diabetic diet provided; pt ate 75% of lunch.',
      'Diabetic shoes offered through the clinic.',
      'This is a 67-year-old gentleman with hip pain.',
      'Pt with Alzheimer dementia, oriented x2; MoCA 17/30.',
      'Referred to the geriatric clinic; Geriatric Depression Scale 4/15.',
      'Transferred from bed to geri chair with min A.',
      'Elderly Mobility Scale score 14/20.',
      'Naren is a 20-year-old man with a progressive neuromuscular disease.',
      'Falls prevention class for older adults in the community.',
      'Pathology showed senile plaques.',
      'Pt is not demented; MoCA 27/30.',
      'Referred to the dementia care unit for respite.',
      'The aged care facility arranged transport.',
      'Geriatric patient assessment completed by the team.',
      'Pt is not elderly (52) but has osteoporosis.',
      'Denies memory loss; not senile per family, MoCA 28/30.',
    ],
  },
});
