/**
 * adhere.failed — the patient as the party that failed a treatment or an appointment.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';

/** Treatments a person is said to have "failed". */
const TREATMENT_MOD =
  '(?:(?:a|an|the|his|her|their|all|both|prior|previous|multiple|several|two|three|extensive|outpatient|inpatient|conservative|non[-\\s]?operative|nonsurgical|non[-\\s]?surgical|physical|home|steroid|cortisone|epidural|oral|\\d+\\s*(?:-\\s*)?(?:wks?|weeks?|months?|mos?|sessions?|visits?|days?)(?:\\s+of)?|(?:one|two|three|four|six|eight|several)\\s+(?:weeks?|months?|sessions?|visits?)\\s+of)\\s+){0,3}';
const TREATMENT_CORE =
  '(?:PT|physical therapy|physiotherapy|OT|occupational therapy|therapy|therapies|treatments?|tx|rehab|rehabilitation|HEP|exercise program|home program|management|care|measures|trials?\\s+of|(?:a\\s+)?courses?\\s+of|rounds?\\s+of|injections?|ESIs?|medications?|meds|NSAIDs?|analgesics?|bracing|splinting|orthotics?|casting|traction)\\b';
const TREATMENT = `${TREATMENT_MOD}${TREATMENT_CORE}`;
/** Things a person can be said to have "failed to" do. */
const ACTIONS =
  '(?:attend|show|show up|come|return|follow|follow up|follow-up|f\\/u|comply|complete|do|perform|keep|make|bring|call|schedule|reschedule|take|wear|use|adhere|participate|engage|report|notify|inform|progress|improve|respond|cooperate|demonstrate|carry out|practice|practise|refill|fill|pick up|arrive|appear)';

const NON_PERSON_BEFORE =
  /\b(?:device|chair|controller|joystick|battery|motor|pump|system|equipment|machine|unit|vendor|insurance|insurer|payer|authori[sz]ation|claim|fax|referral|order|surgery|repair|graft|fixation|hardware|treatment|therapy|medication|injection|brace|splint|program|plan|test|imaging|study|call|email|message|app|software|platform|printer|lift|elevator|door)s?\s+(?:(?:has|have|had|was|were|also|then|again|repeatedly|ultimately|previously)\s+){0,2}$/i;

function nonPersonSubject(m: RegExpExecArray, ctx: RunContext): boolean {
  return NON_PERSON_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 50), m.index));
}

const DID_NOT: Record<string, string> = {
  failed: 'did not', fails: 'does not', fail: 'do not', failing: 'not', 'has failed': 'did not', 'have failed': 'did not', 'had failed': 'had not',
};
const NOT_IMPROVE: Record<string, string> = {
  failed: 'did not improve with', fails: 'does not improve with', fail: 'do not improve with', failing: 'not improving with',
  'has failed': 'has not improved with', 'have failed': 'have not improved with', 'had failed': 'had not improved with',
};
const verbKey = (v: string) => v.toLowerCase().replace(/\s+/g, ' ');

const phrases: Phrase[] = [
  {
    // "Pt failed conservative PT" → "Pt did not improve with conservative PT"
    pattern: new RegExp(`\\b((?:has|have|had)\\s+failed|failed|fails|failing)(?=\\s+${TREATMENT})`, 'gi'),
    message:
      'Saying the patient "failed" a treatment makes them the one who fell short. Say what happened: "symptoms persisted after 6 weeks of PT", "did not improve with", "X did not relieve pain".',
    suggest: (m) => [NOT_IMPROVE[verbKey(m[1]!)] ?? 'did not improve with'],
    fix: 'suggest',
    personSubject: true,
    unless: nonPersonSubject,
  },
  {
    // "failed to attend" → "did not attend"
    pattern: new RegExp(`\\b((?:has|have|had)\\s+failed|failed|fails|failing|fail)\\s+to\\s+${ACTIONS}\\b`, 'gi'),
    message:
      '"Failed to" turns a missed session or a skipped step into a personal failing. "Did not attend" states the fact; add the reason if known.',
    suggest: (m) => {
      const verb = m[0].replace(new RegExp(`^${m[1]!.replace(/\s+/g, '\\s+')}\\s+to\\s+`, 'i'), '');
      return [`${DID_NOT[verbKey(m[1]!)] ?? 'did not'} ${verb}`];
    },
    fix: 'suggest',
    personSubject: true,
    unless: nonPersonSubject,
  },
  {
    pattern: new RegExp(`\\bfailure\\s+to\\s+${ACTIONS}\\b`, 'gi'),
    message: '"Failure to attend/follow" frames a missed step as a personal failing. State the fact ("did not attend 2 sessions") and any reason given.',
    suggest: [],
    fix: 'none',
  },
  {
    // "Referred after failed conservative management": no stated subject, milder.
    pattern: /\b(?:failed|unsuccessful)\s+(?:conservative|non[-\s]?operative|nonsurgical)\s+(?:care|management|treatment|tx|therapy|measures)\b|\btreatment\s+failure\b/gi,
    message: 'Consider naming what did not work rather than implying the patient failed: "symptoms persisted despite 6 weeks of conservative care".',
    suggest: [],
    fix: 'none',
    severity: 'hint',
  },
  {
    // "Pt failed the 5xSTS": a test result, not a character judgment.
    pattern: /\b(?:failed|fails)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:test|screen|screening|challenge|clearance)\b/gi,
    message: 'A test result is data, not a verdict on the person. Report the result ("unable to complete 5 sit-to-stands without UE support; 18 s").',
    suggest: [],
    fix: 'none',
    severity: 'hint',
    personSubject: true,
    unless: nonPersonSubject,
  },
];

export default defineRule({
  id: 'adhere.failed',
  family: 'adherence',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /\bfail/i,
  // A conditional ("if she fails to attend …") records nothing the patient did.
  contexts: { hypothetical: 'silent' },
  docs: {
    summary: 'The patient as the one who "failed" a treatment, a trial or an appointment.',
    why:
      'Treatments fail patients; patients do not fail treatments. "Pt failed conservative PT" puts the shortfall in the person when it was the treatment that did not help, and "failed to attend" turns a missed session into a character flaw without its reason. The source text describes care as a partnership: when a plan does not work, that is shared information about the plan, and the note should say what happened.',
    prefer: '"Symptoms persisted after 6 weeks of PT", "did not improve with a trial of night splinting", "did not attend 3 of 5 sessions (transport problems)".',
    exceptions: [
      'Organ failure ("respiratory failure", "heart failure"), "failure to thrive", "failed back surgery syndrome".',
      'Device and equipment failure ("controller failure", "the lift failed").',
      'Test items are noted only as a hint ("failed the balance screen" → report the result).',
      'A treatment as the subject ("the injection failed to relieve pain") is the preferred framing.',
    ],
    sources: ['S20', 'S32', 'S33'],
  },
  examples: {
    flagged: [
      'Pt {{failed}} conservative PT for the calf strain and was referred to ortho.',
      '{{Failed to attend}} 3 of the last 5 sessions.',
      'She {{failed}} a trial of night splinting.',
      'Pt {{failed to follow}} the pressure-relief schedule.',
      'Discharged for {{failure to attend}} two consecutive sessions.',
    ],
    clean: [
      'Respiratory failure requiring BiPAP in 2023; now uses nocturnal NIV.',
      'Heart failure with reduced EF (35%); monitor dyspnea with exertion.',
      'Failure to thrive in infancy per records.',
      'Failed back surgery syndrome (L4-S1) is listed as the referral diagnosis.',
      'Power-chair controller failure on Monday; vendor replaced the joystick module.',
      'Symptoms persisted after 6 weeks of PT; referred back to sports medicine.',
      'The injection failed to relieve pain.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
