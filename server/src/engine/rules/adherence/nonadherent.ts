/**
 * adhere.nonadherent — "non-adherent", "poor adherence" and adherence framing.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { personBefore } from '../../context/subject.ts';
import { clipSpan } from '../../text/sentences.ts';

/** The match's sentence, clipped to a window around it (linear time on pathological input). */
const near = (ctx: RunContext, at: number) => clipSpan(ctx.sentenceAt(at), at);

/** A person is the stated subject (any capitalisation: "Pt", "He") or the implied subject of a fragment. */
const personLead = (ctx: RunContext, at: number) => personBefore(ctx.text, near(ctx, at), at);
const personSubj = (ctx: RunContext, at: number) => ctx.personSubject(at) || personLead(ctx, at);

/** Adherence of tissue, dressings or cells is anatomy or materials, not behaviour. */
const TISSUE =
  /\b(?:scars?|incisions?|tissues?|fascia|skin|dressings?|bandages?|tape|cells?|bone|tendons?|capsule|grafts?|membranes?|mesh|wounds?|pleura|nerve|adhesions?|placenta|clot|thrombus|plaque|film|gauze|pads?|lesion|mass|tumou?r)\b/i;
const TISSUE_AFTER = /^\s*(?:to\s+(?:the\s+)?(?:underlying|deep|surrounding|adjacent|subcutaneous)?\s*(?:tissues?|fascia|bone|tendons?|skin|structures|muscle|capsule|wound bed|scar)|dressings?|bandages?|cells?|scars?|gauze|pads?|layer|contact|film|mesh)\b/i;

const MESSAGE =
  '"Non-adherent" still reduces the person to how well they follow a plan. Say what they did and what got in the way (e.g. "stretching 2 of 7 days; reports fatigue after labs").';

function tissue(m: RegExpExecArray, ctx: RunContext): boolean {
  const sentence = near(ctx, m.index);
  const before = ctx.text.slice(Math.max(sentence.start, m.index - 40), m.index);
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 50);
  return TISSUE_AFTER.test(after) || TISSUE.test(before.split(/[;,]/).pop() ?? '');
}

const phrases: Phrase[] = [
  {
    pattern: /\bnon[-\s]?adheren(?:t|ce|cy)\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: tissue,
  },
  {
    pattern: /\b(?:poor(?:ly)?|limited|inconsistent|minimal|sporadic|questionable|suboptimal|low)\s+adheren(?:t|ce)\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: tissue,
  },
  {
    pattern: /\badheren(?:ce|t)(?:\s+(?:with|to)\s+[^.;,]{1,40}?)?\s+(?:(?:has|had|have)\s+been\s+|is\s+|was\s+|remains\s+|remained\s+)?(?:(?:very|quite|still|somewhat)\s+)?(?:poor|low|minimal|inconsistent|limited|sporadic|questionable|lacking|an\s+issue|a\s+problem|a\s+concern)\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: tissue,
  },
  {
    pattern: /\b(?:not|never|n[o']t been)\s+(?:(?:been|always|fully|very|consistently)\s+)?adherent\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: tissue,
  },
  {
    // Plain "adherence": a gentler frame, noted as a hint unless it reads as a concern.
    pattern: /\badheren(?:t|ce)\b/gi,
    message: '"Adherence" measures the person against a plan. The facts themselves say more: how often, what helped, what got in the way.',
    suggest: [],
    fix: 'none',
    severity: 'hint',
    unless: (m, ctx) => {
      if (tissue(m, ctx)) return true;
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (/non[-\s]?$/i.test(before)) return true;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const lead = ctx.text.slice(Math.max(0, m.index - 30), m.index);
      const regimenBefore = /\b(?:medication|med|meds|HEP|exercise|treatment|therapy|drug|insulin|splint|brace|orthosis|diet|program|home program)\s+$/i.test(lead);
      const regimenAfter = /^\s+(?:to|with)\s+(?:the\s+|his\s+|her\s+|their\s+)?\S/i.test(after);
      return !(regimenBefore || (regimenAfter && (personSubj(ctx, m.index) || personLead(ctx, m.index))));
    },
  },
];

export default defineRule({
  id: 'adhere.nonadherent',
  family: 'adherence',
  severity: { clinical: 'info', reflection: 'info' },
  anchor: /adheren/i,
  // A conditional ("if she fails to attend …") records nothing the patient did.
  contexts: { hypothetical: 'silent' },
  docs: {
    summary: 'Calling a person non-adherent, or grading their adherence, instead of describing what they did.',
    why:
      '"Adherence" was meant as a kinder word than compliance, but "non-adherent" has become a label of its own, and it still measures the person against the clinician\'s plan. The source text asks clinicians to meet patients where they are; what the next clinician needs is what happened and why (exam weeks, fatigue, cost, a caregiver\'s schedule), not a verdict.',
    prefer: '"Stretching 2 of 7 days per log; fatigue after labs", "takes baclofen most mornings, misses evening dose on lab days", "HEP completion 5/7 days".',
    exceptions: [
      '"Scar adherent to underlying tissue", adherent dressings, adherent cells.',
      'Adhesive capsulitis and adhesions (different words, never flagged).',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S4', 'S6', 'S7', 'S21'],
  },
  examples: {
    flagged: [
      '{{Nonadherent}} to the stretching program.',
      '{{Non-adherence}} to the tilt schedule likely contributes to the skin changes.',
      '{{Poor adherence}} to the 3x/week plan during midterms.',
      'Medication {{adherence}} remains a concern.',
    ],
    clean: [
      'Scar adherent to underlying tissue at the distal incision; began scar mobilization.',
      'Non-adherent dressing applied over the abrasion on the R elbow.',
      'Adhesive capsulitis of the L shoulder, freezing phase.',
      'Adhesions palpated along the lateral retinaculum.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
