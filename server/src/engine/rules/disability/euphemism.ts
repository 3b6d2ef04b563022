/**
 * pfl.euphemism — well-meant euphemisms and inspiration framing.
 */
import { isRespiratory } from '../../context/senses.ts';
import { checkPhrases, defineRule, type Phrase } from '../define.ts';

/** Person words in any capitalisation (sentence-initial "He", "Pt"). */
const PERSON = /\b(?:pt|patient|client|he|she|they|him|her|them|student|man|woman|boy|girl|person|child|kid|[A-Z][a-z]+)\b/i;

const phrases: Phrase[] = [
  {
    pattern: /\bspecial[-\s]needs\b(?!\s+(?:trust|plan|planning|register|registry))/gi,
    message: '"Special needs" is a euphemism many disabled people dislike. Name the disability or the support needed.',
    suggest: ['disability', 'support needs'],
    fix: 'suggest',
  },
  {
    pattern: /\b(?:differently[-\s]abled|handi-?capable|diffability)\b/gi,
    message: 'Euphemisms suggest disability is something to avoid naming. Say "disabled" or "has a disability", or name the condition.',
    suggest: ['disabled'],
    fix: 'suggest',
  },
  {
    pattern: /\b(?:physically|mentally|intellectually|developmentally|vertically)[-\s]challenged\b/gi,
    message: '"Challenged" is a euphemism. Say "has a physical disability", "has an intellectual disability", or name the condition.',
    suggest: (m) => [/^physically/i.test(m[0]) ? 'with a physical disability' : /^mentally/i.test(m[0]) ? 'with a mental health condition' : 'with an intellectual disability'],
    fix: 'suggest',
  },
  {
    pattern: /\b(?:(?:(?:a|an|such\s+an?)\s+(?:real\s+|true\s+|total\s+|great\s+)?)?inspiration(?:al)?|(?:so\s+|very\s+|really\s+)?brave(?:ly)?|courageous(?:ly)?)\b/gi,
    message: 'Calling a disabled person an inspiration or brave for ordinary life makes their disability the story. Record what they did.',
    suggest: [],
    fix: 'none',
    personSubject: false,
    // Only about a person: stated before the word, or the implied subject of a fragment
    // ("Bravely battling MD."). "A brave decision by the team" is not about the patient.
    unless: (m, ctx) =>
      (/^inspiration$/i.test(m[0]) && isRespiratory(ctx.text.slice(Math.max(0, m.index - 60), m.index + 60))) ||
      !(PERSON.test(ctx.text.slice(ctx.sentenceAt(m.index).start, m.index)) || ctx.personSubject(m.index)) ||
      /^\s+(?:decision|choice|step|move|new)\b/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\b(?:overc[oa]me?s?|overcoming)\s+(?:his|her|their|a|the)\s+(?:disability|disabilities|condition|wheelchair|handicap)\b|\bdespite\s+(?:his|her|their)\s+(?:disability|disabilities|wheelchair|handicap|condition)\b/gi,
    message: '"Overcoming" or "despite" a disability treats it as the obstacle rather than the barriers around it. Describe the achievement on its own terms.',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\bnormal\s+(?:people|person|kids|children|students|peers|adults|individuals|folks)\b/gi,
    message: '"Normal" implies disabled people are abnormal. Say "non-disabled", "peers without disabilities" or "typically developing".',
    suggest: (m) => [m[0].replace(/^normal/i, 'non-disabled')],
    fix: 'suggest',
  },
  {
    pattern: /\bable[-\s]bodied\b/gi,
    message: 'Consider "non-disabled" instead of "able-bodied".',
    suggest: ['non-disabled'],
    fix: 'suggest',
    severity: 'hint',
  },
];

export default defineRule({
  id: 'pfl.euphemism',
  family: 'disability',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /special|abled|capable|diffability|challenged|inspiration|brave|courageous|overc|despite|normal|bodied/i,
  docs: {
    summary: 'Euphemisms for disability ("special needs", "differently abled") and inspiration framing ("so brave", "overcame his disability").',
    why:
      'Euphemisms suggest that disability is too awkward to name, and inspiration stories make a disabled person\'s ordinary life remarkable because of the disability. Naren going to lectures is a student going to lectures. The source text asks us to meet people where they are, which starts with naming their situation plainly and respectfully.',
    prefer: 'Name the condition or the support needed; "non-disabled" or "typically developing" for comparisons; record what the person did.',
    exceptions: [
      'Clinical normality: "normal ROM", "normal gait pattern", "WNL".',
      'Programme and legal names: "Special Olympics", "special needs trust".',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S14', 'S16', 'S17a', 'S17b'],
  },
  examples: {
    flagged: [
      'She attends a class for {{special needs}} students.',
      'He is {{differently abled}} and very independent.',
      'The boy is {{so brave}} coming to class in his chair.',
      'Naren has {{overcome his disability}} to study engineering.',
      'Compared with {{normal kids}} his endurance is lower.',
    ],
    clean: [
      'He had pain at the right side of his chest with deep inspiration.',
      'Normal gait pattern with reciprocal arm swing.',
      'ROM within normal limits bilaterally.',
      'He competes in the Special Olympics each spring.',
      'Family set up a special needs trust last year.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
