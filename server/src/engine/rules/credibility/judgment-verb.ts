/**
 * cred.judgment-verb — verbs and adverbs that cast doubt on the patient's own account.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { isHospitalAdmission } from '../../context/senses.ts';
import { PATIENT_WORD, bounded, clauseLead, clauseText, nearSentence, nonPatientSubject } from './shared.ts';

/** "claim" as a noun: insurance, legal and billing claims. */
const CLAIM_NOUN_BEFORE =
  /\b(?:a|an|the|his|her|their|its|this|that|these|those|my|our|your|insurance|comp|compensation|disability|injury|liability|pending|open|filed?|files|denied|new|previous|prior|no|any|workers'?|worker's|initial|medicare|medicaid|billing|auto|mva|legal|such|personal|unpaid|submitted|submit|denial of|approved|closed|reopened|support)\s*$/i;
const CLAIM_NOUN_AFTER = /^\s*(?:#|number\b|no\.|form|forms\b|adjuster|manager|status|processing|process\b|department|office|filed|denied|approved|pending|was\b|were\b|is\b|are\b|has\b|have\b|remains?\b|for\b)/i;

/** "He apparently …", "She has apparently …", "Apparently, she …": the patient is the subject. */
const APPARENTLY_PATIENT_BEFORE = /\b(?:pt|patient|client|he|she|they)\s+(?:(?:has|had|have|is|was|did|does|still|also|then|now)\s+){0,2}$/i;
const APPARENTLY_PATIENT_AFTER = /^[\s,]+(?:(?:the\s+)?(?:pt|patient|client)\b(?!'s)|(?:he|she|they)\b)/i;

/** The patient (or a family member) is the one making the statement. */
function patientSpeaker(m: RegExpExecArray, ctx: RunContext): boolean {
  if (nonPatientSubject(ctx, m.index)) return false;
  return ctx.personSubject(m.index) || PATIENT_WORD.test(clauseLead(ctx, m.index));
}

/** An evidential adverb ("allegedly", "supposedly") is about a person's account. */
function aboutPatientAccount(m: RegExpExecArray, ctx: RunContext): boolean {
  const clause = clauseText(ctx, m.index);
  if (PATIENT_WORD.test(clause.text)) return true;
  const sentence = nearSentence(ctx, m.index);
  // A subjectless fragment that starts with the adverb or with a verb: "Allegedly fell at home."
  return ctx.text.slice(sentence.start, m.index).trim() === '';
}

const tense = (verb: string, forms: [string, string, string, string]): string => {
  const v = verb.toLowerCase();
  if (v.endsWith('ing')) return forms[2];
  if (v.endsWith('ed')) return forms[1];
  if (v.endsWith('s')) return forms[0];
  return forms[3];
};

const CLAIM_MESSAGE =
  '"Claims" casts doubt on what the patient told you. Use a neutral reporting verb ("reports", "states") and put any measured finding next to it.';
const INSIST_MESSAGE =
  '"Insists" frames the patient\'s report as stubbornness. Record what they reported ("reports", "states") and let the findings speak for themselves.';
const ADVERB_MESSAGE = (word: string) =>
  `"${word}" signals that you doubt the account. Attribute it plainly ("pt reports …", "per caregiver …") or state what was observed.`;

const phrases: Phrase[] = [
  {
    pattern: /\bclaim(?:s|ed|ing)\b(\s+to\b)?/gi,
    message: (m) => (m[1] ? `${CLAIM_MESSAGE} For "claims to …", rephrase: "reports being unable to …", "states that …".` : CLAIM_MESSAGE),
    suggest: (m) => (m[1] ? [] : [tense(m[0], ['reports', 'reported', 'reporting', 'report'])]),
    fix: 'suggest',
    unless: (m, ctx) => {
      const before = ctx.text.slice(Math.max(0, m.index - 40), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (CLAIM_NOUN_BEFORE.test(before) || (!m[1] && CLAIM_NOUN_AFTER.test(after))) return true;
      return !patientSpeaker(m, ctx);
    },
  },
  {
    // "Admits to drinking", "admitted that she skipped the HEP": a confession frame for a report.
    // Hospital admission ("was admitted to 4 West", "admitted for CHF", "readmitted") is not this.
    pattern: /\badmit(?:s|ted|ting)?\b(?:\s+(?:to|that)\b)?/gi,
    message: '"Admits" frames what the patient told you as a confession. Report it neutrally ("reports drinking 2–3 beers daily").',
    suggest: (m) => [tense(m[0].replace(/\s+(?:to|that)$/i, ''), ['reports', 'reported', 'reporting', 'report']) + (/\sthat$/i.test(m[0]) ? ' that' : '')],
    fix: 'suggest',
    unless: (m, ctx) => {
      const verbEnd = m.index + m[0].replace(/\s+(?:to|that)$/i, '').length;
      if (isHospitalAdmission(ctx.text, m.index, verbEnd)) return true;
      // A review of systems lists what the patient reports and denies: there "admits to" is the section's
      // convention for a positive answer, as "denies" is for a negative one (see cred.denies).
      if (ctx.section === 'ros') return true;
      return !patientSpeaker(m, ctx);
    },
  },
  {
    pattern: /\binsist(?:s|ed|ing)?\b(\s+(?:on|upon)\b)?/gi,
    message: (m) => (m[1] ? '"Insisted on" frames a preference as obstinacy. Say what the patient asked for or chose, and why if they said.' : INSIST_MESSAGE),
    suggest: (m) => {
      const verb = m[0].replace(/\s+(?:on|upon)$/i, '');
      if (m[1]) return [tense(verb, ['asks for', 'asked for', 'asking for', 'ask for']), tense(verb, ['prefers', 'preferred', 'preferring', 'prefer'])];
      return [tense(verb, ['reports', 'reported', 'reporting', 'report']), tense(verb, ['states', 'stated', 'stating', 'state'])];
    },
    fix: 'suggest',
    unless: (m, ctx) => !patientSpeaker(m, ctx),
  },
  {
    pattern: /\binsistence\b/gi,
    message: '"Insistence" frames a request as obstinacy. Record it as the patient\'s request or preference.',
    suggest: ['request'],
    fix: 'suggest',
    unless: (m, ctx) => nonPatientSubject(ctx, m.index) || !PATIENT_WORD.test(ctx.text.slice(nearSentence(ctx, m.index).start, nearSentence(ctx, m.index).end)),
  },
  {
    pattern: /\binsistent\b/gi,
    message: INSIST_MESSAGE,
    suggest: ['clear'],
    fix: 'suggest',
    unless: (m, ctx) => !patientSpeaker(m, ctx),
  },
  {
    pattern: /\badam[ae]nt(ly)?\b/gi,
    message: '"Adamant" paints the patient as unreasonable for holding a view. Record the view itself: "pt is clear that …", "pt states …".',
    suggest: (m) => (m[1] ? ['clearly', 'firmly'] : ['clear', 'firm']),
    fix: 'suggest',
    unless: (m, ctx) => !patientSpeaker(m, ctx) && !aboutPatientAccount(m, ctx),
  },
  {
    // Safeguarding and legal language must say "alleged": "alleged abuse", "alleged perpetrator".
    pattern: /\ballege(?:s|d|dly)?\b|\balleging\b/gi,
    message: (m) => ADVERB_MESSAGE(m[0]),
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/^\s+(?:physical\s+|sexual\s+|verbal\s+|financial\s+|domestic\s+)?(?:abuse|abuser|assault|assailant|perpetrator|offender|offen[cs]e|neglect|incident|victim|crime|violence|harassment|theft|battery|misconduct|negligence|malpractice|exploitation|rape|event)\b/i.test(after)) return true;
      if (/^allegedly$/i.test(m[0])) return !aboutPatientAccount(m, ctx);
      return !patientSpeaker(m, ctx);
    },
  },
  {
    pattern: /\b(?:supposedly|purportedly)\b/gi,
    message: (m) => ADVERB_MESSAGE(m[0]),
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => !aboutPatientAccount(m, ctx),
  },
  {
    // "Apparently she has been doing her stretches": hearsay framing of the patient's report.
    pattern: /\bapparently\b/gi,
    message: '"Apparently" turns the patient\'s report into hearsay. Attribute it ("pt reports …") and add what you observed.',
    suggest: [],
    fix: 'none',
    severity: 'info',
    unless: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (/^[\s,]+(?:well[- ]healed|healed|healing|normal|intact|resolved|stable|healthy|unremarkable|benign|asymptomatic|uncomplicated|unaffected|WNL|within normal|spontaneous|unrelated|incidental|old|chronic)\b/i.test(after)) return true;
      // Reports use "apparently" for anything second-hand (a test result, what a relative did, how an
      // injury happened); it doubts the patient's account only when the patient is its subject.
      const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
      if (!APPARENTLY_PATIENT_BEFORE.test(before) && !APPARENTLY_PATIENT_AFTER.test(after)) return true;
      return !aboutPatientAccount(m, ctx);
    },
  },
];

export default defineRule({
  id: 'cred.judgment-verb',
  family: 'credibility',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /claim|insist|adam[ae]nt|alleg|supposedly|purportedly|apparently|admit/i,
  negationSensitive: false, // applied in check() over a bounded window
  docs: {
    summary: 'Verbs and adverbs that cast doubt on the patient\'s own account ("claims", "insists", "adamant", "allegedly", "supposedly").',
    why:
      'The alliance in the source text rests on the patient trusting that they will be treated with respect; a record that says a patient "claims" weaker hands or "insists" the pain is still 9/10 tells the next reader not to believe them. In a randomised vignette study, notes that doubted a patient\'s pain led clinicians to treat that pain less aggressively, and judgment words of this kind appear more often in the records of Black patients and women. A neutral reporting verb keeps the patient\'s testimony and the clinician\'s measurements side by side.',
    prefer: '"Pt reports weaker grip; dynamometry 9 kg R (11 kg last visit)", "states", "describes", "is clear that"; for hearsay, "per caregiver …".',
    exceptions: [
      'Hospital admission in any form ("ADMITTING DIAGNOSIS", "admit papers", "was seen and admitted", "Admit to neurology"), and "admits to" as the review-of-systems convention for a positive answer.',
      'Insurance, legal and billing claims ("workers\' comp claim #…", "claim denied").',
      'Claims made by literature, organisations or the writer ("the review claims …", "I claimed a study room").',
      'Safeguarding language that must say "alleged" ("alleged abuse", "alleged perpetrator").',
      '"Apparently" describing a finding ("apparently healed incision") or not tied to a person\'s account.',
      'Negated uses and attributed quotations.',
    ],
    sources: ['S1', 'S2', 'S3', 'S6', 'S7'],
  },
  examples: {
    flagged: [
      'Pt {{claims}} his grip is weaker than last month; dynamometry 9 kg R.',
      'Patient {{insists}} her pain is still 9/10.',
      'He is {{adamant}} that the calf strain happened during a transfer.',
      'Pt {{allegedly}} tipped the w/c on Saturday.',
      '{{Supposedly}} the caregiver helps with the HEP three times a week.',
      '{{Apparently}} she has been doing her stretches daily.',
      'Pt {{insisted on}} using the old cushion.',
      'He {{admits to}} drinking four beers most nights.',
      'Pt {{admitted that}} she skipped the HEP this week.',
      { text: 'Honestly, he {{claims}} to be exhausted every session.', mode: 'reflection' },
    ],
    clean: [
      'ADMITTING DIAGNOSIS: Cerebrovascular accident.',
      'The patient was seen and admitted through the emergency room.',
      'Plan: Admit to neurology for observation.',
      'ROS: He denies chest pain. He does admit to exertional shortness of breath.',
      'Pt was admitted to 4 West on Monday for CHF exacerbation.',
      'Admitted for sepsis; PT consulted on day 2.',
      'He was readmitted to the ICU overnight.',
      "Workers' comp claim #WC-4471 remains open; adjuster requested a progress report.",
      { text: 'The 2019 review claims that eccentric loading speeds tendon healing.', mode: 'reflection' },
      'Pt reports his grip is weaker; dynamometry 9 kg R (11 kg at last visit).',
      'Safeguarding referral made for alleged financial abuse by a relative.',
      'Apparently healed incision over the L knee; no drainage.',
      'Pt does not claim any change in symptoms since the last visit.',
      'Insurance claims for the power wheelchair were submitted on Monday.',
    ],
  },
  check: (ctx) => checkPhrases(bounded(ctx, true), phrases),
});
