/**
 * doc.vague-outcome — "tolerated well", "did well", "doing well" in place of a
 * measured response to treatment.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';

const MESSAGE =
  'This says little about how the person responded. Record the response with data (pain rating before/after, vitals, RPE, assistance level, distance, reps, cues) and what it means for their goals.';

/** Measures, scales and explicit evidence in the same sentence make the phrase a summary of data, not a substitute for it. */
const DATA = /\d|\b(?:as evidenced|evidenced by|as shown|as measured|demonstrated by|RPE|HR|SpO2|O2 sat|BP|VAS|NPRS|NRS|Borg|vitals|without (?:increase|change) in|no (?:increase|change) in)\b/i;

function hasData(ctx: RunContext, start: number, end: number): boolean {
  const s = ctx.sentenceAt(start);
  return DATA.test(ctx.text.slice(s.start, s.end));
}

/** The sentence is nothing but the phrase (with a subject, copula, "today", "overall"). */
function wholeStatement(ctx: RunContext, start: number, end: number): boolean {
  const s = ctx.sentenceAt(start);
  const before = ctx.text
    .slice(s.start, start)
    .replace(/^[\s\-*+•>]*(?:\d+[.)]\s*)?(?:(?:A|Assessment|Impression|S|Subjective|Pt report)\s*:\s*)?/i, '')
    .replace(/\b(?:pt|patient|client|he|she|they|the patient|[A-Z][a-z]+)\b\s*(?:is|was|has been|continues to be|reports|states)?\s*(?:overall\s*)?/i, '')
    .trim();
  const after = ctx.text
    .slice(end, s.end)
    .replace(/\b(?:today|overall|at this time|this session|this visit|so far)\b/gi, '')
    .replace(/[\s.!,;]/g, '');
  return before === '' && after === '';
}

const phrases: Phrase[] = [
  {
    pattern: /\btolerated\s+(?:(?:the\s+|all\s+|today's\s+)?(?:treatment|tx|session|therapy|intervention(?:s)?|exercises?|ther\s?ex|activities|activity|program|visit|tx\s+session|treatment\s+session)\s+)?(?:very\s+|fairly\s+|relatively\s+)?well\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => hasData(ctx, m.index, m.index + m[0].length),
  },
  {
    pattern: /\bdid\s+(?:very\s+|really\s+|so\s+)?(?:well|great|fine|good)\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    personSubject: true,
    unless: (m, ctx) => hasData(ctx, m.index, m.index + m[0].length) || ctx.negated(m.index),
  },
  {
    // Only as the whole assessment: "A: Pt doing well." — "Pt reports doing well with stairs at school" is a report.
    pattern: /\b(?:doing\s+(?:well|great|fine|good|ok(?:ay)?)|no\s+(?:complaints|c\/o|concerns|issues))\b/gi,
    message: 'As a whole assessment this gives the next clinician nothing to compare against. Summarise the response to treatment with data and progress toward the goals.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) =>
      !(ctx.section === 'assessment' || (ctx.section === 'other' && ctx.sentences.length === 1)) || !wholeStatement(ctx, m.index, m.index + m[0].length),
  },
];

export default defineRule({
  id: 'doc.vague-outcome',
  family: 'documentation',
  severity: { clinical: 'info', reflection: 'info' },
  anchor: /tolerated|did\s|doing|no\s+(?:complaints|c\/o|concerns|issues)/i,
  docs: {
    summary: 'Outcome phrases that carry no measure: "tolerated treatment well", "did well", and "doing well" or "no complaints" as the whole assessment.',
    why:
      'Documentation guidelines ask each visit note to record the patient\'s response to the interventions and progress toward each goal. "Tolerated well" cannot be compared at the next visit and does not show why skilled care was needed. Recording what actually changed is how the note shows care done with the patient toward a goal that matters to them.',
    prefer: 'State the response with data: "Completed 3 x 10 sit-to-stand with SBA; RPE 13/20; pain 2/10 before and after; no LOB." Then what it means: "progressing toward STG 2".',
    exceptions: [
      'The phrase followed by data in the same sentence ("tolerated well, RPE 12/20, HR 104").',
      '"Doing well" or "no complaints" inside a longer sentence, or as the patient\'s report in the subjective section.',
      'Negated uses ("did not do well with stairs") and attributed quotations.',
    ],
    sources: ['S27', 'S28'],
  },
  examples: {
    flagged: [
      'Pt {{tolerated treatment well}}.',
      '{{Tolerated well}}; continue POC.',
      'Pt {{did great}} with transfers today.',
      'A: Pt {{doing well}}.',
      'Assessment: {{No complaints}}.',
    ],
    clean: [
      'Pt tolerated treatment well: RPE 12/20, HR 104 max, pain 2/10 before and after.',
      'S: Pt reports doing well with the new cushion during long lectures.',
      'Tolerated 20 min upright in power chair tilt at 10° without increase in pain.',
      'He did not do well on stairs last week.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
