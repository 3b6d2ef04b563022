/**
 * label.frequent-flyer — utilisation slurs and disease nicknames.
 */
import { defineRule } from '../define.ts';

const SICKLER = '"{match}" is a slur for people with sickle cell disease, linked to worse attitudes and care. Say "person with sickle cell disease".';
const REGULARS = 'Calling someone one of the "regulars" ("{match}") reduces them to how often they use care. State the visit history only if it matters clinically.';

export default defineRule({
  id: 'label.frequent-flyer',
  family: 'labels',
  severity: { clinical: 'error', reflection: 'error' },
  message: '"{match}" mocks a person for needing care. If the number of visits matters clinically, state it ("4 ED visits for pain crises in 6 months").',
  terms: [
    // Airline loyalty programmes are the other sense.
    { match: 'frequent -? flyer/n|flier/n', notAfter: ['miles|points|program|programme|card|status|number|account|club|rewards|lounge'], fix: 'none' },
    // A person blamed for a delayed discharge that the system causes: "the bed blocker in 12".
    { match: 'bed_blocker/n|bed-blocker/n|bedblocker/n', message: '"{match}" blames a person for a discharge the system has not arranged. Say what the discharge is waiting for ("medically ready since 3/2; awaiting SNF bed with bariatric equipment").', fix: 'none' },
    { match: 'sickler', message: SICKLER, suggest: ['person with sickle cell disease'] },
    { match: 'sicklers', message: SICKLER, suggest: ['people with sickle cell disease'] },
    {
      match: ['one of our|the|my|their #num|#word? regulars', 'a|an|our|the ed|er|clinic|ward|unit|hospital regular/n', 'regular/n|regulars in|at|on|of the|our|this? ed|er|a&e|emergency_department|clinic|ward|unit|exchange|site|shelter|drop-in|van|centre|center'],
      message: REGULARS,
      severity: 'warning',
      fix: 'none',
    },
  ],
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
      'She is {{one of the 999 regulars}}.',
      'Junkie {{regular at exchange}}, took 100 points and 2 naloxone kits.',
      '{{Frequent flyer}} in the ED for sickle cell pain crises.',
      '{{Sickler}}, 24 yo, here for hip AVN rehab. => Person with sickle cell disease, 24 yo, here for hip AVN rehab.',
      'Two {{sicklers}} on the unit this week. => Two people with sickle cell disease on the unit this week.',
      '{{One of our regulars}}, back again with another calf strain.',
      'Still no placement for the {{bed blocker}} on 5 West.',
    ],
    clean: [
      { text: 'He is a regular at the gym near his house and wants to get back to lifting.', mode: 'reflection' },
      '4 ED visits for pain crises in the past 6 months; hip AVN rehab.',
      { text: 'I used my frequent flyer miles to get home for the holidays.', mode: 'reflection' },
      'Bowel habits regular on the current bowel program.',
    ],
  },
});
