/**
 * cred.doubt-adjective — doubt words aimed at the patient's report or effort.
 */
import { defineRule, type RunContext } from '../define.ts';
import { bounded, clauseText } from './shared.ts';

/** What a patient gives: their history, account, report, effort. Not a disease, image or treatment. */
const TARGET =
  '(?:effort|efforts|history(?!\\s+of)|hx(?!\\s+of)|account|accounts|story|stories|self[- ]report(?:s|ed)?|report(?:s|ed)?(?!\\s+of\\s+(?:the|imaging|radiology|x-?ray|MRI|CT))|statements?|complaints?|symptom reports?|pain (?:rating|ratings|report|reports|score|scores|level|levels|behaviou?rs?)|reported (?:pain|symptoms?|adherence|compliance|falls?|function|limitations?)|(?:HEP )?(?:adherence|compliance) (?:report|reports|log|logs)|subjective(?: report| history| complaints?)?|credibility|sincerity|participation|version of events|testimony)';
const DOUBT = '(?:questionable|dubious|doubtful|unreliable|suspect|unconvincing|not credible|not believable|unbelievable|suspicious|inconsistent and unreliable)';

/** "Questionable effort", "unreliable history", "dubious pain report". */
const BEFORE_TARGET = new RegExp(`\\b(${DOUBT})\\s+(?:(?:(?:pt's|patient's|his|her|their|subjective|verbal|reported|overall|the)\\s+)?${TARGET}|(?:pt|patient|client|reporter|informant|narrator)(?![-'’\\w]))`, 'gi');
/** "History unreliable", "Her account of how the fall happened is dubious", "effort was questionable". */
const AFTER_TARGET = new RegExp(`\\b(${DOUBT})\\b`, 'gi');
/** The clinician's disbelief: "skeptical of his reported pain", "unconvinced by pt's account", "disbelieve her". */
const DISBELIEF = /\b(?:skeptical|sceptical|unconvinced|disbelie(?:ve|ves|ved|ving|f))\b/gi;

const MESSAGE =
  'This word questions the patient\'s honesty or effort rather than a finding. Record the patient\'s report and the measured findings side by side, and name a specific inconsistency only if it changes the plan.';

function check(run: RunContext): void {
  const ctx = bounded(run, true);
  const taken: Array<[number, number]> = [];
  const report = (start: number, end: number) => {
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    ctx.report({ start, end, message: MESSAGE, suggestions: [], fix: 'none' });
  };

  let m: RegExpExecArray | null;
  BEFORE_TARGET.lastIndex = 0;
  while ((m = BEFORE_TARGET.exec(ctx.text))) {
    if (/historian/i.test(ctx.text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 12))) continue;
    report(m.index, m.index + m[1]!.length);
  }

  const targetBefore = new RegExp(`\\b${TARGET}\\b`, 'i');
  AFTER_TARGET.lastIndex = 0;
  while ((m = AFTER_TARGET.exec(ctx.text))) {
    const start = m.index;
    const end = start + m[0].length;
    const clause = clauseText(ctx, start);
    const lead = ctx.text.slice(clause.start, start);
    const rest = ctx.text.slice(end, clause.end);
    // Predicative: the doubt word closes the clause or is followed by a reason ("unreliable; …", "doubtful given …").
    const predicative = /^\s*(?:$|[.!?]|(?:at (?:best|times)|today|throughout|during|due|given|because|as|per|on|in|with|for|based|secondary|considering|overall)\b)/i.test(rest);
    if (!predicative) continue;
    if (!targetBefore.test(lead)) continue;
    // Hedging about a diagnosis somewhere in the lead wins: "history of PE doubtful".
    if (/\b(?:fracture|lesion|mass|tear|pe|dvt|infection|diagnosis|dx|benefit|prognosis|imaging|x-?ray|mri|ct|finding|findings|surgery)\b/i.test(lead.replace(new RegExp(TARGET, 'gi'), ''))) {
      if (!/\b(?:effort|account|story|report|history|hx)\b/i.test(lead)) continue;
    }
    report(start, end);
  }

  DISBELIEF.lastIndex = 0;
  while ((m = DISBELIEF.exec(ctx.text))) {
    const start = m.index;
    const end = start + m[0].length;
    const clause = clauseText(ctx, start);
    const lead = ctx.text.slice(clause.start, start);
    const rest = ctx.text.slice(end, Math.min(clause.end, end + 80));
    // The patient being sceptical about a treatment is their view, not doubt about them.
    if (/\b(?:pt|patient|client|student|caregiver|family|mother|father)\b/i.test(lead) && !/\b(?:I|we)\b/.test(lead)) continue;
    const aimed = new RegExp(`^\\s*(?:of|about|that|by|regarding|toward|towards|re:?)?\\s*(?:\\S+\\s+){0,4}?(?:${TARGET}|(?:pt|patient|client)(?:'s)?|his|her|their|him|them|she|he|they)\\b`, 'i');
    if (!aimed.test(rest)) continue;
    report(start, end);
  }
}

export default defineRule({
  id: 'cred.doubt-adjective',
  family: 'credibility',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /questionable|dubious|doubtful|unreliable|suspect|unconvincing|credible|believable|suspicious|skeptic|sceptic|unconvinced|disbelie/i,
  negationSensitive: false, // applied in check() over a bounded window
  docs: {
    summary: 'Doubt words aimed at the patient\'s report or effort ("questionable effort", "history unreliable", "skeptical of his pain").',
    why:
      'The source text asks clinicians to meet patients where they are and to treat them with respect; writing that a person\'s history is "unreliable" or their effort "questionable" records a judgment about their honesty instead of the data that prompted it. Doubt markers of this kind are more frequent in the records of Black patients and women, and the next clinician inherits the doubt. The measured values, placed next to what the patient said, carry the same information without the accusation.',
    prefer: '"Rates pain 9/10; completed 10 sit-to-stands with UE support", "grip CV 22% across 3 trials", "history limited by recall; collateral from caregiver".',
    exceptions: [
      'Diagnostic hedging about a disease, image or treatment ("questionable fracture line", "PE doubtful", "dubious benefit of surgery", "questionable history of seizures").',
      'The patient\'s own scepticism about a treatment ("pt skeptical that the brace will help").',
      '"Poor/unreliable historian", which cred.historian reports.',
    ],
    sources: ['S2', 'S3', 'S7'],
  },
  examples: {
    flagged: [
      '{{Questionable}} effort during grip testing; values inconsistent across trials.',
      'History {{unreliable}}; pt gave two different dates for onset.',
      '{{Unreliable}} patient, onset date differs between visits.',
      'I remain {{skeptical}} of his reported pain level of 8/10.',
      'Pain report of 10/10 is {{doubtful}} given pt was laughing in the waiting room.',
      'Her account of how the fall happened is {{dubious}}.',
    ],
    clean: [
      'Questionable fracture line on the lateral view; radiology to repeat imaging.',
      'PE doubtful per the medical team given a normal D-dimer.',
      'Dubious benefit of serial casting was discussed with pt, who chose to continue night splints.',
      'Pt skeptical that the night splint will help but agreed to a 2-week trial.',
      'Effort was not questionable; values consistent across three trials.',
    ],
  },
  check,
});
