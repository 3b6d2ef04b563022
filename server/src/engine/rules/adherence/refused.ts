/**
 * adhere.refused — "refused"/"refusal" for a person's decision about their own care.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { clauseAt, clipSpan } from '../../text/sentences.ts';
import { personBefore } from '../../context/subject.ts';

/** The match's sentence, clipped to a window around it (linear time on pathological input). */
const near = (ctx: RunContext, at: number) => clipSpan(ctx.sentenceAt(at), at);

/** A person is the stated subject (any capitalisation: "Pt", "He") or the implied subject of a fragment. */
const personLead = (ctx: RunContext, at: number) => personBefore(ctx.text, near(ctx, at), at);
const personSubj = (ctx: RunContext, at: number) => ctx.personSubject(at) || personLead(ctx, at);

const DECLINE: Record<string, string> = { refuse: 'decline', refuses: 'declines', refused: 'declined', refusing: 'declining' };
const CHOOSE: Record<string, string> = { refuse: 'choose', refuses: 'chooses', refused: 'chose', refusing: 'choosing' };

/** Someone other than the patient doing the refusing: an insurer, a clinician, the writer. */
const OTHER_SUBJECT =
  /\b(?:insurance|insurer|insurers|payer|payor|carrier|plan|medicare|medicaid|company|vendor|pharmacy|clinic|hospital|facility|school|university|landlord|employer|authori[sz]ation|claim|request|physician|surgeon|doctor|MD|Dr\.?|therapist|staff|nurse|RN|CI|we|I)\s+(?:(?:has|have|had|was|were|is|also|then|initially|again|ultimately|flatly|politely)\s+){0,2}$/i;
/** Adverbs that can sit between an implied subject and the verb ("Again refused."). */
const LEAD_ADVERBS = /^(?:(?:again|then|initially|also|later|today|politely|repeatedly|ultimately|now|still|once|subsequently|consistently|and|but|has|had|was|is|adamantly|firmly)\s+)*$/i;
/** Care a person can decline. */
const CARE_OBJECT =
  /^\s+(?:(?:the|his|her|their|all|any|further|a|an|to|today's|this|morning|afternoon|evening|scheduled|recommended|offered|prescribed)\s+){0,2}(?:PT|OT|ST|therapy|treatment|tx|session|sessions|visit|exercises?|stretch\w*|HEP|meds?|medications?|ice|heat|e-?stim|modalit\w+|eval\w*|assessment|ambulation|gait|transfers?|OOB|bath|shower|care|dressing|labs?|vitals|blood|brace|splints?|AFOs?|collar|mobility|repositioning|turns?|walk\w*|standing|food|meals?|intervention|procedure|surgery|injection|trial)\b/i;
const NOT_BEFORE = /\b(?:not|never|no|n't|without)\s+(?:\w+\s+)?$/i;

/** The patient (stated or implied) is the one refusing. */
function patientRefuses(m: RegExpExecArray, ctx: RunContext): boolean {
  const sentence = near(ctx, m.index);
  const clause = clauseAt(ctx.text, sentence, m.index);
  const lead = ctx.text.slice(clause.start, m.index);
  if (OTHER_SUBJECT.test(lead)) return false;
  if (/\b(?:was|were|been|be|being|get|got)\s+$/i.test(lead) && /^refused$/i.test(m[1] ?? '')) {
    // Passive: "was refused entry" is done to the person; "was refused by the patient" is the patient's decision.
    return /^\s+by\s+(?:the\s+)?(?:pt|patient|client|him|her|them|resident)\b/i.test(ctx.text.slice(m.index + m[0].length));
  }
  if (personSubj(ctx, m.index)) return true;
  // A care activity as the object ("the TKA in bed 12 refused PT") or an infinitive ("refused to walk").
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
  if (/to$/i.test(m[0]) || CARE_OBJECT.test(after)) return true;
  // Implied subject at the start of a clause: "Offered ice at end of session; refused."
  return LEAD_ADVERBS.test(lead.trim() === '' ? '' : lead.trim() + ' ');
}

function skip(m: RegExpExecArray, ctx: RunContext): boolean {
  const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
  if (NOT_BEFORE.test(before)) return true;
  return !patientRefuses(m, ctx);
}

const MESSAGE =
  '"Refused" casts a person\'s decision about their own care as defiance. "Declined" records the same choice neutrally; add the reason they gave and what was discussed.';

const phrases: Phrase[] = [
  {
    // "refused to walk" → "declined to walk" / "chose not to walk"
    pattern: /\b(refuse|refuses|refused|refusing)\s+to\b(?!\s+(?:accept|acknowledge|believe|admit)\b)/gi,
    message: MESSAGE,
    suggest: (m) => {
      const verb = m[1]!.toLowerCase();
      return [`${DECLINE[verb]} to`, `${CHOOSE[verb]} not to`];
    },
    fix: 'suggest',
    unless: skip,
  },
  {
    // "refused stretching" → "declined stretching"
    pattern: /\b(refuse|refuses|refused|refusing)\b(?!\s+to\b)/gi,
    message: MESSAGE,
    suggest: (m) => [DECLINE[m[1]!.toLowerCase()]!],
    fix: 'suggest',
    unless: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // "refuse" as waste: "refuse bins", "household refuse".
      if (/^refuse$/i.test(m[1]!) && (/^\s+(?:bins?|collection|disposal|sacks?|bags?|trucks?|lorry|containers?|removal|chute|area|site|tip|dump|workers?)\b/i.test(after) || /\b(?:the|household|domestic|kitchen|garden|food|of|and|dispose of)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)))) return true;
      return skip(m, ctx);
    },
  },
  {
    // "refusal of the sliding-board trial" → "decision to decline the sliding-board trial"
    pattern: /\brefusals?(?:\s+(of|to))?\b/gi,
    message: MESSAGE,
    suggest: (m) => (m[1]?.toLowerCase() === 'of' ? ['decision to decline'] : m[1] ? ['decision not to'] : []),
    fix: 'suggest',
    unless: (m, ctx) => {
      const before = ctx.text.slice(Math.max(0, m.index - 40), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/\binformed\s+$/i.test(before)) return true; // legal doctrine and form names
      if (/^(?:\s+[\w-]+){0,3}?\s+(?:forms?|waivers?|documents?|templates?|policy|letters?)\b/i.test(after)) return true;
      if (/^\s+(?:coverage|authori[sz]ation|payment|the claim|claims?|reimbursement|entry|admission|service)\b/i.test(after)) return true;
      if (/\b(?:insurance|insurer|payer|payor|claim|authori[sz]ation|coverage|medicare|medicaid)\s+$/i.test(before)) return true;
      return NOT_BEFORE.test(before);
    },
  },
];

export default defineRule({
  id: 'adhere.refused',
  family: 'adherence',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /refus/i,
  // "If the patient refuses treatment, …" records no decision, and an insurer refusing to pay is not the
  // patient; a relative's decision about the patient's care is still framed, but less is at stake.
  contexts: { hypothetical: 'silent', organisation: 'silent', relative: 'info' },
  docs: {
    summary: '"Refused", "refuses" and "refusal" for a person\'s decision about their own care.',
    why:
      'A patient who says no to a treatment is exercising the right to decide about their own body; "refused" records it as defiance. Studies of stigmatizing notes found "refuse" among the few terms used in a consistently negative way, and in a randomised vignette study a note in which a patient "refuses" care shifted readers\' attitudes and treatment choices. The source text describes care as something done with the patient: a decision the person made is part of that partnership, and the reason behind it is clinical information.',
    prefer: '"Declined stretching today, citing fatigue after a 3-hour lab; agreed to try it in the morning." "Chose not to use the standing frame this week because of shoulder pain."',
    exceptions: [
      'Hypothetical refusals ("if he refuses …") and refusals by an insurer or another organisation; a relative\'s refusal of the patient\'s care is reported at info.',
      'The patient\'s own words in an attributed quotation ("I refuse to go back to the old chair").',
      '"Informed refusal" and form names ("refusal of treatment form").',
      '"Refuse" as waste ("refuse bins").',
      'Someone other than the patient refusing: an insurer, a vendor, the writer ("insurance refused the authorization").',
      'Negated use ("did not refuse").',
    ],
    sources: ['S1', 'S4', 'S6', 'S7', 'S11', 'S12', 'S30'],
  },
  examples: {
    flagged: [
      'Pt {{refused}} stretching again today.',
      '{{Refuses to}} wear the cervical collar in the w/c.',
      'Patient {{refusing}} the HEP handout.',
      'Documented {{refusal}} of the sliding-board trial.',
      'Offered ice at the end of the session; {{refused}}.',
      'He {{refused to}} walk the last lap.',
    ],
    clean: [
      'If the patient refuses treatment, the risks will be reviewed with him again.',
      'Medicaid is threatening to refuse to pay for the machine.',
      'Pt declined hamstring stretching today, citing fatigue after a 3-h lab; moved it to mornings.',
      'Pt said, "I refuse to go back to the old chair," and asked to keep the loaner.',
      'Informed refusal form reviewed and signed for the recommended overnight ventilation trial.',
      'The refuse bins block the accessible ramp at pt\'s dorm; reported to housing.',
      'Insurance refused the authorization for a second power chair.',
      'Pt did not refuse any part of the session.',
      'He was refused entry to the building because the ramp was blocked.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
