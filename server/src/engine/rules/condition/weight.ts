/**
 * cond.weight — "obese patient", "morbidly obese", "fat" for a person.
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';
import { PERSON_NOUN, articleFor, haveFor } from '../../text/lexicon.ts';
import { after, before } from './shared.ts';

const MESSAGE = 'Weight is something a person has, not what they are. Say "person with obesity" or give the measure ("BMI 41, class III obesity").';
/** "obese" before these describes a measure or a research model, not a person. */
const NOT_PERSON = /^\s*(?:abdomen|abdominal|belly|panniculus|pannus|thighs?|legs?|arms?|trunk|torso|body|adipose|tissue|habitus|body\s+habitus|range|category|class|group|cohort|mice|mouse|rats?|models?|phenotype|subjects?\s+were|population|populations|state|status)\b/i;

const phrases: Phrase[] = [
  {
    // "Pt is morbidly obese" → "Pt has severe obesity"
    pattern: /\b(is|was|are|were|has\s+been|had\s+been|became|becomes)\s+(?:(morbidly|severely|extremely|super|very)\s+)?obese\b/gi,
    message: MESSAGE,
    suggest: (m) => {
      const verb = /^(?:became|becomes)$/i.test(m[1]!) ? (/became/i.test(m[1]!) ? 'developed' : 'develops') : /been/i.test(m[1]!) ? `${m[1]!.split(/\s+/)[0]} had` : haveFor(m[1]!);
      return [`${verb} ${m[2] ? 'severe ' : ''}obesity`];
    },
    fix: 'suggest',
    unless: (m, ctx) => !ctx.personSubject(m.index) || NOT_PERSON.test(after(m, ctx)),
  },
  {
    // "an obese 54 yo woman", "morbidly obese patient"
    pattern: new RegExp(`\\b(?:(a|an|the)\\s+)?(?:(morbidly|severely|extremely|super)\\s+)?obese\\s+((?:(?:\\d+\\s*(?:yo|y\\/o|y\\.o\\.|year[- ]old|yr[- ]old)|young|older|elderly|middle[- ]aged|black|white|african[- ]american|hispanic|asian|male|female)\\s+){0,2})(${PERSON_NOUN})\\b`, 'gi'),
    message: MESSAGE,
    suggest: (m) => {
      const rest = `${m[3] ?? ''}${m[4]}`;
      const det = m[1] ? `${m[1].toLowerCase() === 'the' ? 'the' : articleFor(rest)} ` : '';
      return [`${det}${rest} with ${m[2] ? 'severe ' : ''}obesity`];
    },
    fix: 'suggest',
  },
  {
    pattern: /\bmorbidly\s+obese\b/gi,
    message: '"Morbidly obese" adds a judgment to a measurement. Say "with severe (class III) obesity" or give the BMI.',
    suggest: ['with severe obesity', 'with class III obesity'],
    fix: 'suggest',
  },
  {
    pattern: /\bthe\s+obese(?=\s*(?:[.,;:!?)]|$)|\s+(?:are|were|have|who|in|and|often|may|need)\b)/gi,
    message: 'A body size is not a group name. Say "people with obesity".',
    suggest: ['people with obesity'],
    fix: 'suggest',
  },
  {
    // Bare adjective for the person: "Obese, pleasant 40 yo …", "pt obese and deconditioned"
    pattern: /\bobese\b/gi,
    message: MESSAGE,
    suggest: ['with obesity'],
    fix: 'none',
    severity: 'info',
    unless: (m, ctx) => NOT_PERSON.test(after(m, ctx)) || /\b(?:habitus|build|body\s+type|appearance)\b[^.;]{0,12}$/i.test(before(m, ctx, 30)) || /\bnon-?$|\bpre-?$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)) || !ctx.personSubject(m.index),
  },
  {
    // "fat" as a description of a person (not fat pad, body fat, fat-free mass)
    pattern: new RegExp(`\\b(?:(?:(?:is|was|are|were|looks?|looked|seems?|seemed|getting|got|gotten|become|became)\\s+(?:(?:very|so|too|really|quite|a\\s+bit|kind\\s+of|pretty)\\s+)?fat(?=\\s*(?:[.,;:!?)"”]|$)|\\s+(?:and|but|so|because|now|lately)\\b))|(?:(?:a|the|that|this|some)\\s+)?fat\\s+(?:old\\s+)?(?:\\d{1,3}\\s*-?\\s*(?:yo|y\\/o|y\\.o\\.|year[-\\s]old|yr[-\\s]old)\\s+)?${PERSON_NOUN}\\b|(?<![\\w-])fat(?=\\s*,\\s*(?:[A-Za-z-]+\\s*,?\\s+){0,3}(?:\\d{1,3}\\s*-?\\s*(?:yo|y\\/o|y\\.o\\.|year[-\\s]old|yr[-\\s]old)|${PERSON_NOUN})\\b))`, 'gi'),
    message: '"Fat" used about a person is a judgment, not a finding. Give the measure (weight, BMI) if it is relevant to care.',
    suggest: [],
    fix: 'none',
    severity: 'warning',
    unless: (m, ctx) => /^(?:is|was|are|were|looks?|looked|seems?|seemed|getting|got|gotten|become|became)\b/i.test(m[0]) && !ctx.personSubject(m.index),
  },
];

export default defineRule({
  id: 'cond.weight',
  family: 'condition',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /obese|\bfat\b/i,
  docs: {
    summary: '"Obese patient", "morbidly obese" and "fat" used to describe a person.',
    why:
      'People living with obesity meet judgment in health care often enough to avoid it, and the source text asks clinicians to meet patients where they are, with respect. The AMA adopted person-first language for obesity in 2017: the person has a disease; they are not the disease. A BMI or weight is the clinical fact; "morbidly" and "fat" add only a judgment.',
    prefer: '"person with obesity", "patient with class III obesity (BMI 42)"; weight and BMI when they matter for the plan.',
    exceptions: [
      'An exam finding under a body-part label ("Abdomen: obese, soft").',
      '"Obesity" as the name of a disease or diagnosis ("class II obesity", "morbid obesity" in a problem list).',
      'Anatomy and body composition: "fat pad", "body fat %", "fat-free mass", "fatty liver", "fat infiltration".',
      '"Obese habitus", research models ("obese mice"), and ICD descriptors quoted verbatim.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S22', 'S14'],
  },
  examples: {
    flagged: [
      '{{Obese patient}} referred for knee OA.',
      'Pt {{is morbidly obese}} and uses a bariatric walker.',
      'A {{morbidly obese}} 60 yo woman with low back pain.',
      { text: 'The patient {{was fat}} and sweating after the stairs.', mode: 'reflection' },
      'She is {{a fat lady}} who lives alone.',
    ],
    clean: [
      'Abdomen: Obese, soft, nontender.',
      'Dx: class III obesity (BMI 42); knee OA.',
      'Infrapatellar fat pad tender to palpation.',
      'Body fat 31%; fat-free mass 52 kg.',
      'Imaging shows fatty liver and fatty infiltration of the multifidus.',
      'Pt states, "I\'m obese and I know it makes my knees worse."',
      'Morbid obesity is listed on the problem list.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
