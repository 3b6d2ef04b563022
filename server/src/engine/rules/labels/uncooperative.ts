/**
 * label.uncooperative — cooperation, willingness, motivation and effort labels.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import type { Mode } from '../../types.ts';
import { bounded, clauseLead, feelingReport, nearSentence, personLead, personSubj, withReportedLabels } from './shared.ts';

/** What a person (not a muscle, tone or microbe) resists: care, advice, help, a change. */
const CARE_OBJECT =
  '(?:(?:all|any|most|further|the|his|her|their|our|my)\\s+)?(?:care|cares|caregiving|treatment|treatments|therapy|therapies|PT|OT|physio(?:therapy)?|interventions?|exercises?|exercising|HEP|home (?:exercise )?program(?:me)?|advice|education|teaching|instructions?|redirection|re-?direction|staff|help|assistance|assist|suggestions?|recommendations?|repositioning|positioning|turning|transfers?|transferring|bathing|showering|dressing|toileting|hygiene|ADLs?|being|using|use of|wearing|change|changes|changing|the plan|plan|cues|cueing|cuing|feedback|direction|discharge|placement|getting|going|participat\\w*|attempting|trying|walking|standing|mobili[sz]\\w*|splints?|bracing|brace|orthos[ie]s|equipment|the (?:power[- ]?chair|wheelchair|w\\/c|walker|brace|splint|cushion)|medications?|meds|new (?:equipment|routines?)|the idea|input|guidance|limits|boundaries)';

/** Organisms, drugs and physiology that are "resistant": not a person's choice. */
const NOT_PERSON_BEFORE =
  /\b(?:insulin|antibiotic|antimicrobial|drug|multidrug|multi-drug|methicillin|vancomycin|carbapenem|treatment|therapy|airway|vascular|peripheral|tone|muscle|muscles|joint|tissue|infection|bacteria|organisms?|strains?|tumou?rs?|cancer|disease|depression|hypertension|epilepsy|seizures?|spasticity|contractures?|pain|MRSA|VRE|cells?|virus|fungus|TB|tuberculosis|leptin|heparin|steroid|platelet|APC|flow|cuff|band|bands|tubing|weight|spring|water)\s*(?:[\w-]+\s+){0,2}$/i;

const STRONG_MESSAGE =
  'This labels the person instead of describing what happened. Record what was and was not done and the reason the patient gave ("completed 2 of 3 sets; stopped citing fatigue").';
const SOFT_MESSAGE =
  'This reads as a judgment of the person. Describe what they chose and why, if they said ("declined the sliding board today, worried about slipping; practised with therapist spotting").';

const phrases = (mode: Mode): Phrase[] => {
  const soft = mode === 'clinical' ? 'info' : 'warning';
  return [
    {
      pattern: /\b(?:uncooperative|non-?cooperative|not cooperative|not co-operative|uncooperativeness|un-cooperative)\b/gi,
      message: STRONG_MESSAGE,
    },
    {
      pattern: /\blaz(?:y|iness)\b/gi,
      message: STRONG_MESSAGE,
      unless: (m, ctx) => /^\s+(?:eye|eyes|susan|bowel|river)\b/i.test(ctx.text.slice(m.index + m[0].length)),
    },
    {
      pattern: /\b(?:unmotivated|amotivated|(?:lacks|lacked|lacking|lack of|no|poor|low|little|minimal|decreased|limited|questionable)\s+motivation|not (?:very |at all )?motivated|poorly motivated)\b/gi,
      message: STRONG_MESSAGE,
      // Low motivation is also a symptom the patient reports (depression screening).
      unless: (m, ctx) => feelingReport(ctx, m.index) || /\b(?:reports?|reported|endorses?|endorsed|describes?|described|states?|stated|PHQ|anhedonia|depressi\w*|symptoms? of)\b/i.test(clauseLead(ctx, m.index)),
    },
    {
      pattern: /\b(?:unwilling(?:ness)?|reluctan(?:t|tly|ce))\b/gi,
      message: SOFT_MESSAGE,
      severity: soft,
      unless: (m, ctx) => !personSubj(ctx, m.index) && !personLead(ctx, m.index),
    },
    {
      pattern: /\boppositional\b(?!\s+defiant)/gi,
      message: STRONG_MESSAGE,
    },
    {
      pattern: /\bdefensive(?:ly|ness)?\b/gi,
      message: SOFT_MESSAGE,
      severity: soft,
      unless: (m, ctx) => {
        const before = ctx.text.slice(Math.max(0, m.index - 25), m.index);
        const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        if (/\b(?:tactile|tactilely|sensory|oral|orally|gravitational|auditory|touch|proprioceptive|vestibular|knee|hip|shoulder|ankle|elbow|wrist|neck|back|spine|trunk|muscles?|joints?|limbs?|arms?|legs?|hands?|foot|feet|calf|hamstrings?|quads?|quadriceps|abdominals?)\s+$/i.test(before)) return true;
        if (/^\s+(?:medicine|documentation|charting|driving|practice|posture|postures|posturing|position|positions|reflex|reflexes|reactions?|responses?|end|back|line|lineman|linemen|player|players|drills?|midfielder|tackle|coordinator|specialist|play|stance|strategy|strategies|mechanisms?|wounds?|injuries|injury|guarding|splinting|spasms?|muscle)\b/i.test(after)) return true;
        return !personSubj(ctx, m.index);
      },
    },
    {
      // "Pt resistant to using the tilt function", "resistance to care"
      pattern: new RegExp(`\\bresist(?:ant|ance|ive|iveness)\\s+to\\s+${CARE_OBJECT}\\b`, 'gi'),
      message: SOFT_MESSAGE,
      severity: soft,
      unless: (m, ctx) => NOT_PERSON_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index)) || (!personSubj(ctx, m.index) && !/^resistance|^resistiveness/i.test(m[0])),
    },
    {
      // "resists repositioning", "resisted all attempts at transfer"
      pattern: new RegExp(`\\bresist(?:s|ed|ing)\\s+(?:(?:all|any|most)\\s+)?(?:attempts\\s+(?:at|to)\\s+\\w+|${CARE_OBJECT})\\b`, 'gi'),
      message: SOFT_MESSAGE,
      severity: soft,
      unless: (m, ctx) => /^resisted\s+(?:the\s+)?(?:exercises?|ROM|isometrics?|movement|motion)/i.test(m[0]) || !personSubj(ctx, m.index) || NOT_PERSON_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index)),
    },
    {
      // "Pt resistant." / "pt very resistant today"
      pattern: /\bresistant\b(?=\s*(?:[.;,!]|$|\band\b|\btoday\b|\bthroughout\b|\bduring\b|\bwhen\b|\bwith\s+(?:staff|cares|care|transfers?|repositioning|bathing|dressing)\b))/gi,
      message: SOFT_MESSAGE,
      severity: soft,
      unless: (m, ctx) => {
        const lead = clauseLead(ctx, m.index);
        if (NOT_PERSON_BEFORE.test(lead)) return true;
        return !/\b(?:pt|patient|client|resident|he|she|they)\s+(?:(?:is|was|are|were|became|remains|remained|very|quite|often|increasingly|more|less|again|still)\s+){0,3}$/i.test(lead);
      },
    },
    {
      pattern: /\b(?:poor|minimal|little|low|half-?hearted|lack of|sub-?optimal)\s+effort\b/gi,
      message: 'Effort is better shown as data than judged. Give the numbers and what may explain them ("grip CV 22% across 3 trials; pt reported pain 7/10 during testing").',
      severity: soft,
      unless: (m, ctx) => /^\s+(?:of|from)\s+(?:breathing|respiration)|^\s+(?:to|required)\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 25)) || /\b(?:respiratory|inspiratory|expiratory|breathing|cough)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 15), m.index)),
    },
  ];
};

export default defineRule({
  id: 'label.uncooperative',
  family: 'labels',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /cooperat|lazy|lazi|motivat|unwilling|reluctan|oppositional|defensive|resist|effort/i,
  negationSensitive: false, // applied in check() over a bounded window
  docs: {
    summary: 'Cooperation, motivation and effort labels: uncooperative, lazy, unmotivated (warning); unwilling, reluctant, defensive, resistant to care, poor effort (info in notes, warning in reflections).',
    why:
      'The source text treats patient care as a collaborative effort toward a goal that matters to the patient. When a session does not go to plan, "uncooperative" or "lazy" puts all of the failure on the patient and none on the plan, the timing or the fit, and it primes the next clinician to expect the same. Describing what happened and the reason the patient gave keeps the partnership open and is more useful for adjusting the plan: a student with a progressive neuromuscular disease who skips evening stretches after a 3-hour lab is telling you something about fatigue.',
    prefer: '"Completed 2 of 3 sets; stopped citing fatigue", "declined the sliding board today, worried about slipping", "grip CV 22% across 3 trials".',
    exceptions: [
      'Strength testing and exercise: "against resistance", "resisted isometrics", "resistance band", "progressive resistive exercise".',
      'Physiology and microbiology: "resistance to passive stretch", "airway resistance", "insulin resistance", "methicillin-resistant".',
      '"Tactile/sensory defensiveness", "defensive documentation", sports positions ("defensive end").',
      '"Lazy eye"; "oppositional defiant disorder"; low motivation the patient reports as a symptom.',
      'Respiratory effort ("poor inspiratory effort").',
      'Negated uses ("without resistance") and attributed quotations ("I\'m lazy about stretching").',
      'A label someone else used ("caregiver says he is lazy") is reported at info, with advice to record the behaviour.',
    ],
    sources: ['seed', 'S4', 'S6', 'S7', 'S11', 'S12', 'S36'],
  },
  examples: {
    flagged: [
      '{{Uncooperative}} with MMT; would not hold test positions.',
      'Pt is {{lazy}} about stretching and skips the evening set.',
      '{{Unmotivated}} today; minimal participation.',
      '{{Poor effort}} on the 6MWT.',
      'Pt {{resistant to using}} the tilt function and {{resists repositioning}}.',
      'Very {{defensive}} when asked about skin checks.',
      'Pt {{reluctant}} to try the sliding board.',
      '{{Unwilling}} to participate in the group class.',
      'Pt refused stretching again; caregiver says he is {{lazy}}.',
    ],
    clean: [
      'Elbow flexion 4/5; holds against moderate resistance.',
      'Resisted isometrics for hip abductors, 10 x 5-s holds.',
      'HEP: yellow resistance band for ankle PF/DF, 2 x 15.',
      'Velocity-dependent resistance to passive stretch in the R plantarflexors, MAS 1+.',
      'Wound culture positive for methicillin-resistant Staphylococcus aureus.',
      'Progressive resistive exercise for quadriceps started at 60% of 1RM.',
      'Tactile defensiveness on the palms limits textured grips.',
      'Full PROM at both ankles without resistance.',
      'Pt states: "I\'m lazy about stretching when I have exams."',
      'Poor inspiratory effort on incentive spirometry; 750 mL.',
      'Pt reports low motivation and poor sleep since the diagnosis; PHQ-9 = 12.',
    ],
  },
  check: (ctx) => checkPhrases(withReportedLabels(bounded(ctx, true)), phrases(ctx.mode)),
});
