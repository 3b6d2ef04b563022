/**
 * label.hostile — hostility and aggression labels.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import type { Mode } from '../../types.ts';
import { bounded, feelingReport, nearSentence, personSubj, withReportedLabels } from './shared.ts';

/** Validated scales and constructs that use these words as levels or items. */
const SCALE_WINDOW =
  /\b(?:RASS|Richmond|CAM(?:-ICU)?|Cohen[- ]Mansfield|CMAI|Agitated Behaviou?r Scale|ABS|Rancho|RLA|RLAS|Level IV|confused[- ]agitated|BPRS|PANSS|NPI|Neuropsychiatric Inventory|SAS|Riker|PHQ|DSM)\b/;

const AGGRESSIVE_NOT_PERSON =
  '(?:disease|diseases|course|progression|tumou?rs?|cancers?|lymphomas?|malignanc(?:y|ies)|neoplasms?|variants?|subtypes?|forms?|phenotypes?|treatment|treatments|therapy|therapies|stretching|stretch|strengthening|mobili[sz]ations?|manual|management|approach|approaches|care|rehab|rehabilitation|regimens?|interventions?|protocols?|plans?|dosing|doses?|hydration|fluids?|resuscitation|surgery|surgical|resection|debridement|pulmonary|airway|secretion|chest|bowel|pain|weaning|titration|goals?|timelines?|progression|loading|exercise|exercises|PT|OT|physiotherapy|physical therapy|growth|spread|infection|pathogens?|bacteria|strains?|fibromatosis|behaviou?r of the (?:tumou?r|disease)|monitoring|screening|follow-up|workup|work-up|cough assist|airway clearance|pulmonary toilet|measures?|correction|diuresis|anticoagulation)';

const MESSAGE_STRONG =
  'This word labels the person instead of recording what happened. Describe the behaviour, what preceded it and how it was handled ("pushed the aide\'s arm away during sit-to-stand when pain rose to 8/10; session paused").';
const MESSAGE_SOFT =
  'An emotion label is an inference. Record what you observed and what preceded it ("raised voice at check-in after a 40-min wait"), or the patient\'s own words about how they felt.';

/** Skip the label where a scale or the patient's own feeling report is the context. */
function clinicalContext(m: RegExpExecArray, ctx: RunContext): boolean {
  // A mental status exam records affect and psychomotor state in these very words, as findings.
  if (ctx.section === 'mental-status') return true;
  const s = nearSentence(ctx, m.index);
  if (SCALE_WINDOW.test(ctx.text.slice(s.start, s.end))) return true;
  return feelingReport(ctx, m.index);
}

const phrases = (mode: Mode): Phrase[] => {
  const soft = mode === 'clinical' ? 'info' : 'warning';
  return [
    {
      pattern: /\b(?:combative(?:ness)?|belligeren(?:t|ce)|hostil(?:e|ity))\b/gi,
      message: MESSAGE_STRONG,
      unless: (m, ctx) => {
        if (/^\s+(?:sports?|arts?|training|work environment|environment|environments|takeover|territory|witness|bids?)\b/i.test(ctx.text.slice(m.index + m[0].length))) return true;
        return clinicalContext(m, ctx);
      },
    },
    {
      pattern: /\b(?:confrontational|argumentative)\b/gi,
      message: MESSAGE_STRONG,
      severity: soft,
      // Confrontation testing is how visual fields are examined at the bedside.
      unless: (m, ctx) => clinicalContext(m, ctx) || /^\s+(?:visual\s+)?(?:fields?|testing|VF)\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20)),
    },
    {
      pattern: /\b(?:angry|angrily|irate|enraged|furious)\b/gi,
      message: MESSAGE_SOFT,
      severity: soft,
      unless: (m, ctx) => clinicalContext(m, ctx) || !personSubj(ctx, m.index) && !/^\s+(?:outbursts?|at|with|toward|towards|about)\b/i.test(ctx.text.slice(m.index + m[0].length)),
    },
    {
      pattern: /\bagitat(?:ed|ion)\b/gi,
      message: MESSAGE_SOFT,
      severity: soft,
      unless: (m, ctx) => {
        const before = ctx.text.slice(Math.max(0, m.index - 25), m.index);
        const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        if (/\b(?:psychomotor|motor|terminal|confused[- ]|post-?operative|emergence|akathisia and)\s*$/i.test(before)) return true;
        if (/^\s+(?:depression|delirium|scale|inventory|score|item|subscale)\b/i.test(after)) return true;
        return clinicalContext(m, ctx) || !personSubj(ctx, m.index);
      },
    },
    {
      pattern: /\baggressi(?:ve|on)\b/gi,
      message: MESSAGE_SOFT,
      severity: soft,
      unless: (m, ctx) => {
        const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        if (new RegExp(`^\\s+(?:[\\w-]+\\s+){0,4}${AGGRESSIVE_NOT_PERSON}\\b`, 'i').test(after)) return true;
        if (/\b(?:more|less|most|too|overly|medically|surgically|clinically)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)) && !/^\s+(?:with|toward|towards|at)\s+(?:staff|the aide|others|family|caregiver|nurses?|therapists?)\b/i.test(after)) return true;
        if (/\b(?:tumou?r|disease|cancer|lymphoma|course|infection|treatment|management|therapy|plan|approach)\s+(?:\w+\s+){0,2}$/i.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return true;
        return clinicalContext(m, ctx) || !personSubj(ctx, m.index);
      },
    },
  ];
};

export default defineRule({
  id: 'label.hostile',
  family: 'labels',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /combativ|belliger|hostil|confrontation|argumentative|angr|irate|enraged|furious|agitat|aggressi/i,
  negationSensitive: false, // applied in check() over a bounded window
  docs: {
    summary: 'Hostility labels: combative, belligerent, hostile (warning); angry, irate, agitated, aggressive, confrontational, argumentative (info in notes, warning in reflections).',
    why:
      '"Combative" is one of the few words found to be stigmatizing in nearly every context it appears in clinical notes, and the whole group is used more often in the records of Black patients. A label like this tells the next team to approach the person defensively, while the source text asks for care done with the patient, with empathy for what they are going through. A short behavioural account (what happened, what preceded it, what helped) is both fairer and more useful for planning the next session.',
    prefer: '"Pushed the aide\'s arm away during sit-to-stand when pain rose to 8/10; session paused, resumed after 5 min", "raised voice at check-in after the elevator outage; plan discussed".',
    exceptions: [
      'Confrontation visual-field testing, and affect or psychomotor findings recorded in a mental status exam.',
      '"Aggressive" about a disease, treatment or plan ("aggressive disease course", "aggressive stretching", "aggressive management of secretions").',
      'Scale levels and constructs: RASS, CAM, Cohen-Mansfield Agitation Inventory, Rancho level IV "confused-agitated", "psychomotor agitation".',
      'The patient\'s own report of a feeling ("reports feeling angry about the diagnosis").',
      '"Hostile work environment", "combat/combative sports".',
      'Negated uses ("not combative", "no agitation") and attributed quotations.',
      'A label someone else used ("family reports he was combative at home") is reported at info.',
    ],
    sources: ['S4', 'S6', 'S7', 'S11', 'S12'],
  },
  examples: {
    flagged: [
      'Pt became {{combative}} during sit-to-stand and swung at the aide.',
      '{{Belligerent}} when informed the session would be shortened.',
      'Pt was {{hostile}} toward the front desk about parking.',
      '{{Argumentative}} about the frequency recommendation.',
      '{{Angry}} and {{irate}} at check-in after the elevator outage.',
      'Pt {{agitated}} throughout treatment and pulled at the tape.',
      'He was {{aggressive}} with the volunteer caregiver during the transfer.',
      'No change in his {{combative}} behaviour after the pain medication.',
    ],
    clean: [
      'Failed conservative care by aggressive physical, medical and pharmacological intervention.',
      'Confrontational visual field testing was full to finger counting.',
      'MENTAL STATUS EXAM: Affect hostile and labile; thought process tangential.',
      'Aggressive disease course per neurology; FVC down 7% in 3 months.',
      'Aggressive stretching of the gastrocnemius is avoided in the acute phase.',
      'RASS +2 (agitated) per nursing at 0700; session moved to the afternoon.',
      'PHQ-9 item on psychomotor agitation scored 0.',
      'Not combative; followed all transfer cues.',
      'No agitation observed during the 40-min session.',
      'Pt reports feeling angry about the diagnosis and wants to talk with the team.',
    ],
  },
  check: (ctx) => checkPhrases(withReportedLabels(bounded(ctx, true)), phrases(ctx.mode)),
});
