/**
 * cond.diabetic-person — "a diabetic", "diabetics", "diabetic patient", and
 * "poorly controlled" / "uncontrolled" judgment wording about glucose.
 */
import { checkPhrases, defineRule } from '../define.ts';
import { PERSON_NOUN } from '../../text/lexicon.ts';
import { NOUN_END, after, before, forMode, type ModePhrase } from './shared.ts';

const MODIFIER = '(?:(?:brittle|insulin[-\\s]dependent|non[-\\s]insulin[-\\s]dependent|type\\s*(?:1|2|I|II|one|two)|T[12]|juvenile|known|long[-\\s]?standing|poorly\\s+controlled|uncontrolled|noncompliant|non-compliant)\\s+)';
/** "a 54 yo diabetic", "a 60-year-old male diabetic" */
const AGE = '(?:\\d+\\s*-?\\s*(?:yo|y\\/o|y\\.o\\.|year[-\\s]old|yr[-\\s]old)\\s+(?:(?:male|female|man|woman)\\s+)?)';
const LABEL_MESSAGE = 'Diabetes is something a person has, not who they are. Say "person with diabetes" (or "patient with type 2 diabetes").';
/** Diabetes words near control wording: the rule is about glucose, not motor control. */
const DIABETES = /\b(?:diabet\w*|DM(?:1|2|I|II)?|T[12]DM|IDDM|NIDDM|glyc(?:a)?emic|glucose|blood\s+sugars?|BG|BGs|sugars|A1c|HbA1c|HgbA1c|insulin)\b/i;
const CONTROL_MESSAGE = '"Poorly controlled" and "uncontrolled" read as a verdict on the person. State the measure and the target ("A1C 9.1%, above target", "glucose above target range").';

const phrases: ModePhrase[] = [
  {
    // "diabetic patient", "a brittle diabetic man", "diabetic adults"
    pattern: new RegExp(`\\b(?:(a|an|the)\\s+)?${MODIFIER}?diabetic\\s+(${PERSON_NOUN})\\b`, 'gi'),
    message: LABEL_MESSAGE,
    suggest: (m) => {
      const noun = m[2]!;
      const det = m[1] ? `${m[1].toLowerCase() === 'the' ? 'the' : 'a'} ` : '';
      const type = /type\s*(?:1|I|one)|T1|juvenile/i.test(m[0]) ? 'type 1 diabetes' : /type\s*(?:2|II|two)|T2/i.test(m[0]) ? 'type 2 diabetes' : 'diabetes';
      return [`${det}${noun.toLowerCase() === 'pt' ? 'pt' : noun} with ${type}`];
    },
    fix: 'suggest',
  },
  {
    // "a diabetic.", "the brittle diabetic in bed 4", "diabetics"
    pattern: new RegExp(`\\b(?:(a|an|the)\\s+(${AGE})?(?:${MODIFIER}|(?!non\\b|pre\\b|anti\\b)[a-z]+[-\\s]+)?diabetic|(?:${MODIFIER})?diabetics)${NOUN_END}`, 'gi'),
    message: LABEL_MESSAGE,
    suggest: (m) => {
      const type = /type\s*(?:1|I|one)|T1|juvenile/i.test(m[0]) ? 'type 1 diabetes' : /type\s*(?:2|II|two)|T2/i.test(m[0]) ? 'type 2 diabetes' : 'diabetes';
      if (/diabetics$/i.test(m[0])) return [`people with ${type}`];
      if (m[2]) return [`${m[1]!.toLowerCase() === 'the' ? 'the' : 'a'} ${m[2].trim()} with ${type}`];
      return [`${m[1]!.toLowerCase() === 'the' ? 'the person' : 'a person'} with ${type}`];
    },
    fix: 'suggest',
    unless: (m, ctx) => /\bnon-?$|\bpre-?$|\banti-?$/i.test(before(m, ctx, 4)),
  },
  {
    // "58 yo diabetic with …", "Known diabetic." — a fragment that names the person
    pattern: new RegExp(`\\b(?:(${AGE.slice(3, -1)})|(?:known|chronic|long[-\\s]?standing|lifelong)\\s+)${MODIFIER}?diabetic${NOUN_END}`, 'gi'),
    message: LABEL_MESSAGE,
    suggest: (m) => [m[1] ? `${m[1].trim()} with diabetes` : 'known to have diabetes'],
    fix: 'suggest',
  },
  {
    // "Type 1 diabetic, insulin pump.", "Pt is a T2 diabetic on metformin": the type makes "diabetic" a noun for the person.
    pattern: new RegExp(`\\b(type\\s*(?:1|2|I|II|one|two)|T[12]|(?:non[-\\s])?insulin[-\\s](?:dependent|requiring)|juvenile)\\s+diabetic(?![-\\w])${NOUN_END}`, 'gi'),
    message: LABEL_MESSAGE,
    suggest: (m) => [/type\s*(?:1|I|one)\b|T1|juvenile/i.test(m[1]!) ? 'has type 1 diabetes' : /type\s*(?:2|II|two)\b|T2/i.test(m[1]!) ? 'has type 2 diabetes' : 'has diabetes'],
    fix: 'none',
  },
  {
    // "Noncompliant diabetic with foot wound.", "Uncontrolled diabetic, BG 412": a modifier makes "diabetic" a noun for the person.
    pattern: new RegExp(`\\b(?:noncompliant|non-compliant|poorly\\s+controlled|uncontrolled|insulin[-\\s](?:dependent|requiring)|long[-\\s]?standing|elderly|obese|older|young|male|female)\\s+diabetic(?![-\\w])${NOUN_END}`, 'gi'),
    message: LABEL_MESSAGE,
    suggest: [],
    fix: 'none',
  },
  {
    // "a brittle diabetic" without an article is still a label: "Pt is brittle diabetic."
    pattern: /\bbrittle\s+diabetic\b/gi,
    message: '"Brittle" blames the person for glucose swings. Describe the pattern ("frequent hypoglycaemia and hyperglycaemia despite …").',
    suggest: ['has diabetes with frequent glucose swings'],
    fix: 'none',
  },
  {
    // "Pt is diabetic." — an adjective for the whole person.
    pattern: new RegExp(`\\b(is|was|are|were)\\s+diabetic${NOUN_END}`, 'gi'),
    message: LABEL_MESSAGE,
    suggest: (m) => [/^(?:was|were)$/i.test(m[1]!) ? 'had diabetes' : /^are$/i.test(m[1]!) ? 'have diabetes' : 'has diabetes'],
    fix: 'suggest',
    modeSeverity: { clinical: 'hint', reflection: 'info' },
    unless: (m, ctx) => !ctx.personSubject(m.index) || /\b(?:range|level|reading|value|result|glucose|sugar|A1c)s?\b/i.test(before(m, ctx, 30)),
  },
  {
    pattern: /\b(?:poorly|badly|inadequately|sub-?optimally|not\s+well|not)[-\s]controlled\b|\buncontrolled\b|\bout[-\s]of[-\s]control\b|\bpoor(?:ly)?\s+(?:(?:glyc(?:a)?emic|glucose|diabetes|diabetic|sugar)\s+)?control\b/gi,
    message: CONTROL_MESSAGE,
    suggest: (m) => (/control$/i.test(m[0]) && !/controlled$/i.test(m[0]) ? ['glucose above target'] : ['above target']),
    fix: 'none',
    modeSeverity: { clinical: 'hint', reflection: 'info' },
    unless: (m, ctx) => {
      // Only glucose/diabetes: "uncontrolled descent", "poor trunk control" are motor findings.
      const window = before(m, ctx, 40) + m[0] + after(m, ctx, 40);
      if (!DIABETES.test(window)) return true;
      const next = after(m, ctx, 30);
      if (/^\s+(?:descent|lowering|movements?|motion|fall|landing|tremor|spasms?|pain|hypertension|HTN|BP|blood\s+pressure|asthma|seizures?|epilepsy)\b/i.test(next)) return true;
      return false;
    },
  },
];

const clinical = forMode(phrases, 'clinical');
const reflection = forMode(phrases, 'reflection');

export default defineRule({
  id: 'cond.diabetic-person',
  family: 'condition',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /diabetic|controlled|control/i,
  docs: {
    summary: '"A diabetic", "diabetics", "diabetic patient", and "poorly controlled"/"uncontrolled" judgments about glucose.',
    why:
      'The source text asks that every person feel individually valued; naming someone by their diagnosis ("the diabetic in bed 4") makes the disease the whole person. Diabetes educators found that "control" and "brittle" also read as verdicts on effort, when glucose depends on far more than effort. A number against a target says the same thing clinically and keeps the partnership intact.',
    prefer: '"person with diabetes", "patient with type 2 diabetes"; "A1C 9.1% (above target)", "glucose above target range".',
    exceptions: [
      'Established disease terms: "diabetic neuropathy", "diabetic foot ulcer", "diabetic foot exam", "diabetic ketoacidosis", "diabetic retinopathy", "diabetic diet", "non-diabetic range".',
      '"Prediabetic" and "non-diabetic" lab ranges.',
      'Motor-control findings such as "uncontrolled descent" or "poor trunk control": control wording is only checked near diabetes or glucose terms.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S21', 'S14', 'S5'],
  },
  examples: {
    flagged: [
      '{{Type 1 diabetic}}, insulin pump; checks BG before sessions.',
      'Pt is {{a diabetic}} and checks glucose before sessions.',
      '{{Diabetic patient}} referred for balance training.',
      'Education handout for {{diabetics}} on foot care.',
      'Pt is {{a brittle diabetic}} per referral.',
      'T2DM, {{poorly controlled}}; A1C 9.4%.',
      { text: 'He has {{uncontrolled}} diabetes and skipped lunch.', mode: 'reflection' },
    ],
    clean: [
      'Diabetic foot exam: monofilament intact bilaterally.',
      'History of diabetic neuropathy and diabetic retinopathy.',
      'Admitted in 2019 with diabetic ketoacidosis.',
      'Fasting glucose in the non-diabetic range.',
      'Uncontrolled descent from sit to stand; poor eccentric quad control.',
      'Poor trunk control in sitting; needs min A for balance.',
      'Pt said, "I\'m a diabetic, so I keep juice in my bag."',
      'Patient with type 2 diabetes; A1C 8.2% (above target).',
    ],
  },
  check: (ctx) => checkPhrases(ctx, ctx.mode === 'clinical' ? clinical : reflection),
});
