/**
 * label.malingering — attributions of faking, exaggeration and gain.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { bounded, clauseLead, nearSentence, personLead, personSubj, withReportedLabels } from './shared.ts';

/** Named tests and constructs: report the test, not the motive. */
const TESTS =
  /\b(?:TOMM|Test of Memory Malingering|SIMS|Structured Inventory of Malingered|symptom validity|performance validity|validity (?:testing|tests?|indicators?|scales?)|Waddell|non-?organic (?:signs?|findings)|MMPI|Rey 15|effort testing|embedded validity)\b/i;
const inTestContext = (m: RegExpExecArray, ctx: RunContext): boolean => {
  const s = nearSentence(ctx, m.index);
  return TESTS.test(ctx.text.slice(s.start, s.end));
};

/** What a person can be said to exaggerate (as opposed to an exam finding: reflexes, lordosis, startle). */
const SYMPTOM =
  '(?:(?:his|her|their|the|pt\'s|patient\'s|any|all|every)\\s+)?(?:pain|pains|symptoms?|complaints?|injury|injuries|disability|limitations?|difficult(?:y|ies)|deficits?|weakness|condition|problems?|fatigue|dizziness|numbness|discomfort|impairments?|illness|severity|distress|reports?|pain (?:behaviou?rs?|response|ratings?|scores?))';

const MESSAGE =
  'This word accuses the patient of deception or exaggeration. Report what was measured and the specific inconsistency, without inferring motive ("Waddell nonorganic signs 3/5"; "pain rating unchanged while gait speed improved 0.2 m/s").';

const phrases: Phrase[] = [
  {
    pattern: /\bmalinger(?:s|ed|ing|er|ers)?\b/gi,
    message: MESSAGE,
    unless: inTestContext,
  },
  {
    pattern: /\b(?:secondary gain|symptom magnification|magnif(?:ies|ying|ied)\s+(?:(?:his|her|their)\s+)?(?:symptoms|pain)|over-?reporting|overreport(?:s|ed|ing)?)\b/gi,
    message: MESSAGE,
    unless: (m, ctx) => inTestContext(m, ctx) || /^\s+(?:scale|questionnaire|index|score)\b/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    // "exaggerates pain", "exaggerated symptoms", "embellishing her limitations"
    pattern: new RegExp(`\\b(?:exaggerat(?:es|ed|ing|e|ion of)|embellish(?:es|ed|ing)?|overstat(?:es|ed|ing)|amplif(?:ies|ied|ying))\\s+${SYMPTOM}\\b`, 'gi'),
    message: MESSAGE,
    unless: inTestContext,
  },
  {
    // "Pt may be exaggerating.", "she is embellishing"
    pattern: /\b(?:exaggerating|embellishing|exaggerates|embellishes)\b(?=\s*(?:[.;,!?)]|$|\bagain\b|\bat times\b|\bfor\b|\bto\b))/gi,
    message: MESSAGE,
    unless: (m, ctx) => inTestContext(m, ctx) || !personSubj(ctx, m.index),
  },
  {
    // "faking the weakness", "a faker"; not "fake tan" or "faking" a sound in play therapy.
    pattern: /\bfak(?:ing|ed|es|er|ers|ery)\b/gi,
    message: MESSAGE,
    unless: (m, ctx) => {
      if (/^fak(?:er|ers)$/i.test(m[0])) return false;
      if (inTestContext(m, ctx)) return true;
      return !personSubj(ctx, m.index) && !personLead(ctx, m.index);
    },
  },
  {
    pattern: /\bhypochondri(?:ac|acs|acal|asis|a)\b/gi,
    message: 'This labels worry about health as a character flaw. Describe the concern and what was done ("asked about each new calf twinge; reviewed warning signs together").',
  },
  {
    pattern: /\bhyster(?:ical|ically|ics|ia)\b/gi,
    message: '"Hysterical" dismisses distress (and has a long history of being used against women). Describe what you observed: "crying and breathing fast after the w/c battery failed; sat with pt until calm".',
    unless: (m, ctx) => {
      const around = ctx.text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 25);
      return /\bmass\s+hysteria\b|hysterical(?:ly)?\s+(?:funny|laugh\w*)|laugh\w*\s+hysterically/i.test(around) || /\bhistory of (?:the )?(?:term|word|diagnosis)\s*$/i.test(clauseLead(ctx, m.index));
    },
  },
];

export default defineRule({
  id: 'label.malingering',
  family: 'labels',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /malinger|secondary gain|magnif|over-?report|exaggerat|embellish|overstat|amplif|fak|hypochondri|hyster/i,
  negationSensitive: false, // applied in check() over a bounded window
  docs: {
    summary: 'Attributions of faking and exaggeration: malingering, secondary gain, symptom magnification, exaggerates pain, faking, embellishing, hypochondriac, hysterical.',
    why:
      'These words accuse the patient of lying or of being driven by gain, which is a claim about motive that a therapy note can rarely support. They invite every later reader to discount the person\'s pain, as the studies behind this project show for doubting language. The source text asks for competent, compassionate care; the competent version reports the test and the observed inconsistency, and lets the reader weigh it.',
    prefer: '"Waddell nonorganic signs 3/5", "pain rating unchanged while gait speed improved 0.2 m/s", "grip CV 22% across 3 trials", "crying and breathing fast after the battery failed".',
    exceptions: [
      'Named tests and constructs: Test of Memory Malingering (TOMM), symptom/performance validity testing, Waddell or nonorganic signs.',
      'Exam findings: "exaggerated DTRs/reflexes", "exaggerated lumbar lordosis", "exaggerated startle response".',
      '"Hysterically funny", "mass hysteria".',
      'Negated uses ("no evidence of symptom magnification") and attributed quotations.',
    ],
    sources: ['S4', 'S6', 'S7', 'S11'],
  },
  examples: {
    flagged: [
      'Suspect {{malingering}}; pain behaviours out of proportion to findings.',
      'Possible {{secondary gain}} given the pending lawsuit.',
      '{{Symptom magnification}} noted throughout the FCE.',
      'Pt {{exaggerates pain}} with any light touch to the calf.',
      '{{Hysterical}} when the w/c battery died in the parking lot.',
      'I think he is {{faking}} the weakness in his L hand.',
      'She is a bit of a {{hypochondriac}} about every new twinge.',
    ],
    clean: [
      'Exaggerated DTRs at both patellae (3+).',
      'Exaggerated lumbar lordosis in standing, consistent with hip flexor tightness.',
      'Exaggerated startle response to sudden noise, noted by neurology.',
      'TOMM administered by neuropsychology; results pending.',
      'Waddell nonorganic signs 1/5; pain rating consistent with gait findings.',
      'No evidence of malingering on validity testing.',
    ],
  },
  check: (ctx) => checkPhrases(withReportedLabels(bounded(ctx, true)), phrases),
});
