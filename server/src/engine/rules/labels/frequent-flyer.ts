/**
 * label.frequent-flyer — utilisation slurs and disease nicknames.
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';

const phrases: Phrase[] = [
  {
    pattern: /\bfrequent[-\s]fl(?:y|i)ers?\b(?!\s+(?:miles|points|program|programme|card|status|number|account|club|rewards|lounge))/gi,
    message: '"Frequent flyer" mocks a person for needing care. If the number of visits matters clinically, state it ("4 ED visits for pain crises in 6 months").',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\bsicklers?\b/gi,
    message: '"Sickler" is a slur for people with sickle cell disease, linked to worse attitudes and care. Say "person with sickle cell disease".',
    suggest: (m) => [/s$/i.test(m[0]) ? 'people with sickle cell disease' : 'person with sickle cell disease'],
    fix: 'suggest',
  },
  {
    pattern: /\b(?:one of (?:our|the|my|their) regulars|(?:a|an|our|the)\s+(?:ED|ER|clinic|ward|unit|hospital)\s+regulars?|regulars?\s+(?:in|at|on|of)\s+(?:the|our)\s+(?:ED|ER|emergency department|clinic|ward|unit|gym))\b/gi,
    message: 'Calling someone one of the "regulars" reduces them to how often they use care. State the visit history only if it matters clinically.',
    suggest: [],
    fix: 'none',
    severity: 'warning',
  },
];

export default defineRule({
  id: 'label.frequent-flyer',
  family: 'labels',
  severity: { clinical: 'error', reflection: 'error' },
  anchor: /frequent|sickler|regulars?\b/i,
  docs: {
    summary: 'Utilisation slurs and disease nicknames: "frequent flyer", "sickler" (error); "one of our regulars" (warning).',
    why:
      'These words have no clinical use: they mock people for needing care, or reduce a person to a disease. People with sickle cell disease regard "sickler" as derogatory, and emergency physicians who used it held more negative attitudes toward patients and followed pain guidelines less closely. The source text asks that every patient can trust they will be treated with respect.',
    prefer: '"Person with sickle cell disease"; "4 ED visits for pain crises in the past 6 months" (a count, only if relevant).',
    exceptions: ['Airline loyalty programmes ("frequent flyer miles"); a line can also be disabled with an inline comment.'],
    sources: ['S1', 'S7', 'S11'],
  },
  examples: {
    flagged: [
      '{{Frequent flyer}} in the ED for sickle cell pain crises.',
      '{{Sickler}}, 24 yo, here for hip AVN rehab.',
      '{{One of our regulars}}, back again with another calf strain.',
    ],
    clean: [
      '4 ED visits for pain crises in the past 6 months; hip AVN rehab.',
      { text: 'I used my frequent flyer miles to get home for the holidays.', mode: 'reflection' },
      'Bowel habits regular on the current bowel program.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
