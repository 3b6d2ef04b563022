/**
 * pfl.wheelchair-bound — describing a wheelchair as confinement.
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';
import { PERSON_NOUN, articleFor } from '../../text/lexicon.ts';

const BOUND = 'wheel\\s?chair[-\\s]?bound|w/c[-\\s]bound';
const CONFINED = '(?:confined|restricted|bound|limited)\\s+to\\s+(?:a|an|the|(?:his|her|their)(?:\\s+own)?)\\s+((?:power(?:ed)?\\s+|motori[sz]ed\\s+|manual\\s+|electric\\s+)?)(?:wheel\\s?chair|w/c|chair(?<=(?:confined|bound)\\s+to\\s+(?:a|an|the|his|her|their)(?:\\s+own)?\\s+(?:(?:power(?:ed)?|motori[sz]ed|manual|electric)\\s+)?chair))';
/** Up to two modifiers between the label and the noun ("wheelchair-bound university student"). */
const MODIFIERS = '(?:(?!(?:and|or|but|the|a|an|since|for|with|in|at|due|after|who|from|because)\\b)[a-z][a-z-]*\\s+){0,2}';
const MESSAGE =
  'A wheelchair is how the person gets around, not something that holds them down. Say what they use: "uses a wheelchair" or "wheelchair user".';

/** Tense-preserving verb for "is/was … wheelchair-bound". */
const USES: Record<string, string> = {
  is: 'uses', was: 'used', are: 'use', were: 'used', 'has been': 'has used', 'have been': 'have used',
  'had been': 'had used', remains: 'continues to use', remained: 'continued to use', became: 'began using',
  becomes: 'begins using', 'is now': 'now uses', 'was now': 'was then using',
};
const COPULA = '(is now|was now|is|was|are|were|has been|have been|had been|remains|remained|became|becomes)';

const phrases: Phrase[] = [
  {
    // "a wheelchair-bound student" → "a student who uses a wheelchair"
    pattern: new RegExp(`\\b(?:(a|an)\\s+)?(?:${BOUND})\\s+(${MODIFIERS}${PERSON_NOUN})\\b`, 'gi'),
    message: MESSAGE,
    suggest: (m) => {
      const noun = m[2]!;
      const plural = /(?:[^s]s|people|men|women|children)$/i.test(noun);
      const rest = `${noun} who ${plural ? 'use wheelchairs' : 'uses a wheelchair'}`;
      return [m[1] ? `${articleFor(noun)} ${rest}` : rest];
    },
    fix: 'safe',
  },
  {
    // "is wheelchair-bound" / "was confined to a wheelchair" → "uses a wheelchair" / "used a wheelchair"
    pattern: new RegExp(`\\b${COPULA}\\s+(?:(?:${BOUND})\\b|${CONFINED}\\b)`, 'gi'),
    message: MESSAGE,
    suggest: (m) => {
      const verb = USES[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 'uses';
      const kind = (m[2] ?? '').trim().toLowerCase();
      return [`${verb} a ${kind ? kind + ' ' : ''}wheelchair`];
    },
    fix: 'safe',
  },
  {
    pattern: new RegExp(`\\b(?:${BOUND})\\b`, 'gi'),
    message: MESSAGE,
    suggest: ['uses a wheelchair', 'wheelchair user'],
    fix: 'suggest',
  },
  {
    pattern: new RegExp(`\\b${CONFINED}\\b`, 'gi'),
    message: MESSAGE,
    suggest: (m) => [`using a ${m[1] ? m[1].trim().toLowerCase() + ' ' : ''}wheelchair`],
    fix: 'suggest',
  },
  {
    pattern: /\bchair[-\s]?bound\b/gi,
    message: '"Chair-bound" frames seating as confinement. Describe mobility instead ("uses a wheelchair", "sits for most of the day").',
    suggest: ['uses a wheelchair'],
    fix: 'suggest',
    severity: 'hint',
    unless: (m, ctx) => /wheel\s?$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)),
  },
  {
    // "the girl in a wheelchair" names a person by their equipment.
    pattern: new RegExp(`\\b(${PERSON_NOUN})\\s+in\\s+(?:a|the)\\s+wheel\\s?chair\\b`, 'gi'),
    message: 'Naming someone by their wheelchair makes the chair their identity. Say "who uses a wheelchair", or leave the chair out if it is not relevant.',
    suggest: (m) => [`${m[1]} who uses a wheelchair`],
    fix: 'suggest',
    severity: 'info',
    unless: (m) => /^pts?$/i.test(m[1]!), // "Pt in w/c for session" is a position, not an identity
  },
];

export default defineRule({
  id: 'pfl.wheelchair-bound',
  family: 'disability',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /bound|confined|restricted|limited to|in (?:a|the) wheel/i,
  docs: {
    summary: 'Describing a person as bound, confined or restricted to a wheelchair.',
    why:
      'For someone like Naren, the motorized wheelchair is what lets him get to lectures, transfer on his own and live in his own apartment. "Bound" and "confined" describe the opposite: a person held down by equipment. Disability style guides agree that the chair is a means of mobility and that the person uses it. The source text asks us to meet people where they are; here that means describing their mobility as they live it.',
    prefer: '"uses a (power) wheelchair", "wheelchair user"; in the objective section: "mobility: power wheelchair, independent".',
    exceptions: [
      'The patient\'s own words in an attributed quotation.',
      'Clinical mobility descriptions such as "non-ambulatory", "w/c level" or "seated in w/c".',
      '"Pt in w/c" as a position for the session.',
    ],
    sources: ['seed', 'S14', 'S16', 'S17a', 'S17b'],
  },
  examples: {
    flagged: [
      'Naren is a 20-year-old {{wheelchair-bound}} university student.',
      'Pt {{is wheelchair-bound}} since 2019.',
      'He {{was confined to a wheelchair}} after the second admission.',
      'Pt {{confined to his chair}} since the SCI.',
      'Student {{confined to his power wheelchair}} during lectures.',
      'I worked with {{a wheelchair-bound student}} in clinic today.',
      'Pt is {{chair-bound}} most of the day.',
    ],
    clean: [
      'Naren uses a motorized wheelchair and transfers independently.',
      'Pt seated in w/c for the session; non-ambulatory.',
      'Mobility: power wheelchair, independent at w/c level.',
      'Pt states, "Some days I feel wheelchair-bound, but mostly it is my legs."',
      'Wheelchair user since age 14.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
