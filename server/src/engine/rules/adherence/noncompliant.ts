/**
 * adhere.noncompliant — "non-compliant", "poor compliance" and "compliant" about a person.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { personBefore } from '../../context/subject.ts';
import { clipSpan } from '../../text/sentences.ts';

/** The match's sentence, clipped to a window around it (linear time on pathological input). */
const near = (ctx: RunContext, at: number) => clipSpan(ctx.sentenceAt(at), at);

/** A person is the stated subject (any capitalisation: "Pt", "He") or the implied subject of a fragment. */
const personLead = (ctx: RunContext, at: number) => personBefore(ctx.text, near(ctx, at), at);
const personSubj = (ctx: RunContext, at: number) => ctx.personSubject(at) || personLead(ctx, at);

/** Compliance that is physiology (lung, bladder, vessel, tissue) rather than behaviour. */
const PHYSIOLOGY_BEFORE =
  /\b(?:lung|lungs|pulmonary|chest[-\s]?wall|thoracic|respiratory|static|dynamic|vascular|arterial|aortic|venous|vessel|ventricular|LV|bladder|detrusor|tissue|capsular|capsule|joint|tendon|muscle|scar|skin|myocardial|cardiac|compliant|low|high|reduced|decreased|increased|poor|normal)[-\s]+$/i;
const PHYSIOLOGY_AFTER = /^\s*(?:bladder|ventricle|balloon|vessels?|arter(?:y|ies)|lungs?|tissue|chest wall|catheter|tubing|circuit|system)\b/i;
/** Regulatory or administrative compliance: rules, billing, privacy law, building codes. */
const REGULATORY =
  /\b(?:HIPAA|ADA|OSHA|CMS|Medicare|Medicaid|billing|coding|regulat\w*|policy|policies|audit\w*|accreditation|Joint Commission|code|codes|standards?|requirements?|documentation|legal|law|laws|licensure|certification|guidelines?|insurance|payer|contract|GDPR|FERPA|platform|software|vendor|facility|building|ramp|entrance|door|bathroom|form|forms)\b/i;
/** Device usage data ("CPAP compliance report") is a measurement, reported at info. */
const DEVICE = /\b(?:CPAP|BiPAP|NIV|APAP|ventilator|usage|download|report|data|hours of use|h\/night)\b/i;
/** What a person can be said to comply with. */
const REGIMEN =
  /^\s+(?:with|to)\s+(?:(?:the|his|her|their|a|an|all|home|daily|prescribed|recommended|current|new|night|nightly|wearing|using|assigned|weight[-\s]bearing|hip|spinal|sternal|cardiac|back|pressure[-\s]relief|\w+ing)\s+){0,3}(?:HEP|home|exercises?|program|programme|plan|regimen|schedule|routine|stretch\w*|treatment|tx|therapy|PT|OT|medications?|meds|precautions|restrictions|instructions|recommendations|advice|orders|diet|brace|bracing|splints?|splinting|orthos[ie]s|AFOs?|collar|sling|CPAP|BiPAP|appointments|visits|sessions|follow[-\s]?up|f\/u|weight|tilt|positioning|pressure relief|compression|insulin|dressing|self[-\s]care|wearing|using|icing|taping)\b/i;

const PERSON_LEAD = /\b(?:pt|pts|patient|patients|client|he|she|they|him|her|them|student|resident|family|caregiver)(?:['’]s)?\s+(?:(?:is|was|are|were|has been|have been|remains|remained|appears|seems|reported(?:ly)?|reports being|not|been|being|very|fully|mostly|partially|generally|largely|now|still|always|consistently|somewhat|100%|good|excellent|fair|poor)\s+){0,3}$/i;

const MESSAGE_NON =
  '"Non-compliant" labels the person as disobedient and says nothing about what happened. Describe what they did and what got in the way (e.g. "doing HEP about twice a week; reports fatigue after labs").';
const MESSAGE_POS =
  '"Compliance" frames care as following orders. Describe engagement or the behaviour itself (e.g. "completed HEP 6 of 7 days per log").';

function regulatory(m: RegExpExecArray, ctx: RunContext): boolean {
  const sentence = near(ctx, m.index);
  return REGULATORY.test(ctx.text.slice(sentence.start, sentence.end));
}

function physiology(m: RegExpExecArray, ctx: RunContext): boolean {
  const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  return PHYSIOLOGY_BEFORE.test(before) || PHYSIOLOGY_AFTER.test(after) || /^[-\s]compliance\b/i.test(after);
}

function deviceSeverity(m: RegExpExecArray, ctx: RunContext): boolean {
  const sentence = near(ctx, m.index);
  return /\b(?:CPAP|BiPAP|APAP|NIV)\b/i.test(ctx.text.slice(sentence.start, sentence.end)) && DEVICE.test(ctx.text.slice(m.index, sentence.end).replace(/^\S+/, ''));
}

function nonCompliant(pattern: RegExp): Phrase {
  return {
    pattern,
    message: MESSAGE_NON,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => physiology(m, ctx) || regulatory(m, ctx) || deviceSeverity(m, ctx),
  };
}

const phrases: Phrase[] = [
  nonCompliant(/\b(?:non[-\s]?complian(?:t|ce|cy)|in-?complian(?:t|ce))\b/gi),
  nonCompliant(/\b(?:poor(?:ly)?|limited|inconsistent|minimal|sporadic|questionable|partial)\s+complian(?:t|ce)\b/gi),
  // "compliance has been poor", "HEP compliance poor"
  nonCompliant(/\bcomplian(?:ce|t)(?:\s+(?:with|to)\s+[^.;,]{1,40}?)?\s+(?:(?:has|had|have)\s+been\s+|is\s+|was\s+|remains\s+|remained\s+|continues\s+to\s+be\s+)?(?:(?:very|quite|still|somewhat)\s+)?(?:poor|low|minimal|inconsistent|limited|sporadic|questionable|lacking|an\s+issue|a\s+problem|a\s+concern)\b/gi),
  nonCompliant(/\b(?:not|never|n[o']t been)\s+(?:(?:been|always|fully|very|consistently)\s+)?compliant\b/gi),
  {
    // Device usage data: a measurement, reported at info in both modes.
    pattern: /\b(?:non[-\s]?)?complian(?:t|ce)\b/gi,
    message: 'Device use data is better reported as the measurement itself (e.g. "CPAP used 5.2 h/night on 24 of 30 nights") than as compliance.',
    suggest: [],
    fix: 'none',
    severity: 'info',
    unless: (m, ctx) => !deviceSeverity(m, ctx) || physiology(m, ctx),
  },
  {
    // Plain "compliant"/"compliance" about a person and a regimen; "compliant with" → "following".
    pattern: /\b(?:(?:good|excellent|fair|full|fully|100%|great|improved|improving|increased|better)\s+)?complian(?:t|ce)(\s+with\b)?/gi,
    message: MESSAGE_POS,
    suggest: (m) => (m[1] ? [/compliant\s+with$/i.test(m[0]) && !/^(?:good|excellent|fair|great|improved|improving|increased|better)\s/i.test(m[0]) ? (/^(?:fully|full|100%)\s/i.test(m[0]) ? 'consistently following' : 'following') : /compliance\s+with$/i.test(m[0]) ? m[0].replace(/compliance(\s+with)$/i, 'engagement$1') : ''].filter(Boolean) : []),
    fix: 'suggest',
    severity: 'info',
    unless: (m, ctx) => {
      if (physiology(m, ctx) || regulatory(m, ctx) || deviceSeverity(m, ctx)) return true;
      const before = ctx.text.slice(Math.max(0, m.index - 60), m.index);
      if (/\bnon[-\s]?$|\bin-?$/i.test(before)) return true;
      const wordEnd = m.index + m[0].length - (m[1]?.length ?? 0);
      const after = ctx.text.slice(wordEnd, wordEnd + 120);
      const aboutPerson = PERSON_LEAD.test(before) || personLead(ctx, m.index);
      const regimen = REGIMEN.test(after);
      // "Pt compliant with HEP", "good compliance with splints", "HEP compliance", fragment "Compliant with HEP."
      if (regimen && (aboutPerson || personSubj(ctx, m.index))) return false;
      // "Pt demonstrates good compliance." — a graded compliance about the person.
      if (/^(?:good|excellent|fair|full|fully|100%|great|improved|improving|increased|better)\s/i.test(m[0]) && personLead(ctx, m.index)) return false;
      if (/\b(?:HEP|exercise|medication|med|treatment|splint|brace|home program)\s+$/i.test(before) && !/\bCPAP\b/i.test(before)) return false;
      return true;
    },
  },
];

export default defineRule({
  id: 'adhere.noncompliant',
  family: 'adherence',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /complian|compliant/i,
  // "If the patient refuses treatment, …" records no decision, and an insurer refusing to pay is not the
  // patient; a relative's decision about the patient's care is still framed, but less is at stake.
  contexts: { negated: 'silent', hypothetical: 'silent', organisation: 'silent', relative: 'info' },
  docs: {
    summary: 'Calling a person non-compliant (or compliant) with their care.',
    why:
      'Compliance is the language of obedience: it casts the clinician as the one who gives orders and the patient as the one who follows them. The source text describes care as a partnership toward the person\'s own goals, in which the clinician meets them where they are. "Non-compliant" is among the labels most often found in studies of stigmatizing notes; it hides the reason (cost, fatigue, a lab timetable, pain) that the next clinician needs to know. Praise as "compliant" keeps the same frame, so it is noted at a lower level.',
    prefer: 'State what the person did and what got in the way: "HEP 2 of 7 days; reports fatigue after labs; moved stretches to mornings". "Engaged with", "completed", "follows" describe the same facts.',
    exceptions: [
      'Physiological compliance: lung, chest-wall, vascular, ventricular, bladder or tissue compliance.',
      'Regulatory compliance: HIPAA, ADA, billing, policy, documentation requirements.',
      'Device use data ("CPAP compliance report") is reported at info with a note to give the numbers.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['seed', 'S4', 'S6', 'S7', 'S12', 'S21'],
  },
  examples: {
    flagged: [
      'Pt {{non-compliant}} with HEP.',
      '{{Poor compliance}} with night splints during exam week.',
      'History of {{noncompliance}} with follow-up appointments.',
      'Pt has {{not been compliant}} with the tilt schedule.',
      'Pt {{compliant}} with hip precautions during transfers.',
      'Good {{compliance}} with the home program per log.',
    ],
    clean: [
      'There were no indications that he showed any addictive or noncompliant behaviours.',
      'Decreased lung compliance expected given the restrictive pattern.',
      'Low-compliance bladder per urology; pt self-catheterizes.',
      'The telehealth platform meets HIPAA compliance requirements.',
      'Entrance ramp is ADA-compliant at a 1:12 slope.',
      'HEP completed 5 of 7 days per pt\'s log; evening set skipped on lab days.',
      'Pt said, "I have been really non-compliant with my stretches."',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
