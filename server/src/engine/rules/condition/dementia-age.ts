/**
 * cond.dementia-age — "demented", "senile", "the elderly", "old lady", "geri".
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';
import { PERSON_NOUN } from '../../text/lexicon.ts';
import { NOUN_END, after, before } from './shared.ts';

const AGE_MESSAGE = '"Elderly" and similar words lump people together by age and suggest frailty. Say "older adult(s)", or give the age if it matters.';
/** Person nouns after "elderly" and what "older" version reads best. */
const ELDERLY_ADULT = /^(?:persons?|people|individuals?|pts?|patients?)$/i;
/** Clinical terms that keep "senile" as a descriptor of a finding, not a person. */
const SENILE_FINDING = /^\s+(?:plaques?|cataracts?|purpura|osteoporosis|keratos[ie]s|lentig(?:o|ines)|tremor|emphysema|angiomas?|kyphosis|macular|atrophy|changes|warts?|ectropion|entropion|gait|vaginitis|involution|miosis)\b/i;

const phrases: Phrase[] = [
  {
    // "a demented man" → "a man with dementia"
    pattern: new RegExp(`\\b(?:(a|an|the)\\s+)?demented\\s+(${PERSON_NOUN})\\b`, 'gi'),
    message: 'Say "person with dementia": the condition is something the person has, and "demented" is also an insult.',
    suggest: (m) => [`${m[1] ? (m[1].toLowerCase() === 'the' ? 'the ' : 'a ') : ''}${m[2]} with dementia`],
    fix: 'suggest',
  },
  {
    pattern: new RegExp(`\\b(is|was|are|were|became|becoming|getting|seems?|seemed)\\s+(?:(?:very|quite|so|a\\s+bit|increasingly|more)\\s+)?(?:demented|senile)\\b`, 'gi'),
    message: '"Demented" and "senile" judge the whole person. Say "has dementia" or describe the cognitive finding (orientation, recall, MoCA).',
    suggest: (m) => [/^(?:was|were|became)$/i.test(m[1]!) ? 'had dementia' : /^are$/i.test(m[1]!) ? 'have dementia' : 'has dementia'],
    fix: 'suggest',
    unless: (m, ctx) => !ctx.personSubject(m.index),
  },
  {
    pattern: /\b(?:(?:a|an|the)\s+)?demented\b/gi,
    message: 'Say "person with dementia", or describe the cognitive finding (orientation, recall, MoCA score).',
    suggest: ['with dementia'],
    fix: 'none',
  },
  {
    pattern: new RegExp(`\\b(?:(?:a|an|the)\\s+)?senile(?:\\s+(?:old\\s+)?${PERSON_NOUN}\\b|\\s+\\d{1,3}\\s*-?\\s*(?:yo|y\\/o|y\\.o\\.|year[-\\s]old|yr[-\\s]old)|${NOUN_END})`, 'gi'),
    message: '"Senile" is not a diagnosis and reads as an insult. Describe the cognitive finding or name the diagnosis.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => SENILE_FINDING.test(after(m, ctx)),
  },
  {
    pattern: /\bsenility\b/gi,
    message: '"Senility" is not a diagnosis. Name the condition or describe the cognitive change (e.g. "memory decline over 2 years; MoCA 19/30").',
    suggest: ['cognitive decline'],
    fix: 'suggest',
  },
  {
    // "the elderly" as a group
    pattern: /\b(?:the|frail|vulnerable)\s+elderly(?=\s*(?:[.,;:!?)]|$)|\s+(?:are|were|have|has|who|in|and|or|often|may|need|living|population|at)\b)/gi,
    message: AGE_MESSAGE,
    suggest: (m) => [/^frail/i.test(m[0]) ? 'frail older adults' : /^vulnerable/i.test(m[0]) ? 'older adults' : 'older adults'],
    fix: 'suggest',
  },
  {
    // "elderly woman" → "older woman"; "elderly patients" → "older patients"
    pattern: new RegExp(`\\belderly(?=\\s+(?:${PERSON_NOUN}|gentlem[ae]n|couples?|parents?|mothers?|fathers?|neighbou?rs?|relatives?|residents?|folks?)\\b)`, 'gi'),
    message: AGE_MESSAGE,
    suggest: ['older'],
    fix: 'suggest',
    unless: (m, ctx) => /^\s+Mobility\s+Scale/i.test(after(m, ctx)),
  },
  {
    pattern: /\b(is|was|are|were)\s+(?:very\s+|quite\s+)?elderly\b/gi,
    message: AGE_MESSAGE,
    suggest: (m) => [`${m[1]} an older adult`],
    fix: 'suggest',
    unless: (m, ctx) => !ctx.personSubject(m.index) || /^(?:are|were)$/i.test(m[1]!),
  },
  {
    // "old lady", "little old man", "old-timer" — not "a 20-year-old man"
    pattern: /(?<!(?:year|yr|yrs|years|month|months|mo|week|weeks|wk|day|days|y\/o|yo)[-\s])(?<![\d-])\b(?:little\s+)?old\s+(lad(?:y|ies)|m[ae]n|wom[ae]n|folks?|people|gal|geezers?|codgers?|biddy|biddies|fogeys?|fart)\b|\bold[-\s]timers?\b|\bgeezers?\b|\bcodgers?\b/gi,
    message: AGE_MESSAGE,
    suggest: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      if (/^lady|^wom[a]n|^gal|^biddy/.test(w)) return ['older woman'];
      if (/ladies|women|biddies/.test(w)) return ['older women'];
      if (/^man$/.test(w)) return ['older man'];
      if (/^men$/.test(w)) return ['older men'];
      return ['older adults'];
    },
    fix: 'suggest',
    unless: (m, ctx) => /\b(?:years?|yrs?|months?|weeks?|days?|\d)\s*-?\s*$/i.test(before(m, ctx, 12)),
  },
  {
    // "geri" as a person noun; "a geriatric" as a noun. Not "geri chair", "geriatric clinic".
    pattern: new RegExp(`\\b(?:(?:a|an|the|our|my|this|that|another)\\s+)?(?:geris|gerries|(?:(?:a|an|the|this|that|another|one|every)\\s+)geri(?:atric)?${NOUN_END}|(?:(?:the|these|those|our|my|all\\s+the)\\s+)geriatrics(?=\\s+(?:on|in|at|who|are|were|need|have|had)\\b)|geri\\s+(?:pts?|patients?|lad(?:y|ies)|m[ae]n|wom[ae]n|folks?))`, 'gi'),
    message: 'Naming people by a care setting turns them into a category. Say "older adult", "older patient", or give the age.',
    suggest: (m) => [/s$/i.test(m[0]) || /folks|ladies|men|women|patients|pts/i.test(m[0]) ? 'older adults' : 'older adult'],
    fix: 'suggest',
  },
];

export default defineRule({
  id: 'cond.dementia-age',
  family: 'condition',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /dement|senil|elderly|\bold[-\s]|geezer|codger|geri/i,
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
    ],
    sources: ['S17b', 'S14', 'S24', 'S35'],
  },
  examples: {
    flagged: [
      'Pt is {{demented}} and wanders at night.',
      'A {{demented man}} was shouting in the corridor.',
      'Falls prevention class for {{the elderly}}.',
      '{{Elderly}} woman, 84, with a hip fracture.',
      'A sweet {{little old lady}} who lives alone.',
      'We had three {{geris}} on the schedule today.',
      'Family worried about her {{senility}}.',
    ],
    clean: [
      'Pt with Alzheimer dementia, oriented x2; MoCA 17/30.',
      'Referred to the geriatric clinic; Geriatric Depression Scale 4/15.',
      'Transferred from bed to geri chair with min A.',
      'Elderly Mobility Scale score 14/20.',
      'Naren is a 20-year-old man with a progressive neuromuscular disease.',
      'Falls prevention class for older adults in the community.',
      'Pathology showed senile plaques.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
