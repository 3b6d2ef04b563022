/**
 * adhere.disapproval — blame, neglect and tiresome-repetition framing.
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';

/** Stroke-related neglect: "neglects to scan left" is a finding, not blame. */
const SPATIAL = /^[^.;]{0,60}?\b(?:left|right|L|R|contralesional|affected|hemi\w*|visual field|side|space|scan\w*)\b/i;

const CONTINUES_PAST: Record<string, string> = {
  smoke: 'smoked', skip: 'skipped', miss: 'missed', eat: 'ate', drink: 'drank', cancel: 'cancelled', vape: 'vaped',
  ignore: 'did not follow', 'no-show': 'did not attend',
};
const CONTINUES_NOW: Record<string, string> = {
  smoke: 'smokes', skip: 'skips', miss: 'misses', eat: 'eats', drink: 'drinks', cancel: 'cancels', vape: 'vapes',
  ignore: 'does not follow', 'no-show': 'does not attend',
};

const EDUCATION =
  '(?:education|educating|teaching|instructions?|counsel(?:l)?ing|reminders?|remind(?:ing|ers)|warnings?|explanations?|discussions?|advice|encouragement|attempts?\\s+(?:at|to)\\s+(?:educate|explain|counsel|teach|encourage)|(?:verbal\\s+)?redirection|requests?|prompting)';

const phrases: Phrase[] = [
  {
    pattern: /\b(neglect(?:s|ed)?|neglecting)\s+to\b/gi,
    message: '"Neglected to" adds blame to a fact. State what did not happen ("did not bring the AFOs") and, if known, why.',
    suggest: (m) => [/^neglects$/i.test(m[1]!) ? 'does not' : /^neglecting$/i.test(m[1]!) ? 'not' : /^neglect$/i.test(m[1]!) ? 'do not' : 'did not'],
    fix: 'suggest',
    unless: (m, ctx) => SPATIAL.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\b(?:chose|chooses|choosing|choose|decided|decides)\s+to\s+(?:ignore|disregard|disobey|defy)\b/gi,
    message: '"Chose to ignore" assigns a motive. Record what the person did and what they said about it.',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\b(?:ignor(?:ed|es|ing|e)|disregard(?:ed|s|ing)?|disobey(?:ed|s|ing)?)\s+(?:(?:all|my|our|the|his|her|their|staff|medical|PT|therapist'?s?|physician'?s?|surgeon'?s?|MD'?s?|doctor'?s?|repeated|previous|prior|clear|safety|written|verbal)\s+){0,3}(?:advice|instructions?|recommendations?|education|precautions|warnings?|orders|restrictions|directions|requests?|reminders?)\b/gi,
    message: '"Ignored advice" presents a disagreement or a barrier as defiance. Describe what happened and what the person said about it.',
    suggest: [],
    fix: 'none',
  },
  {
    // "Despite repeated education" reads as exasperation, not information.
    pattern: new RegExp(`\\bdespite\\s+(?:(?:repeated|multiple|numerous|several|many|frequent|ongoing|extensive|continued|constant|countless|prior|previous|our|my|all|the|thorough|clear|explicit|verbal|written)\\s+){1,3}${EDUCATION}\\b`, 'gi'),
    message: '"Despite repeated education" records the writer\'s frustration rather than a fact. State what was discussed, what the person said, and the plan you agreed.',
    suggest: [],
    fix: 'none',
  },
  {
    // "despite education" without a modifier: still the writer's frustration.
    pattern: /\bdespite\s+(?:(?:our|my|the|all|PT|pt|patient)\s+)?(?:education|counsel(?:l)?ing|reminders|warnings|advice)\b/gi,
    message: '"Despite education" records the writer\'s frustration rather than a fact. State what was discussed, what the person said, and the plan you agreed.',
    suggest: [],
    fix: 'none',
  },
  {
    // "reminded multiple times", "told him on several occasions"
    pattern: /\b(?:reminded|told|educated|re-?educated|instructed|counsel(?:l)?ed|warned)\s+(?:(?:the\s+)?(?:pt|patient|him|her|them|client|family|caregiver)\s+)?(?:(?:multiple|several|numerous|many|countless|repeated|\d+|three|four|five|many\s+many)\s+times|on\s+(?:multiple|several|numerous|many|repeated)\s+occasions)\b/gi,
    message: 'Counting how many times you reminded someone signals exasperation. Record what was discussed and the person\'s response; repetition is part of teaching.',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\bdespite\s+being\s+(?:(?:repeatedly|frequently|often|previously|already|clearly)\s+)?(?:told|educated|instructed|reminded|warned|counsel(?:l)?ed|advised)\b/gi,
    message: '"Despite being told" records the writer\'s frustration rather than a fact. State what was discussed and what the person said.',
    suggest: [],
    fix: 'none',
  },
  {
    // "I once again explained", "was again reminded"
    pattern: /\b(?:once\s+again|yet\s+again|again|repeatedly|for\s+the\s+(?:second|third|fourth|fifth|nth|umpteenth|\d+(?:st|nd|rd|th))\s+time)\s+(?:explained|re-?explained|reminded|educated|re-?educated|instructed|told|warned|counsel(?:l)?ed|reinforced|stressed|emphasi[sz]ed|advised|lectured)\b/gi,
    message: 'Noting that you explained "again" signals exasperation. Record what was discussed and the person\'s response; repetition is part of teaching.',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\b(?:explained|reminded|educated|instructed|told|warned|counsel(?:l)?ed|advised)\s+(?:(?:the\s+)?(?:pt|patient|him|her|them|client|family|caregiver)\s+)(?:once\s+again|yet\s+again|again|repeatedly|for\s+the\s+(?:second|third|fourth|fifth|nth|umpteenth|\d+(?:st|nd|rd|th))\s+time)\b/gi,
    message: 'Noting that you explained "again" signals exasperation. Record what was discussed and the person\'s response; repetition is part of teaching.',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\b(?:was|were|has\s+been|have\s+been|had\s+been|been)\s+(?:(?:repeatedly|previously|already|clearly|strongly|explicitly)\s+)?warned\b|\b(?:I|we)\s+(?:(?:repeatedly|previously|already|clearly|strongly|explicitly)\s+)?warned\b/gi,
    message: '"Was warned" frames the conversation as a caution to someone who may not listen. Say what risks were discussed and how the person responded.',
    suggest: (m) => (/warned$/i.test(m[0]) && /^(?:was|were)\b/i.test(m[0]) ? [m[0].replace(/^(was|were)\b.*$/i, '$1') + ' advised'] : []),
    fix: 'suggest',
    personSubject: true,
  },
  {
    pattern: /\b(continues|continued|continue|continuing)\s+to\s+(smoke|skip|miss|eat|drink|cancel|vape|ignore|no-show)\b/gi,
    message: '"Continues to" signals disapproval of a habit. State the current fact ("smokes 1 ppd") and what was discussed.',
    suggest: (m) => {
      const verb = m[2]!.toLowerCase();
      const past = /^continued$/i.test(m[1]!);
      return [past ? CONTINUES_PAST[verb]! : `currently ${CONTINUES_NOW[verb]}`];
    },
    fix: 'suggest',
    personSubject: true,
  },
  {
    pattern: /\b(?:refus(?:es|ed|ing|e)|unwilling)\s+to\s+(?:accept|acknowledge|admit|believe)\b/gi,
    message: '"Refuses to accept" judges how a person is coming to terms with their condition. Describe what they said and what they want to know.',
    suggest: [],
    fix: 'none',
  },
];

export default defineRule({
  id: 'adhere.disapproval',
  family: 'adherence',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /times|occasions|neglect|ignor|disregard|disobey|despite|again|repeatedly|for the \w+ time|warned|continu|refus|unwilling/i,
  docs: {
    summary: 'Blame and exasperation: "neglected to", "ignored advice", "despite repeated education", "once again explained", "was warned", "continues to skip".',
    why:
      'Studies of notes describe a family of phrases that express the writer\'s disapproval rather than information: the patient "neglected" a task, "ignored" advice, did something "despite repeated counseling", needed things explained "again". Readers pick up the exasperation and carry it into the next encounter. The source text asks for respect and compassion in every interaction and for meeting people where they are; repetition is a normal part of teaching, and the reasons behind a missed step are what the plan needs.',
    prefer: 'The fact, the person\'s view and the agreed plan: "Has not used the tilt during lectures; says the controls are hard to reach; we moved the switch and agreed to try 2 tilts per lecture."',
    exceptions: [
      'Hemispatial or unilateral neglect ("neglects the left side", "left neglect") is a clinical finding.',
      'Self-neglect, elder and child neglect in safeguarding documentation.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S2', 'S9', 'seed'],
  },
  examples: {
    flagged: [
      'Pt {{neglected to}} bring the AFOs again.',
      '{{Despite repeated education}}, pt transfers without locking the brakes.',
      'I {{once again explained}} the importance of weight shifts.',
      'Pt {{was warned}} about the skin risk of sitting 6 h without tilting.',
      '{{Chose to ignore}} advice about AFO wear.',
      '{{Continues to skip}} the morning stretches.',
      '{{Ignored instructions}} on brake use.',
    ],
    clean: [
      'L hemispatial neglect on line bisection; cue to scan left while driving the w/c.',
      'Self-neglect concern reported to APS per protocol.',
      'Pt neglects to scan to the left side when driving the w/c.',
      'Despite max verbal cues, pt unable to sequence the transfer.',
      'Reviewed skin-check routine; pt demonstrated it with a mirror.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
