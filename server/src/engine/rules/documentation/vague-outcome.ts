/**
 * doc.vague-outcome — "tolerated well", "did well", "doing well" in place of a
 * measured response to treatment.
 */
import { isMedicalCare } from '../../context/senses.ts';
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';

const MESSAGE =
  'This says little about how the person responded. Record the response with data (pain rating before/after, vitals, RPE, assistance level, distance, reps, cues) and what it means for their goals.';

/** Measures, scales and explicit evidence in the same sentence make the phrase a summary of data, not a substitute for it. */
const DATA = /\d|\b(?:as evidenced|evidenced by|as shown|as measured|demonstrated by|RPE|HR|SpO2|O2 sat|BP|VAS|NPRS|NRS|Borg|vitals|without (?:increase|change) in|no (?:increase|change) in)\b/i;

function hasData(ctx: RunContext, start: number, end: number): boolean {
  const s = ctx.sentenceAt(start);
  // Bounded window: a run-on "sentence" of thousands of characters must not make this quadratic.
  return DATA.test(ctx.text.slice(Math.max(s.start, start - 300), Math.min(s.end, end + 300)));
}

/** The clause (between sentence ends and semicolons) is nothing but the phrase, with a subject, copula, "today", "overall". */
function wholeStatement(ctx: RunContext, start: number, end: number): boolean {
  const s = ctx.sentenceAt(start);
  const from = Math.max(s.start, start - 200);
  const lead = ctx.text.slice(from, start);
  const clauseStart = from + Math.max(lead.lastIndexOf(';'), lead.lastIndexOf('\n')) + 1;
  const tail = ctx.text.slice(end, Math.min(s.end, end + 200));
  const stop = tail.search(/[;\n]/);
  const clauseEnd = stop === -1 ? Math.min(s.end, end + 200) : end + stop;
  const before = ctx.text
    .slice(clauseStart, start)
    .replace(/^[\s\-*+•>]*(?:\d+[.)]\s*)?(?:(?:A|P|Assessment|Impression|Plan)\s*:\s*)?/i, '')
    .replace(/^(?:(?:the\s+)?(?:pt|patient|client|he|she|they)\b\s*(?:is|was|has been|continues to be)?\s*)?(?:overall\s*)?/i, '')
    .trim();
  const after = ctx.text
    .slice(end, clauseEnd)
    .replace(/\b(?:today|overall|at this time|this session|this visit|so far|as tolerated|as planned|per (?:POC|plan))\b/gi, '')
    .replace(/[\s.!,]/g, '');
  return before === '' && after === '';
}

/** Nothing but punctuation follows on the line: "Continue POC; progress resistance next visit." names a next step. */
function nothingAfterOnLine(ctx: RunContext, end: number): boolean {
  const nl = ctx.text.indexOf('\n', end);
  return /^[\s.!,;]*(?:(?:today|as planned|as tolerated|per (?:POC|plan))[\s.!,;]*)?$/i.test(ctx.text.slice(end, nl === -1 ? ctx.text.length : nl));
}

/** The sentence is about an operation, anaesthesia or a drug course (context/senses.ts). */
function medicalCare(ctx: RunContext, at: number): boolean {
  const s = ctx.sentenceAt(at);
  return isMedicalCare(ctx.text.slice(Math.max(s.start, at - 200), Math.min(s.end, at + 200)), ctx.section);
}

/** Where a bare phrase would be the whole assessment or plan. */
function summaryPlace(ctx: RunContext): boolean {
  return ctx.section === 'assessment' || ctx.section === 'plan' || (ctx.section === 'other' && ctx.sentences.length === 1);
}

const phrases: Phrase[] = [
  {
    pattern: /\btolerated\s+(?:(?:the\s+|all\s+|today's\s+)?(?:treatment|tx|session|therapy|intervention(?:s)?|exercises?|ther\s?ex|activities|activity|program|visit|tx\s+session|treatment\s+session)\s+)?(?:very\s+|fairly\s+|relatively\s+)?well\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    // Bare "tolerated well" after an operation or a drug; "tolerated treatment well" stays a therapy phrase.
    unless: (m, ctx) => hasData(ctx, m.index, m.index + m[0].length) || (/^tolerated\s+(?:(?:very|fairly|relatively)\s+)?well$/i.test(m[0]) && medicalCare(ctx, m.index)),
  },
  {
    pattern: /\bdid\s+(?:very\s+|really\s+|so\s+)?(?:well|great|fine|good)\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    personSubject: true,
    unless: (m, ctx) => hasData(ctx, m.index, m.index + m[0].length) || ctx.negated(m.index) || medicalCare(ctx, m.index),
  },
  {
    // Only as the whole assessment: "A: Pt doing well." — "Pt reports doing well with stairs at school" is a report.
    pattern: /\b(?:doing\s+(?:well|great|fine|good|ok(?:ay)?)|no\s+(?:complaints|c\/o|concerns|issues))\b/gi,
    message: 'As a whole assessment this gives the next clinician nothing to compare against. Summarise the response to treatment with data and progress toward the goals.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => !summaryPlace(ctx) || !wholeStatement(ctx, m.index, m.index + m[0].length),
  },
  {
    pattern: /\b(?:see|per)\s+(?:the\s+)?flow\s?sheets?\b/gi,
    message: 'A pointer to the flowsheet is not an assessment. Summarise what the measures show and what they mean for the goals.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => !summaryPlace(ctx) || !wholeStatement(ctx, m.index, m.index + m[0].length),
  },
  {
    pattern: /\b(?:continue|cont\.?)\s+(?:with\s+|per\s+)?(?:the\s+)?(?:POC|plan of care|current plan|plan|tx|treatment)\b/gi,
    message: '"Continue POC" as the whole plan does not say what happens next or why skilled care is still needed. Name the next steps and their link to the goals.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => !summaryPlace(ctx) || !wholeStatement(ctx, m.index, m.index + m[0].length) || !nothingAfterOnLine(ctx, m.index + m[0].length),
  },
];

export default defineRule({
  id: 'doc.vague-outcome',
  family: 'documentation',
  severity: { clinical: 'info', reflection: 'info' },
  anchor: /tolerated|did\s|doing|no\s+(?:complaints|c\/o|concerns|issues)|flow\s?sheet|cont(?:inue|\.)?\s/i,
  docs: {
    summary: 'Outcome phrases that carry no measure: "tolerated treatment well", "did well"; "doing well", "no complaints" or "see flowsheet" as the whole assessment; "continue POC" as the whole plan.',
    why:
      'Documentation guidelines ask each visit note to record the patient\'s response to the interventions and progress toward each goal. "Tolerated well" cannot be compared at the next visit and does not show why skilled care was needed. Recording what actually changed is how the note shows care done with the patient toward a goal that matters to them.',
    prefer: 'State the response with data: "Completed 3 x 10 sit-to-stand with SBA; RPE 13/20; pain 2/10 before and after; no LOB." Then what it means: "progressing toward STG 2".',
    exceptions: [
      'A bare "tolerated well" after an operation, anaesthesia or a drug course, where it is the surgeon\'s or oncologist\'s convention rather than a therapy outcome.',
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
      'A: {{See flowsheet}}.',
      'Pt doing well; {{continue POC}}.',
      'Assessment: {{No complaints}}.',
    ],
    clean: [
      'Sedation was given, which she tolerated well.',
      'Pt tolerated treatment well: RPE 12/20, HR 104 max, pain 2/10 before and after.',
      'S: Pt reports doing well with the new cushion during long lectures.',
      'Tolerated 20 min upright in power chair tilt at 10° without increase in pain.',
      'He did not do well on stairs last week.',
      'Plan: Continue POC; progress resistance next visit.',
      'P: Continue POC with sliding-board transfers to the lecture-hall seat; progress sit-to-stand to 3 x 12.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
