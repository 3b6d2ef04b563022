/**
 * doc.vague-outcome — "tolerated well", "did well", "doing well" in place of a
 * measured response to treatment.
 */
import { defineRule } from '../define.ts';

/** What a session can be said to have been tolerated as. */
const SESSION = 'treatment|tx|session|therapy|intervention/n|exercise/n|ther_ex|therex|activities|activity|program|visit|tx_session|treatment_session';
/** Said of a summary that replaces the assessment or plan, not of one sentence among others. */
const SUMMARY_ONLY = { when: ['summaryPlace' as const, 'wholeStatement' as const] };

export default defineRule({
  id: 'doc.vague-outcome',
  family: 'documentation',
  message:
    '"{match}" says little about how the person responded. Record the response with data (pain rating before/after, vitals, RPE, assistance level, distance, reps, cues) and what it means for their goals.',
  defaults: { fix: 'none', unless: ['measured'] },
  terms: [
    // "tolerated treatment well" stays a therapy phrase; bare "tolerated well" after an operation or a drug does not.
    { match: `tolerate/v the|all|today's? ${SESSION} very|fairly|relatively? well` },
    { match: 'tolerate/v very|fairly|relatively? well', unless: ['medicalCare'] },
    { match: 'did very|really|so? well|great|fine|good', when: ['personSubject'], unless: ['medicalCare'], contexts: { negated: 'silent' } },
    // Only as the whole assessment: "A: Pt doing well." — "Pt reports doing well with stairs at school" is a report.
    {
      ...SUMMARY_ONLY,
      match: ['doing well|great|fine|good|ok|okay', 'no complaints|concerns|issues', 'no c / o'],
      message: 'As a whole assessment, "{match}" gives the next clinician nothing to compare against. Summarise the response to treatment with data and progress toward the goals.',
    },
    { ...SUMMARY_ONLY, match: 'see|per|refer_to the? flowsheet/n|flow_sheet/n', message: 'A pointer to the flowsheet ("{match}") is not an assessment. Summarise what the measures show and what they mean for the goals.' },
    {
      match: ['continue with|per? the? poc|plan_of_care|current_plan|plan|tx|treatment', 'cont .? with|per? the? poc|plan_of_care|current_plan|plan|tx|treatment'],
      when: ['summaryPlace', 'wholeStatement', 'lineEnds'],
      message: '"{match}" as the whole plan does not say what happens next or why skilled care is still needed. Name the next steps and their link to the goals.',
    },
  ],
  severity: { clinical: 'info', reflection: 'info' },
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
});
