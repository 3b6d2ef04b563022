/**
 * cond.diabetic-person — "a diabetic", "diabetics", "diabetic patient", and
 * "poorly controlled" / "uncontrolled" judgment wording about glucose.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';
import { AGE, DET, beToHave } from './shared.ts';

// Hyphenated items cover the spaced, hyphenated and closed spellings ("type 2", "type-2", "type2").
const TYPE_1 = 'type-1|type-i|type-one|t1|juvenile';
const TYPE_2 = 'type-2|type-ii|type-two|t2';
const OTHER = 'brittle|insulin-dependent|non-insulin-dependent|known|long-standing|longstanding|poorly_controlled|uncontrolled|noncompliant|non-compliant';
/** Modifiers without an article that make "diabetic" a noun for the person ("Noncompliant diabetic with foot wound."). */
const NOUN_MAKERS = 'noncompliant|non-compliant|poorly_controlled|uncontrolled|insulin-dependent|insulin-requiring|long-standing|longstanding|elderly|obese|older|young|male|female';
const LABEL_MESSAGE = '"{match}": diabetes is something a person has, not who they are. Say "person with diabetes" (or "patient with type 2 diabetes").';
const CONTROL_MESSAGE = '"{match}" reads as a verdict on the person. State the measure and the target ("A1C 9.1%, above target", "glucose above target range").';
const CONTROL = [
  'poorly|badly|inadequately|suboptimally|sub-optimally|not_well|not -? controlled|controled',
  'uncontrolled',
  'out-of-control',
  'poor|poorly|suboptimal|sub-optimal|inadequate|bad|lousy|terrible|awful|horrible glycemic|glycaemic|glucose|diabetes|diabetic|sugar|sugars? control',
  'poorly|badly|inadequately managed|regulated',
];
/** Only glucose: "uncontrolled descent" and "poor trunk control" are motor findings, and "uncontrolled hypertension" is not diabetes. */
const NOT_GLUCOSE = ['descent|lowering|movement|movements|motion|fall|landing|tremor|spasm|spasms|pain|hypertension|htn|bp|blood_pressure|asthma|seizure|seizures|epilepsy'];
/** A diabetes word within a few tokens on either side (the term is repeated once per side). */
const NEAR_BEFORE = ['@diabetes #any{0,5}', 'blood_sugar|blood_sugars|bms|cbgs|cbg|bgs|capillary_glucose|glucoses|hba1c #any{0,5}', 'type 1|2|i|ii #any{0,5}'];
const NEAR_AFTER = ['#any{0,5} @diabetes', '#any{0,5} blood_sugar|bms|cbgs|hba1c|pump|insulin|carb|carbs|carb_counting', '#any{0,5} type 1|2|i|ii'];
/** "Glucose level is diabetic": a lab value, not a person. */
const LAB_VALUE = ['... range|ranges|level|levels|reading|readings|value|values|result|results|glucose|sugar|sugars|a1c'];
const control: Term = { match: CONTROL, message: CONTROL_MESSAGE, suggest: ['above target'], fix: 'none', notAfter: NOT_GLUCOSE };
const controlNoun: Term = { ...control, match: CONTROL[3]!, suggest: ['glucose above target'] };
/** Diabetes named as a noun before the person ("DM patient", "diabetes patients"); not a service ("diabetes patient education"). */
const DIABETES_NOUN = 'diabetes|dm|dm1|dm2|dmi|dmii|t1dm|t2dm|iddm|niddm';
const SERVICE = ['assessment/n|evaluation/n|clinic/n|screening|education|teaching|handout/n|care|population/n|group/n|registry|program/n|programme/n|support|advocate/n|navigator/n|outcome/n|portal/n|pathway/n|record/n|chart/n|safety|day'];
/** Relatives named by their diabetes ("her diabetic mother"); "infant of a diabetic mother" is a neonatal term. */
const KIN = 'mother|father|mom|dad|husband|wife|spouse|partner|son|daughter|sister|brother|grandmother|grandfather|aunt|uncle|friend|roommate|neighbor|neighbour';

export default defineRule({
  id: 'cond.diabetic-person',
  family: 'condition',
  severity: { clinical: 'info', reflection: 'warning' },
  message: LABEL_MESSAGE,
  // "Prediabetic", "non-diabetic range" and "antidiabetic" are not labels for a person.
  defaults: { fix: 'suggest', notBefore: ['non|pre|anti -?'] },
  terms: [
    {
      match: 'brittle diabetes',
      message: '"{match}": "brittle" blames the person for glucose swings. Describe the pattern ("frequent hypoglycaemia and hyperglycaemia despite …").',
      suggest: ['labile diabetes'],
      fix: 'none',
    },
    {
      match: 'brittle diabetic',
      message: '"{match}": "brittle" blames the person for glucose swings. Describe the pattern ("frequent hypoglycaemia and hyperglycaemia despite …").',
      suggest: ['has diabetes with frequent glucose swings'],
      fix: 'none',
    },
    // "diabetic patient", "a type 2 diabetic man" → "patient with diabetes", "a man with type 2 diabetes".
    // A negation earlier in the clause denies the verb, not the noun: "I had never worked with a diabetic patient", "no
    // diabetic patients on the list today" still name people by the disease ("Pt is not diabetic" is a predicate, below).
    { match: `${TYPE_1} diabetic @person`, suggest: ['$3 with type 1 diabetes'], contexts: { negated: 'keep' } },
    { match: `${TYPE_2} diabetic @person`, suggest: ['$3 with type 2 diabetes'], contexts: { negated: 'keep' } },
    { match: `${OTHER}? diabetic @person`, suggest: ['$3 with diabetes'], contexts: { negated: 'keep' } },
    { match: `${OTHER}? diabetic ${KIN}`, suggest: ['$3 with diabetes'], notBefore: ['infant|infants|baby|babies|neonate|neonates|newborn|newborns|offspring|child|children of a|an|the?'] },
    { match: `${DIABETES_NOUN} @person`, suggest: ['$2 with diabetes'], notAfter: SERVICE },
    // "She's diabetic." — the contracted copula (a hint, like "is diabetic").
    // A predicate in a relative's Family History entry ("Father is diabetic") is the history written down; a noun
    // that names the relative ("Father is a diabetic") is reported as anywhere else.
    { match: "he's|she's|they're|you're diabetic", fix: 'none', severity: 'hint', notBefore: LAB_VALUE, when: ['nounEnd'], unless: ['reflection', 'familyHistoryRelative'] },
    { match: "he's|she's|they're|you're diabetic", fix: 'none', severity: 'info', when: ['nounEnd', 'reflection'], unless: ['familyHistoryRelative'] },
    // "a 62-year-old male diabetic", "58 yo diabetic with …" → "a 62-year-old male with diabetes".
    { match: `${AGE} male|female|man|woman? diabetic`, suggest: ['$1 $2 with diabetes'], when: ['nounEnd'] },
    // "a diabetic.", "a type 2 diabetic on metformin", "the diabetic in bed 4" → "a person with type 2 diabetes".
    { match: `${DET} [ ${TYPE_1} diabetic ]`, suggest: ['person with type 1 diabetes'], when: ['nounEnd'] },
    { match: `${DET} [ ${TYPE_2} diabetic ]`, suggest: ['person with type 2 diabetes'], when: ['nounEnd'] },
    // A noun for the person stays a label in a negated clause: "I had never cared for a diabetic before".
    { match: `${DET} [ ${OTHER}|male|female? diabetic ]`, suggest: ['person with diabetes'], when: ['nounEnd'], contexts: { negated: 'keep' } },
    // With a describing word between ("The obese diabetic needed two of us"); the describing word stays.
    { match: `${DET} obese|elderly|old|older|young|frail|elderly_male|elderly_female [ diabetic ]`, suggest: ['person with diabetes'], fix: 'none', when: ['nounEnd'], contexts: { negated: 'keep' } },
    // "The diabetic's foot": the possessive makes the word a noun for the person.
    { match: `${DET} [ diabetic's|diabetic’s ]`, fix: 'none' },
    // Any other word between the article and "diabetic" describes the person: "an epileptic diabetic".
    { match: `${DET} #word [ diabetic ]`, suggest: ['person with diabetes'], when: ['nounEnd'] },
    // The word may be a hyphenated compound, which the tokenizer splits: "a non-adherent diabetic", "a well-controlled diabetic".
    { match: `${DET} #word +- +#word [ diabetic ]`, suggest: ['person with diabetes'], when: ['nounEnd'] },
    { match: `${TYPE_1} diabetics`, suggest: ['people with type 1 diabetes'], when: ['nounEnd'] },
    { match: `${TYPE_2} diabetics`, suggest: ['people with type 2 diabetes'], when: ['nounEnd'] },
    { match: `${OTHER}? diabetics`, suggest: ['people with diabetes'], when: ['nounEnd'], contexts: { negated: 'keep' } },
    // A pupil named by the condition and the school year: "Diabetic in Year 10 came in shaky", "w/c bound diabetic in Yr 11".
    { match: '[ diabetic ] in|from year|yr|form|class #int', suggest: ['pupil with diabetes'], fix: 'none' },
    // The type as the people's name: "the T1s were a harder group", "our type 2s" (not MRI sequences: "T1s and T2s").
    {
      match: ['the|our|my|these|those|other|all_the|most_of_the|young|new|adult|teenage [ t1s|t2s|t1dms|t2dms|type-1s|type-2s|type_1s|type_2s ]', 'the|our|my|these|those|other|all_the|most_of_the|young|new|adult [ type 1s|2s ]'],
      suggest: ['people with diabetes'],
      fix: 'none',
      notAfter: ['weighted|images|image|sequence|sequences|signal|hyperintensity|hyperintensities|lesion|lesions|and_t2s|post-contrast|fat-sat|flair|show/v|showed|demonstrate/v|demonstrated|reveal/v|revealed', '... mri|mr|imaging|scan|contrast'],
      notBefore: ['... mri|mr|imaging|scan|sequence|sequences|radiology'],
    },
    { match: 'known|chronic|long-standing|longstanding|lifelong diabetic', suggest: ['known to have diabetes'], when: ['nounEnd'] },
    // "Type 1 diabetic, insulin pump." — the type makes "diabetic" a noun for the person.
    { match: `${TYPE_1} diabetic`, suggest: ['has type 1 diabetes'], fix: 'none', when: ['nounEnd'] },
    { match: `${TYPE_2} diabetic`, suggest: ['has type 2 diabetes'], fix: 'none', when: ['nounEnd'] },
    { match: 'non-insulin-dependent|insulin-dependent|insulin-requiring diabetic', suggest: ['has diabetes'], fix: 'none', when: ['nounEnd'] },
    { match: `${NOUN_MAKERS} diabetic`, fix: 'none', when: ['nounEnd'] },
    // "Diabetic with R heel ulcer", "Diabetic, off insulin x 3 days": the label opens the fragment as its implied subject.
    { match: 'diabetic', suggest: ['person with diabetes'], fix: 'none', notBefore: ['#word'], after: [',? @labelFragmentNext', 'w +/', ', chairbound|bedbound|housebound|chair-bound|bed-bound|wheelchair-bound|immobile|frail|obese|hypertensive|blind|partially_sighted|confused|amputee|ex-smoker|smoker|lives|living'], when: ['sentenceStart'], unless: ['labelledField'] },
    // With describing words before it, "with" after it makes it the fragment's head noun: "Wheelchair bound diabetic w/
    // sacral wound", "Frail diabetic with foot ulcer" ("is diabetic with neuropathy" is the predicate, below).
    { match: 'diabetic', suggest: ['person with diabetes'], fix: 'none', before: ['#word'], notBefore: ['@be|not|being|become|became|remains|remained'], after: ['with', 'w +/'], when: ['sentenceStart'], unless: ['labelledField'] },
    // The same label as a later item of a one-liner about the person: "Charming elderly gentleman, diabetic, here for …".
    { match: 'diabetic', suggest: ['person with diabetes'], fix: 'none', before: [','], after: [',|; @labelFragmentNext|lives|living|smokes|works|uses|#num', ';|.|and|with'], when: ['sharedSubject'], unless: ['labelledField'] },
    // "Pt is diabetic." — an adjective for the whole person: a hint in notes, info in reflections.
    ...beToHave('diabetic', 'diabetes', { severity: 'hint', notBefore: LAB_VALUE, when: ['personSubject', 'nounEnd'], unless: ['reflection', 'familyHistoryRelative'] }),
    ...beToHave('diabetic', 'diabetes', { severity: 'info', notBefore: LAB_VALUE, when: ['personSubject', 'nounEnd', 'reflection'], unless: ['familyHistoryRelative'] }),
    // Control wording, only next to a diabetes or glucose word: a hint in notes, info in reflections.
    { ...controlNoun, severity: 'hint', before: NEAR_BEFORE, unless: ['reflection'] },
    { ...controlNoun, severity: 'hint', after: NEAR_AFTER, unless: ['reflection'] },
    { ...controlNoun, severity: 'info', before: NEAR_BEFORE, when: ['reflection'] },
    { ...controlNoun, severity: 'info', after: NEAR_AFTER, when: ['reflection'] },
    { ...control, severity: 'hint', before: NEAR_BEFORE, unless: ['reflection'] },
    { ...control, severity: 'hint', after: NEAR_AFTER, unless: ['reflection'] },
    { ...control, severity: 'info', before: NEAR_BEFORE, when: ['reflection'] },
    { ...control, severity: 'info', after: NEAR_AFTER, when: ['reflection'] },
  ],
  contexts: { negated: 'silent' },
  docs: {
    summary: '"A diabetic", "diabetics", "diabetic patient", and "poorly controlled"/"uncontrolled" judgments about glucose.',
    why:
      'The source text asks that every person feel individually valued; naming someone by their diagnosis ("the diabetic in bed 4") makes the disease the whole person. Diabetes educators found that "control" and "brittle" also read as verdicts on effort, when glucose depends on far more than effort. A number against a target says the same thing clinically and keeps the partnership intact.',
    prefer: '"person with diabetes", "patient with type 2 diabetes"; "A1C 9.1% (above target)", "glucose above target range".',
    exceptions: [
      'A predicate in a relative\'s entry in a Family History section ("Father is diabetic"): the history being recorded. A noun that names the relative ("Father is a diabetic") is still reported.',
      'Established disease terms: "diabetic neuropathy", "diabetic foot ulcer", "diabetic foot exam", "diabetic ketoacidosis", "diabetic retinopathy", "diabetic diet", "non-diabetic range".',
      '"Prediabetic" and "non-diabetic" lab ranges.',
      'Motor-control findings such as "uncontrolled descent" or "poor trunk control": control wording is only checked near diabetes or glucose terms.',
      'The patient\'s own words in an attributed quotation.',
      'Negated use ("is not diabetic").',
    ],
    sources: ['S21', 'S14', 'S5'],
  },
  examples: {
    flagged: [
      '{{Diabetic}} in Year 10 came in shaky, BG 2.9, treated per hypo plan.',
      'Type 1 {{diabetic}} planning pregnancy, HbA1c 78.',
      '{{Diabetic}}, housebound, DN for insulin and pressure area checks.',
      'Sugars {{poorly controled}} at home.',
      '{{Poor control}} on the pump since the new school term.',
      'BMs {{poorly controlled}} on the steroids.',
      { text: 'The {{T1s}} were a harder group than the gestational clinic.', mode: 'reflection' },
      { text: 'I learned that the mum is a {{diabetic}} too, so she picked up the carb counting.', mode: 'reflection' },
      'Frail {{diabetic}} w/ heel ulcer, podiatry following.',
      '{{Diabetic}} w/ cellulitis of L foot.',
      'The frail {{diabetic}} needed help opening the insulin pen.',
      { text: 'I had never cared for a {{diabetic}} on an insulin pump before.', mode: 'reflection' },
      { text: 'Most of the {{diabetics}} I met were working two jobs.', mode: 'reflection' },
      'He {{is diabetic}} as well and checks his sugars before gym. => He has diabetes as well and checks his sugars before gym.',
      { text: 'I had never treated a {{diabetic patient}} on dialysis before this week.', mode: 'reflection' },
      'No {{diabetic patients}} on the schedule today. => No patients with diabetes on the schedule today.',
      'Not every {{diabetic patient}} needs a podiatry referral. => Not every patient with diabetes needs a podiatry referral.',
      '{{Known diabetic}} presenting with DKA. => Known to have diabetes presenting with DKA.',
      'The {{diabetic\'s}} foot was examined.',
      'Our {{diabetic}} on 5 West is refusing lunch. => Our person with diabetes on 5 West is refusing lunch.',
      'Pt is a {{diabetic}} taking metformin. => Pt is a person with diabetes taking metformin.',
      'Pt is a {{diabetic}} off insulin for 2 days. => Pt is a person with diabetes off insulin for 2 days.',
      'Pt is a {{type-2 diabetic}} on metformin. => Pt is a person with type 2 diabetes on metformin.',
      'FAMILY HISTORY: Father is a {{diabetic}}; mother with HTN. => FAMILY HISTORY: Father is a person with diabetes; mother with HTN.',
      'Pt is a non-adherent {{diabetic}} on an insulin pump. => Pt is a non-adherent person with diabetes on an insulin pump.',
      '{{Type 1 diabetic}}, insulin pump; checks BG before sessions.',
      '{{Diabetic}} with R heel ulcer, offloading boot issued.',
      'Pt is a {{diabetic}} and checks glucose before sessions. => Pt is a person with diabetes and checks glucose before sessions.',
      '{{Diabetic patient}} referred for balance training. => Patient with diabetes referred for balance training.',
      'Education handout for {{diabetics}} on foot care. => Education handout for people with diabetes on foot care.',
      'Pt is a {{brittle diabetic}} per referral.',
      'She is a {{type 2 diabetic}} and has neuropathy. => She is a person with type 2 diabetes and has neuropathy.',
      'This is a {{62-year-old male diabetic}} and urinary retention. => This is a 62-year-old male with diabetes and urinary retention.',
      'Seen: an {{84-year-old diabetic}} from the ward. => Seen: an 84-year-old with diabetes from the ward.',
      'He\'s an epileptic {{diabetic}}. => He\'s an epileptic person with diabetes.',
      'A {{diabetic male}} in urinary retention. => A male with diabetes in urinary retention.',
      'T2DM, {{poorly controlled}}; A1C 9.4%.',
      '{{Suboptimal glycemic control}}, A1C 9.1%.',
      'Her diabetes is {{poorly managed}} at home.',
      '{{DM patient}} referred for foot care. => Patient with diabetes referred for foot care.',
      'Her {{diabetic mother}} lives with her. => Her mother with diabetes lives with her.',
      '{{He\'s diabetic}} and on insulin.',
      '{{Brittle diabetes}} since childhood.',
      'Brittle, {{poorly controlled}} type 1 with 3 DKA admissions this year.',
      { text: 'He has {{uncontrolled}} diabetes and skipped lunch.', mode: 'reflection' },
      'Pt {{is diabetic}} and uses a pump. => Pt has diabetes and uses a pump.',
      'Charming elderly gentleman, {{diabetic}}, here for balance screen.',
      'Pleasant 68 yo retired teacher, {{diabetic}}, presents with L foot drop.',
      'Pt seen with her husband, a smoker, obese, {{diabetic}}, lives alone.',
      'Obese woman in her fifties, hypertensive, {{diabetic}}; seen for knee pain.',
    ],
    clean: [
      'The T1s showed no signal change.',
      'Pt is not diabetic; A1c 5.2.',
      'Non-diabetic patient with a heel ulcer from a tight boot.',
      'No diabetic foot ulcer noted on inspection.',
      'This diabetic foot needs offloading; each diabetic foot exam is documented.',
      'Diabetic foot exam completed; diabetic diet ordered.',
      'A diabetic in-patient consult was placed.',
      'Pt has well-controlled diabetic neuropathy in both feet.',
      'FAMILY HISTORY: Father is diabetic; mother with HTN.',
      'Diabetic foot exam: monofilament intact bilaterally.',
      'DIET: Diabetic, with snacks at 10 and 3.',
      'History of diabetic neuropathy and diabetic retinopathy.',
      'Admitted in 2019 with diabetic ketoacidosis.',
      'Fasting glucose in the non-diabetic range.',
      'Uncontrolled descent from sit to stand; poor eccentric quad control.',
      'Poor trunk control in sitting; needs min A for balance.',
      'Pt said, "I\'m a diabetic, so I keep juice in my bag."',
      'Patient with type 2 diabetes; A1C 8.2% (above target).',
      'Uncontrolled hypertension; diabetes well managed on metformin.',
      'Pt is not diabetic; A1C 5.2%.',
      'Diabetes patient education scheduled for Tuesday.',
      'Infant of a diabetic mother, glucose checks per protocol.',
      'Pain poorly managed overnight; PCA started.',
      'Pt seen for R foot wound, diabetic, with 2 cm ulcer on plantar surface.',
      'Pt educated on foot care, diabetic shoes ordered.',
      'Pt reviewed her meal plan, diabetic, low-sodium, per dietitian.',
      'Pt is not, as the referral says, diabetic; A1C 5.1%.',
    ],
  },
});
