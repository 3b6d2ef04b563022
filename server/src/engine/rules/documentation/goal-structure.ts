/**
 * doc.goal-structure — goals that name the therapist as the actor, have the
 * patient only receive care, or have no measure or time frame.
 * Only in a Goals section or on a goal line ("STG:", "LTG 2:", "Goal:").
 */
import { defineRule, type RunContext } from '../define.ts';

const GOAL_LABEL = /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:\*\*|__)?(?:STGs?|LTGs?|short[- ]term goals?|long[- ]term goals?|goals?)(?:[ \t]*#?[ \t]*\d+)?(?:[ \t]*\([^)\n]{0,40}\))?(?:\*\*|__)?[ \t]*[:.)-]/i;
/** A time frame in the goal or in its label: "in 4 weeks", "by discharge", "x 6 wks", "(2 wk)". */
const TIME_FRAME =
  /\b(?:by|within|in|over|after|at|before|for|x|×)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(?:-|\s)?(?:days?|d|wks?|weeks?|w|months?|mos?|visits?|sessions?|tx|treatments?)\b|\b\d+\s*(?:-|\s)?(?:wks?|weeks?|months?|mos?|visits?|sessions?)\b|\bby\s+(?:d\/c|dc|discharge|the end of|end of|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d)|\b(?:at|by|prior to|before)\s+(?:discharge|d\/c|re-?eval(?:uation)?|progress report|the next (?:re-?eval|progress)|graduation|return to (?:school|class|campus))\b/i;
/** Something measurable: numbers, assistance levels, independence, standard scales. */
const MEASURE =
  /\d|%|\b(?:independent(?:ly)?|mod\s?I|min(?:imal)?\s?(?:A|assist)|mod(?:erate)?\s?(?:A|assist)|max(?:imal)?\s?(?:A|assist)|SBA|CGA|supervision|stand-?by|without (?:assist(?:ance)?|LOB|loss of balance|AD|rest|cues|pain)|no (?:LOB|loss of balance|cues)|WNL|WFL|full|normal|one|two|three|four|five|six|seven|eight|nine|ten|Berg|TUG|6MWT|FIM|LEFS|ODI|QuickDASH|NPRS)\b/i;
const THERAPIST_VERBS =
  '(?:educate|instruct|teach|train|provide|issue|assess|reassess|re-?evaluate|evaluate|monitor|progress|perform|administer|fit|review|apply|treat|facilitate|demonstrate|give|prescribe|order|recommend|encourage|help|assist|work|continue|see|address|implement|initiate|focus)';

interface Line {
  start: number;
  end: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

function checkGoals(ctx: RunContext): void {
  const text = ctx.text;
  const all = lines(text);
  // A label line without its own goal ("STG (4 weeks):") gives its time frame to the lines below it in the same run.
  let inheritedTime = false;
  for (const line of all) {
    const lineText = text.slice(line.start, line.end);
    if (lineText.trim() === '') continue;
    const label = GOAL_LABEL.exec(lineText);
    if (ctx.section !== 'goals' && !label) continue;
    const bodyStart = line.start + (label ? label[0].length : 0);
    const body = text.slice(bodyStart, line.end);
    if (label && TIME_FRAME.test(label[0])) inheritedTime = true;
    if (body.trim() === '') continue;
    const lead = /^[\s\-*+•]*(?:\d+[.)]\s*)?/.exec(body)![0].length;
    const goalStart = bodyStart + lead;
    const goal = text.slice(goalStart, line.end);

    // 1. The therapist as the actor.
    // Case matters: "PT will educate" is the therapist, "Pt will educate his caregiver" is the patient's goal.
    // "I will" is a student's own learning goal in a reflection.
    const selves = ctx.mode === 'clinical' ? '|I|[Ww]e' : '';
    const therapist = new RegExp(`^(?:[Tt]he\\s+)?(?:(?:[Tt]herapist|[Cc]linician|[Pp]hysical [Tt]herapist${selves})\\s+will|(?:PT|PTA|SPT)\\s+will(?=\\s+(?:[a-z]+\\s+)?${THERAPIST_VERBS}\\b))\\b`).exec(goal);
    if (therapist) {
      ctx.report({
        start: goalStart,
        end: goalStart + therapist[0].length,
        message: 'A goal describes what the patient will be able to do; the therapist\'s actions belong in the plan. Start with the patient and a functional activity ("Pt will …").',
        suggestions: [],
        fix: 'none',
      });
      continue;
    }
    // 2. The patient only receives care.
    const passive = /\bwill\s+be\s+(?:educated|instructed|taught|trained|given|provided|issued|shown|seen|treated)\b/i.exec(goal);
    if (passive) {
      ctx.report({
        start: goalStart + passive.index,
        end: goalStart + passive.index + passive[0].length,
        message: 'Being educated is the therapist\'s action, not the patient\'s outcome. Say what the patient will do with it ("will independently perform HEP with correct form", "will state 3 energy-conservation strategies").',
        suggestions: [],
        fix: 'none',
      });
      continue;
    }
    // 3. Improvement with no measure.
    const vague = /\bwill\s+(?:get\s+(?:stronger|better)|improve|show\s+improvement|have\s+improved|increase\s+(?:strength|endurance|ROM|function|mobility)|be\s+stronger|feel\s+better)\b/i.exec(goal);
    if (vague && !MEASURE.test(goal.slice(vague.index + vague[0].length).replace(new RegExp(TIME_FRAME.source, 'gi'), ' '))) {
      ctx.report({
        start: goalStart + vague.index,
        end: goalStart + vague.index + vague[0].length,
        message: 'This goal cannot be measured. Say how much and in what activity ("will transfer w/c ↔ bed with SBA", "knee extension 4/5 to climb the lecture-hall step").',
        suggestions: [],
        fix: 'none',
      });
      continue;
    }
    // 3b. A bare aim with no actor and no measure: "Goal: Improve ROM."
    const aim = /^(?:to\s+)?(?:improve|increase|decrease|reduce|strengthen|get\s+stronger|maximi[sz]e|optimi[sz]e|promote|restore|enhance|maintain)\b[^.;\n]*/i.exec(goal);
    if (aim && !MEASURE.test(aim[0].replace(new RegExp(TIME_FRAME.source, 'gi'), ' '))) {
      ctx.report({
        start: goalStart,
        end: goalStart + aim[0].trimEnd().length,
        message: 'This goal names no one and no measure. Say what the patient will do, how well, and by when ("Pt will reach overhead to the second shelf with R UE within 4 weeks").',
        suggestions: [],
        fix: 'none',
      });
      continue;
    }
    // 4. No time frame (a weaker finding: the time frame may sit in a heading).
    const will = /^(?:(?:[Tt]he\s+)?(?:[Pp]t|PT|[Pp]atient|[Cc]lient|[Ss]tudent|[Hh]e|[Ss]he|[Tt]hey)\s+will)\b/.exec(goal);
    // Only on labelled goal lines: a bare list item may take its time frame from a heading this run cannot see.
    if (will && label && !inheritedTime && !TIME_FRAME.test(goal)) {
      ctx.report({
        start: goalStart,
        end: goalStart + will[0].length,
        message: 'This goal has no time frame. Add when it should be met ("within 6 weeks", "by discharge") so progress can be judged.',
        suggestions: [],
        fix: 'none',
        severity: 'hint',
      });
    }
  }
}

export default defineRule({
  id: 'doc.goal-structure',
  family: 'documentation',
  severity: { clinical: 'info', reflection: 'hint' },
  anchor: /will|goal|stg|ltg|improve|increase|decrease|reduce|strengthen|stronger|maximi|optimi|promote|restore|enhance|maintain/i,
  docs: {
    summary: 'Goals that make the therapist the actor ("PT will educate…"), have the patient only receive care ("Pt will be instructed…"), promise improvement without a measure ("will get stronger") or have no time frame.',
    why:
      'The source text describes care as a partnership toward a meaningful goal, done with the patient and not to them. A goal written as the therapist\'s task, or as something the patient receives, leaves the patient out of their own goal. Goal-writing guidance agrees: the patient is always the one who will do something, the activity is functional, and there is a measure and a time frame.',
    prefer: 'Who (the patient) + functional activity + condition + how well + by when: "Pt will transfer power w/c ↔ lecture-hall seat with sliding board and SBA in < 2 min within 6 weeks, to attend classes."',
    exceptions: [
      'Lines outside a Goals section that are not goal lines ("STG:", "LTG 2:", "Goal:").',
      'Goals with a measure after "will improve" ("will improve knee flexion to 110°").',
      'A time frame given on the goal\'s label line in the same paragraph ("STG (4 weeks):").',
      'A missing time frame is only reported on labelled goal lines ("STG:", "LTG 2:", "Goal:"), because list items under a heading such as "Goals (4 weeks)" take their time frame from it.',
    ],
    sources: ['S29', 'S27', 'S28', 'seed'],
  },
  examples: {
    flagged: [
      'STG: {{PT will educate}} pt on energy conservation.',
      'Goals:\n1. {{Therapist will}} progress HEP as tolerated.',
      'LTG: Pt {{will be instructed}} in safe transfers within 4 weeks.',
      'Goal: Pt {{will get stronger}} in 6 weeks.',
      'LTG 2: {{Pt will}} ambulate 150 ft with rollator independently.',
      'Goal: {{Improve ROM}}.',
    ],
    clean: [
      'STG: Pt will transfer w/c ↔ mat with sliding board and SBA within 3 weeks.',
      'LTG (8 weeks): Pt will improve R knee extension to 4/5 to climb the lecture-hall step.',
      'Plan: PT will educate pt on energy conservation next visit.',
      'Pt will be educated on pressure relief at the next visit.',
      '## Goals\n\n1. Pt will propel the power w/c through the campus library doors independently.',
    ],
  },
  check: checkGoals,
});
