/**
 * pfl.condition-as-person — people named by a disability, and disability slurs.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { PERSON_NOUN } from '../../text/lexicon.ts';

/**
 * "The disabled" is a collective noun unless a noun follows ("the disabled students", "the disabled
 * community"), in which case it is an adjective and identity-first usage some people prefer.
 */
const ADJECTIVE_USE = `\\s+(?:${PERSON_NOUN}|communit(?:y|ies)|population|groups?|rights|movement|parking|bathrooms?|restrooms?|toilets?|stalls?|spots?|spaces?|placards?|permits?|entrances?|access|seating|lifts?|veterans?|children|people|persons?|spots?|side|eyes?|ears?|corners?|area|tests?|trials?|study|studies|review|reviewers?|alley|fold|date|leading|ends?|ending|pouch(?:es)?|loops?|limbs?|sacs?|stumps?|segments?|ducts?|lumens?|canals?)\\b`; // anatomy: "the blind end of the SVC"
const COLLECTIVE_END = `(?!${ADJECTIVE_USE})(?=\\s*(?:[.,;:!?)]|$)|\\s+[a-z])`;
const PLEGIA: Record<string, string> = { paraplegic: 'paraplegia', quadriplegic: 'quadriplegia', tetraplegic: 'tetraplegia', hemiplegic: 'hemiplegia' };
const ACCESSIBLE_THINGS = '(parking|bathroom|restroom|toilet|stall|spot|space|placard|permit|entrance|ramp|access|seating|room|shower|lift)';

/**
 * Whether a bare condition adjective is used as a name for the person: before a person noun
 * ("paraplegic student"), or standing alone as a label ("Paraplegic, T10 complete", "known
 * epileptic;"). After a copula ("he is paraplegic") it is a predicate adjective and left alone.
 */
function nounUse(ctx: RunContext, start: number, end: number): boolean {
  const after = ctx.text.slice(end);
  if (new RegExp(`^\\s+${PERSON_NOUN}\\b`, 'i').test(after)) return true;
  if (!/^\s*(?:[,;:.)]|$)/.test(after)) return false;
  const before = ctx.text.slice(Math.max(0, start - 20), start);
  return !/\b(?:is|was|are|were|be|been|being|remains|remained|became|becomes|now|not)\s+$/i.test(before);
}

/** The person's own identity terms are theirs to use (front matter `patient-identifies-as`). */
const identifies = (ctx: RunContext, word: string) => ctx.identifiesAs.includes(word.toLowerCase());

const phrases: Phrase[] = [
  {
    pattern: new RegExp(`\\bthe\\s+(disabled|handicapped|crippled|lame|infirm)${COLLECTIVE_END}`, 'gi'),
    message: 'A disability is not a group name. Say "people with disabilities" or, where the community prefers it, "disabled people".',
    suggest: ['people with disabilities', 'disabled people'],
    fix: 'suggest',
  },
  {
    // "the blind", "the deaf" as collective nouns; "the Deaf community" (capital D, culture) is fine.
    pattern: new RegExp(`\\b[Tt]he\\s+(blind|deaf)${COLLECTIVE_END}`, 'g'),
    message: 'Naming people by a sense they lack makes it their identity. Say "people who are blind", "deaf people" or "people who are deaf or hard of hearing".',
    suggest: (m) => [m[1] === 'blind' ? 'people who are blind' : 'deaf people'],
    fix: 'suggest',
  },
  {
    pattern: new RegExp(`\\b(?:handicapped|disabled)\\s+${ACCESSIBLE_THINGS}\\b`, 'gi'),
    message: 'Facilities are accessible, not handicapped. Say "accessible parking", "accessible bathroom".',
    suggest: (m) => [`accessible ${m[1]!.toLowerCase()}`],
    fix: 'safe',
    severity: 'info',
  },
  {
    pattern: /\bhandicap(?:ped)?\b/gi,
    message: '"Handicapped" is an outdated label for disabled people. Say "has a disability", "disabled" or name the condition.',
    suggest: ['disabled', 'with a disability'],
    fix: 'suggest',
    unless: (m, ctx) => /^\s*(?:index|score|system|golf)/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\b(?:a|the)\s+cripple\b|\bcripples\b|\bcrippled\b(?!\s+by)/gi,
    message: '"Cripple" is a slur. Name the condition or describe function ("uses crutches", "has limited hand function").',
    suggest: [],
    fix: 'none',
    severity: 'error',
  },
  {
    pattern: /\b(?:spaz|spazz|spazzing|spazzed|spastics)\b|\b(?:a|the)\s+spastic(?=\s*(?:[.,;:!?)]|$)|\s+(?:who|and|in|with|is|was)\b)/gi,
    message: '"Spaz"/"a spastic" is a slur. Spasticity is a finding in a limb ("spastic diplegia"), never a name for a person.',
    suggest: [],
    fix: 'none',
    severity: 'error',
  },
  {
    pattern: /\b(?:retard|retards|retarded)\b/gi,
    message: '"Retarded" is a slur. Say "has an intellectual disability"; for findings use the clinical term ("psychomotor slowing").',
    suggest: [],
    fix: 'none',
    severity: 'error',
    unless: (m, ctx) => /^\s+(?:growth|development|gastric|emptying|ejaculation|healing|flow)\b/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\bmental\s+retardation\b/gi,
    message: '"Mental retardation" has been replaced by "intellectual disability" in diagnosis and law.',
    suggest: ['intellectual disability'],
    fix: 'safe',
  },
  {
    pattern: /\b(?:mongoloid|mongolism|midgets?)\b/gi,
    message: 'This word is a slur. Use the person\'s diagnosis ("has Down syndrome") or "person of short stature".',
    suggest: [],
    fix: 'none',
    severity: 'error',
  },
  {
    pattern: /\b(?:a|the)\s+dwarf\b(?!ism)/gi,
    message: 'Say "a person of short stature" or name the condition (e.g. achondroplasia), unless the person uses "dwarf" or "little person" themself.',
    suggest: ['a person of short stature'],
    fix: 'suggest',
    unless: (_m, ctx) => identifies(ctx, 'dwarf'),
  },
  {
    // "a paraplegic", "C6 quadriplegic", "paraplegics"
    pattern: /\b(?:(a|an|the)\s+)?((?:[CTL]\d{1,2}\s+)?)(paraplegic|quadriplegic|tetraplegic|hemiplegic)(s?)\b(?!\s+(?:gait|posture|pattern|shoulder|arm|leg|side|limb|hand|foot|migraine|CP|cerebral|spasticity|involvement))/gi,
    message: 'A person is not their paralysis. Say "person with paraplegia" (or the level: "person with C6 tetraplegia").',
    suggest: (m) => {
      const condition = PLEGIA[m[3]!.toLowerCase()]!;
      const level = m[2] ? m[2].trim() + ' ' : '';
      if (m[4]) return [`people with ${level}${condition}`];
      return [`${m[1] ? (m[1].toLowerCase() === 'the' ? 'the ' : 'a ') : ''}person with ${level}${condition}`];
    },
    fix: 'suggest',
    unless: (m, ctx) => {
      if (identifies(ctx, m[3]!)) return true;
      return !m[1] && !m[4] && !nounUse(ctx, m.index, m.index + m[0].length);
    },
  },
  {
    pattern: /\b(?:an?\s+|the\s+)?epileptics?\b(?!\s+(?:seizures?|activity|discharges?|focus|foci|encephalopathy|syndromes?|events?|spasms?|aura|form|drugs?|medications?|state|status))/gi,
    message: 'Say "person with epilepsy": the condition is something the person has.',
    suggest: (m) => [/s$/i.test(m[0]) ? 'people with epilepsy' : /^the/i.test(m[0]) ? 'the person with epilepsy' : 'a person with epilepsy'],
    fix: 'suggest',
    unless: (m, ctx) => identifies(ctx, 'epileptic') || (!/^(?:an?|the)\s/i.test(m[0]) && !/s$/i.test(m[0]) && !nounUse(ctx, m.index, m.index + m[0].length)),
  },
  {
    pattern: /\b(?:an?\s+|the\s+)?invalids?\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:who|and|in|with|is|was|since)\b)/gi,
    message: '"Invalid" as a name for a person implies they are not valid. Describe the condition or the support needed.',
    suggest: ['a person with a disability'],
    fix: 'suggest',
    unless: (m) => !/^(?:an?|the)\s/i.test(m[0]) && !/s$/i.test(m[0]),
  },
  {
    pattern: /\b(?:an?\s+|the\s+)?amputees?\b(?!\s+(?:clinic|program|programme|gait|support|coalition|rehab|rehabilitation|service|services|team|group|socket|care|pathway))/gi,
    message: 'Consider "person with an amputation" (or "with a below-knee amputation") unless the person calls themself an amputee.',
    suggest: (m) => [/s$/i.test(m[0]) ? 'people with amputations' : 'a person with an amputation'],
    fix: 'suggest',
    severity: 'hint',
    unless: (_m, ctx) => identifies(ctx, 'amputee') || ctx.languagePreference === 'identity-first',
  },
];

export default defineRule({
  id: 'pfl.condition-as-person',
  family: 'disability',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /disabled|handicap|cripple|lame|infirm|blind|deaf|spaz|spastic|retard|mongol|midget|dwarf|plegic|epileptic|invalid|amputee/i,
  docs: {
    summary: 'People named by a disability ("the disabled", "a paraplegic", "an epileptic") and disability slurs.',
    why:
      'The source text asks every interaction to carry respect and to treat the person, not the problem. Turning a condition into a name ("the paraplegic in bay 2") makes the diagnosis the whole person, and some words are slurs with no clinical use at all. Style guides from the AMA, APA and CDC recommend naming the person first unless the person prefers identity-first language, which Rapport lets each note record.',
    prefer: '"person with paraplegia", "people with disabilities" or "disabled people", "person with epilepsy", "accessible parking", "intellectual disability".',
    exceptions: [
      'Diagnostic compounds: "spastic diplegia", "spasticity", "psychomotor retardation", "growth retardation", "epileptic seizure", "hemiplegic gait".',
      '"Amputee clinic", "amputee gait training" and other service names.',
      'Terms the person uses for themself, listed in front matter as `patient-identifies-as`, and identity-first preference for "amputee".',
      '"The Deaf community" (capital D refers to a culture).',
    ],
    sources: ['S14', 'S15', 'S16', 'S17a', 'S17b', 'S35'],
  },
  examples: {
    flagged: [
      'Services for {{the disabled}} are on the ground floor.',
      'Parked in the {{handicapped parking}} by the gym.',
      'Pt is {{a paraplegic}} following a T10 injury.',
      '{{An epileptic}} on the ward had a seizure at 0300.',
      'Another student called him {{retarded}} in class.',
      '{{The blind}} need tactile cues on the stairs.',
    ],
    clean: [
      'The catheter was advanced to the blind end of the right superior vena cava.',
      'Spastic diplegia with increased tone at both ankles.',
      'Psychomotor retardation noted on mental status exam.',
      'Pt had an epileptic seizure lasting 2 minutes.',
      'Referred to the amputee clinic for socket review.',
      'She is active in the Deaf community and uses ASL.',
      { text: 'He is a proud amputee and coaches sitting volleyball.', options: { identifiesAs: ['amputee'] } },
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
