/**
 * cred.denies — "denies" for what the patient reports not having.
 */
import { defineRule, type RunContext } from '../define.ts';
import { matchCase } from '../../text/case.ts';
import { PATIENT_WORD, bounded, clauseLead, nearSentence, nonPatientSubject } from './shared.ts';

const DENY = /\b(?:denies|denied|denying|deny)\b/gi;
/** Insurance, authorisation, legal and administrative denials. */
const ADMIN = /\b(?:claims?|authori[sz]ations?|auth|pre-?auth|coverage|requests?|appeals?|insurance|insurer|payer|payor|plan|benefits?|application|referral|funding|order|prescription|approval|extension|motion|petition|medicare|medicaid)\s+(?:\S+\s+){0,3}$/i;
const PASSIVE = /\b(?:was|were|been|be|is|are|being|get|gets|got|getting)\s+(?:\w+\s+)?$/i;
/** A review-of-systems line or label. */
const ROS_LINE = /\b(?:ROS|review of systems|systems review)\b/i;

const REPLACE: Record<string, [string, string]> = {
  denies: ['reports no', 'does not report'],
  denied: ['reported no', 'did not report'],
  denying: ['reporting no', 'not reporting'],
  deny: ['report no', 'do not report'],
};

function check(run: RunContext): void {
  const ctx = bounded(run, false);
  DENY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DENY.exec(ctx.text))) {
    const start = m.index;
    let end = start + m[0].length;
    const lead = clauseLead(ctx, start);
    const after = ctx.text.slice(end, end + 60);
    if (PASSIVE.test(lead)) continue; // "was denied coverage": done to the person, not said by them
    if (ADMIN.test(lead) || /^\s+(?:by|the\s+(?:claim|request|authori[sz]ation|appeal|allegations?|charges?))\b/i.test(after)) continue;
    if (/^\s+(?:(?:him|her|them|pt|the patient)\s+)?(?:coverage|authori[sz]ation|access|entry|admission|the request|services|benefits|a wheelchair|permission)\b/i.test(after)) continue;
    if (nonPatientSubject(ctx, start)) continue;
    if (!ctx.personSubject(start) && !PATIENT_WORD.test(lead)) continue;

    const near = ctx.text.slice(nearSentence(ctx, start).start, start);
    const inRos = ctx.section === 'ros' || ROS_LINE.test(near.slice(near.lastIndexOf('\n') + 1));
    // In a clinical note's review of systems "denies" is the convention: leave it alone there.
    if (inRos && ctx.mode === 'clinical') continue;

    const verb = m[0].toLowerCase();
    const [plain, clausal] = REPLACE[verb]!;
    let suggestions: string[];
    const any = /^\s+any\b/i.exec(after);
    if (any) {
      // "denies any pain" → "reports no pain"
      end += any[0].length;
      suggestions = [plain];
    } else if (/^\s+(?:that|being|having|feeling|\w+ing)\b/i.test(after)) {
      suggestions = [clausal];
    } else if (/^\s+(?:(?:a|an|the|his|her|their)\s+)?(?:hx|history)\b/i.test(after) || /^\s+[a-z]/i.test(after)) {
      suggestions = [plain, clausal];
    } else {
      suggestions = [clausal];
    }
    const original = ctx.text.slice(start, end);
    ctx.report({
      start,
      end,
      message: inRos
        ? 'In a review of systems "denies" is a convention, but it still implies doubt. In your own writing, "reports no …" or "negative for …" says the same thing.'
        : '"Denies" suggests the patient is refuting an accusation. Say "reports no …" or "does not report …"; if findings differ from the report, record both.',
      suggestions: suggestions.map((s) => matchCase(original, s)),
      fix: 'suggest',
      severity: inRos || ctx.mode === 'clinical' ? 'hint' : 'info',
    });
  }
}

export default defineRule({
  id: 'cred.denies',
  family: 'credibility',
  severity: { clinical: 'hint', reflection: 'info' },
  anchor: /\bden(?:y|ie)/i,
  docs: {
    summary: '"Denies" for symptoms or events the patient reports not having (hint in notes, info in reflections; not flagged in a clinical review of systems, a hint in a reflection\'s).',
    why:
      '"Denies" comes from the language of accusation: a person denies a charge. Used for symptoms ("denies falls"), it quietly suggests the patient may not be telling the truth, and it was historically used for things patients were expected to hide. The source text describes care as a partnership built on trust; "reports no" records the same negative finding without the suspicion. In a review of systems the word is a long-standing convention, so there it stays a hint.',
    prefer: '"Reports no falls since the last visit", "does not report dizziness", "no history of …"; in a review of systems, "negative for …".',
    exceptions: [
      'Review-of-systems lines and sections in clinical notes, where "denies" is the convention (a hint in reflections).',
      'Insurance, authorisation and administrative denials ("prior authorization was denied", "claim denied").',
      'A person who was denied something ("was denied coverage").',
      'Denials by anyone other than the patient or family ("the insurer denied …", "I denied the request").',
      'Attributed quotations.',
    ],
    sources: ['S32', 'S33', 'S34'],
  },
  examples: {
    flagged: [
      'Pt {{denies}} being unable to transfer but required mod A for w/c to mat.',
      'Patient {{denied}} missing any HEP sessions, although the log shows 2 of 7 days.',
      '{{Denies}} falls, though caregiver reports two near-falls this month.',
      'He keeps {{denying}} that the cushion has slipped forward.',
      { text: 'ROS: {{denies}} fever, chills, chest pain.', mode: 'reflection' },
    ],
    clean: [
      'Prior authorization for 12 visits was denied; appeal submitted with FVC and MMT data.',
      'Pt reports no falls since the last visit.',
      'The insurer denied the request for a tilt-in-space chair.',
      'Pt was denied coverage for the second cushion.',
      'ROS: denies fever, chills, chest pain, or recent weight change.',
    ],
  },
  check,
});
