/**
 * doc.vague-outcome — "tolerated well", "did well", "doing well" in place of a
 * measured response to treatment.
 */
import { defineRule } from '../define.ts';

/** What a session can be said to have been tolerated as. */
const SESSION = 'ambulation|mobilisation|mobilization|gait_training|transfers|treatment|tx|session|therapy|intervention/n|exercise/n|ther_ex|therex|activities|activity|program|visit|tx_session|treatment_session|hd|dialysis|hemodialysis|haemodialysis|run';
/** "Without issue" says as little as "well": the absence of a problem, not a response. "w/o" as often as "without". */
const NO_TROUBLE = 'without|w_/_o|with_no|no issue/n|difficulty|difficulties|problem/n|incident/n|complaint/n|concern/n|c_/_o';
/**
 * Praise that grades a session without measuring it: "did great", "did awesome", "went fine". One list for every
 * frame, so a new word of praise reaches "did …", "went …" and "doing …" alike.
 */
const PRAISE = 'well|great|fine|good|awesome|amazing|fantastic|excellent|wonderful|terrific|super|ok|okay|alright|nicely|beautifully';
/** Said of a summary that replaces the assessment or plan, not of one sentence among others. */
const SUMMARY_ONLY = { when: ['summaryPlace' as const, 'wholeStatement' as const] };

const EMPTY_PLAN = '"{match}" as the whole plan does not say what happens next or why skilled care is still needed. Name the next steps and their link to the goals.';

export default defineRule({
  id: 'doc.vague-outcome',
  family: 'documentation',
  message:
    '"{match}" says little about how the person responded. Record the response with data (pain rating before/after, vitals, RPE, assistance level, distance, reps, cues) and what it means for their goals.',
  defaults: { fix: 'none', unless: ['measured'] },
  terms: [
    // "tolerated treatment well" stays a therapy phrase; bare "tolerated well" after an operation or a drug does not.
    { match: [`tolerate/v the|all|today's? ${SESSION} very|fairly|relatively|really? well|fine|ok|okay|great`, `tolerate/v the|all|today's? ${SESSION} well? ${NO_TROUBLE}`] },
    // Bare, after an operation or a drug it is the surgeon's convention ("tolerated the procedure without complications").
    { match: ['tolerate/v very|fairly|relatively? well', `tolerate/v ${NO_TROUBLE}`], unless: ['medicalCare'] },
    // The session as the subject of its own completion: "Tx completed without issue", "Session completed w/o difficulty".
    { match: `the|today's? ${SESSION} was? complete/v|completed|finished ${NO_TROUBLE}`, unless: ['medicalCare'] },
    // The session named by a pronoun: "he tolerated it without issue", "tolerated everything well".
    { match: [`tolerate/v it|this|them|everything very|fairly|relatively? well|fine`, `tolerate/v it|this|them|everything well? ${NO_TROUBLE}`], unless: ['medicalCare'] },
    // The same judgement with the person responding: "responded well to treatment" (not "to levofloxacin": a drug is no session).
    { match: `respond/v very|really? well|nicely|great to the|all|today's? ${SESSION}`, contexts: { negated: 'silent' } },
    // The session as the subject: "Session went well overall", "Tx went fine today".
    { match: `the|today's|this? ${SESSION} go/v very|really|so? ${PRAISE}|smoothly`, contexts: { negated: 'silent' } },
    // Not history ("did well until last week") or someone's report ("Mother reports he did great at school").
    // Not praise for the writer or a student ("Preceptor feedback: you did well to stop and check her pain").
    { match: `did very|really|so? ${PRAISE}`, notBefore: ['you|=I|we'], notAfter: ['until|till|up_until', 'to'], when: ['personSubject'], unless: ['medicalCare', 'speechInSentence'], contexts: { negated: 'silent' } },
    // Note style drops the subject after a comma: "Pt ambulated w/ RW, did fine", "Stairs with one rail, did great".
    { match: `did very|really|so? ${PRAISE}`, before: [',|;|—|–|-|and'], notAfter: ['until|till|up_until'], when: ['personInSentence'], unless: ['medicalCare', 'speechInSentence'], contexts: { negated: 'silent' } },
    // "Such a great session with her today!!!"
    { match: `such a|an good|great|lovely|brilliant|fantastic|amazing|productive ${SESSION}`, contexts: { negated: 'silent' } },
    // The session as what the person had: "Pt had a great session", "had a good tx today".
    { match: `have/v a|an very|really? good|great|nice|productive|excellent|fantastic|awesome|ok|okay ${SESSION}`, when: ['personSubject'], contexts: { negated: 'silent' } },
    // Only as the whole assessment: "A: Pt doing well." — "Pt reports doing well with stairs at school" is a report.
    {
      ...SUMMARY_ONLY,
      match: [
        `doing very|really|so? ${PRAISE}|better`,
        'no new? complaints|concerns|issues',
        'no new? c / o',
        // "Assessment: all good, nothing to report", "A: NTR".
        'all good|fine|ok|okay|well',
        'nothing to_report|of_note|new|much_to_report',
        '=NTR',
        // The same verdict in other words: "A: Good session.", "A: Tolerated tx.", "A: Progressing well toward goals."
        `good|great|fine|ok|okay|productive|nice ${SESSION}`,
        `tolerate/v the|all? ${SESSION}`,
        'progressing well|nicely|as_expected? toward|towards? the|all? goals?',
        // Progress named without saying what changed: "A: Making good progress.", "A: Good progress.", "A: Improving."
        'making|shows|showing|demonstrating good|great|steady|excellent|nice|some? progress toward|towards? the|all? goals?',
        'good|great|steady|excellent|nice progress toward|towards? the|all? goals?',
        'improving',
      ],
      message: 'As a whole assessment, "{match}" gives the next clinician nothing to compare against. Summarise the response to treatment with data and progress toward the goals.',
    },
    // The same verdict as a filled-in field: "Response to treatment: good.", "Tolerance to tx: fine", "Treatment
    // response - good". ("Rehab potential: good" and "Prognosis: good" are prognoses, not outcomes.)
    {
      match: [`response|tolerance to the|today's? ${SESSION} :|- very? ${PRAISE}|fair|tolerated`, `${SESSION} response|tolerance :|- very? ${PRAISE}|fair|tolerated`],
      when: ['lineEnds'],
      message: 'As a filled-in field, "{match}" gives the next clinician nothing to compare against. Record what changed: pain rating before and after, assistance level, distance, reps or cues.',
    },
    { ...SUMMARY_ONLY, match: 'see|per|refer_to the? flowsheet/n|flow_sheet/n', message: 'A pointer to the flowsheet ("{match}") is not an assessment. Summarise what the measures show and what they mean for the goals.' },
    // "Same" (or "ditto") as the whole plan or assessment: "P: Same.", "Plan: same as last visit."
    {
      ...SUMMARY_ONLY,
      match: ['same|ditto', 'plan same', 'same plan', 'same as before|above', 'same as|per the? last|previous|prior visit/n|session/n|time|note/n|week', 'plan|tx|treatment? as above|before', 'no change/n to|in? the? plan?'],
      message: '"{match}" as the whole statement points back to another note instead of saying what was found or what happens next. Say what was found or what comes next, and how it links to the goals.',
    },
    {
      // "Continue." alone, or "Continue as planned", is the same empty plan.
      match: ['continue with|w_/|per? the? poc|plan_of_care|current_plan|current_plan_of_care|current_poc|plan|tx|treatment|current_treatment|current_tx|same_plan|as_above|as_planned|as_before', 'cont .? with|w_/|per? the? poc|plan_of_care|current_plan|current_plan_of_care|current_poc|plan|tx|treatment|current_treatment|current_tx|same_plan|as_above|as_planned|as_before', 'continue|cont'],
      when: ['summaryPlace', 'wholeStatement', 'lineEnds'],
      message: EMPTY_PLAN,
    },
    // The same empty plan closing a sentence after a comma: "Good session today, continue with plan."
    {
      match: ['continue|cont .? with|w_/|per the? poc|plan_of_care|current_plan|plan|same_plan|as_planned'],
      before: [',|;'],
      after: ['.|!'],
      when: ['lineEnds'],
      message: EMPTY_PLAN,
    },
  ],
  severity: { clinical: 'info', reflection: 'info' },
  docs: {
    summary: 'Outcome phrases that carry no measure: "tolerated treatment well" or "without issue", "did well" or "did awesome", "had a great session", "session went well"; "doing well", "no complaints", "good progress", "improving" or "see flowsheet" as the whole assessment; "continue POC", "as above" or "same" as the whole plan.',
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
      'Assessment: {{all good}}, {{nothing to report}}.',
      '{{Tolerated ambulation well}}, cont POC.',
      '{{Such a good session}} today.',
      'Good effort today, {{continue with plan}}.',
      'Pt seen for tx. {{Doing well}}.',
      'S: no new concerns. A: {{Doing well}}.',
      '{{Session completed without difficulty}} today.',
      'OT daily note - Assessment: {{see flowsheet}}.',
      'A: {{Tolerated dialysis well}}.',
      'Gait training on the ramp; pt {{tolerated it well}}.',
      '{{Doing well}}, {{see flowsheet}}.',
      '{{Response to treatment: good}}.',
      '{{Treatment tolerance: fair}}',
      'The 19-year-old kid in bed 2 {{did great}} with crutch training.',
      'Pt {{tolerated treatment well}}.',
      '{{Tolerated well}}; continue POC.',
      'Pt {{did great}} with transfers today.',
      'A: Pt {{doing well}}.',
      'A: Resident {{doing well}}.',
      'A: {{See flowsheet}}.',
      'Pt doing well; {{continue POC}}.',
      'Assessment: {{No complaints}}.',
      'Pt {{tolerated all interventions w/o issue}}.',
      'Pt {{responded well to treatment}}.',
      '{{Session went well}} overall; will see again Thurs.',
      'A: {{No c/o}}. P: {{Same}}.',
      'P: {{Cont w/ POC}}.',
      'A: {{Good session}}. P: {{Continue}}.',
      'A: {{Progressing well toward goals}}.',
      'Pt {{did awesome}} on the stairs today.',
      '19 yo M {{did fine}} with the walker at 10:30.',
      'Pt {{had a great session}}.',
      'Pt {{tolerated tx without c/o}}.',
      'A: {{Making good progress}}. P: {{Continue as above}}.',
      'Ther ex x30 min, pt {{did great}}.',
      'NMES to quads for 15 minutes; he {{did well}}.',
      'Pt transferred w/c to mat with sliding board, {{did fine}}.',
      'She practised curb steps with the cane and {{did great}}.',
      'Assessment: {{tolerated tx well}}, {{continue POC}}.',
      'A: {{Doing well}}, {{no complaints}}, {{continue plan}}.',
      'Pt {{doing well}}, {{no new concerns}}.\n\nPlan: {{continue POC}}.',
      'He {{did fine}}, {{no complaints}}. {{Continue POC}}.',
      'A: Stable. P: {{Continue current POC}}.',
    ],
    clean: [
      'Assessment: all good signs of healing at the graft edge; nothing to report from the donor site, which is dry.',
      { text: 'Preceptor feedback: you did well to stop and check her pain before carrying on.', mode: 'reflection' },
      'Response to treatment: good; pain 6/10 to 3/10.',
      'Rehab potential: good.',
      'Prognosis: good.',
      'Sedation was given, which she tolerated well.',
      'Pt tolerated treatment well: RPE 12/20, HR 104 max, pain 2/10 before and after.',
      'S: Pt reports doing well with the new cushion during long lectures.',
      'Tolerated 20 min upright in power chair tilt at 10° without increase in pain.',
      'He did not do well on stairs last week.',
      'The session did not go well; pt left after 10 min.',
      'She tolerated the procedure without complications.',
      'She previously responded well to trazodone for depression.',
      'Pt did not respond well to the session; stopped after 5 min.',
      'Session went well: 3 x 10 sit-to-stand with SBA, RPE 12/20.',
      'P: Same HEP, progress to 3 x 12 next visit.',
      'P: Continue HEP; add step-ups next visit.',
      'A: Progressing toward goals: gait 150 ft with SBA, up from 80 ft.',
      'Plan: Continue POC; progress resistance next visit.',
      'P: Continue POC with sliding-board transfers to the lecture-hall seat; progress sit-to-stand to 3 x 12.',
      'Pt did awesome on the stairs: 12 steps, one rail, SBA.',
      'He did okay until last week, when the pain returned; mother reports he did great at school.',
      'A: Improving gait speed, 0.6 to 0.8 m/s.',
      '## Progress toward goals\n1. Gait: 150 ft with SBA, up from 80 ft.',
      'Pt walked x20 min on the treadmill, did great.',
      'Pt doing well. Ambulated 150 ft with SBA.',
      'Pt states she is doing well. No complaints today.',
      'Mother reports he did great at school, and he wants to join track.',
      'Pt ambulated w/ RW, did fine until the last 20 ft, then needed a seated rest.',
      'Pt doing well with the new cushion, uses it in every lecture.',
    ],
  },
});
