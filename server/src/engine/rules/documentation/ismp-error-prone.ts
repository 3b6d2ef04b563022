/**
 * doc.ismp-error-prone — ISMP error-prone abbreviations, in medication context.
 * Several of them are everyday therapy abbreviations with other meanings (AD =
 * assistive device, AS = ankylosing spondylitis, SC joint, D/C = discharge),
 * so each is gated on the medication words right next to it.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { isMedicationContext, isVolumeMeasurement } from '../../context/medication.ts';

/** A tighter medication window for abbreviations that are common in therapy notes. */
function nearMedication(ctx: RunContext, start: number, end: number): boolean {
  return isMedicationContext(ctx.text, start, end, 30);
}

const DRUG_OR_DOSE =
  /\b\d+(?:\.\d+)?\s?(?:mg|mcg|g|mL|units?|tabs?|caps?|%)(?![A-Za-z])|\b(?:meds?|medications?|drugs?|[a-z]+(?:pril|olol|statin|azole|cillin|mycin|oxacin|pam|lam|done|codone|morphone|profen|sartan|parin|xaban|gliptin|formin|zepam|triptan|tidine|prazole))\b|\b(?:morphine|insulin|heparin|warfarin|aspirin|baclofen|tizanidine|gabapentin|pregabalin|fentanyl|tramadol|acetaminophen|prednisone|digoxin|furosemide|albuterol|dantrolene|riluzole|oxycodone|ibuprofen|naproxen|lorazepam|diazepam|ondansetron|antibiotics?|anticoagulants?|opioids?)\b/i;

/** Ear and eye preparations: the only place AD/AS/AU/OD/OS/OU are routes. */
const EAR_EYE = /\b(?:gtts?|drops?|ointment|otic|ophthalmic|eye\s?drops?|ear\s?drops?|instill(?:ed)?|suspension|solution)\b/i;

const EAR_EYE_ROUTES: Record<string, [string, string]> = {
  AD: ['right ear', 'right'],
  AS: ['left ear', 'left'],
  AU: ['each ear', 'both'],
  OD: ['right eye', 'right'],
  OS: ['left eye', 'left'],
  OU: ['each eye', 'both'],
};

const phrases: Phrase[] = [
  {
    pattern: /(?:µg|μg)(?![A-Za-z])|(?<=\d\s?)ug(?![A-Za-z])/g,
    message: '"µg" can be misread as "mg", a thousand-fold error. Write "mcg".',
    suggest: ['mcg'],
    fix: 'safe',
    medication: true,
  },
  {
    pattern: /(?<=\d\s?)cc(?![\w:])/g,
    message: '"cc" can be misread as "u" (units). Write "mL".',
    suggest: ['mL'],
    fix: 'safe',
    medication: true,
    // The volume itself makes any window look like a dose; blood loss, output and syringe sizes are measurements.
    unless: (m, ctx) => isVolumeMeasurement(ctx.text, m.index, m.index + m[0].length),
  },
  {
    pattern: /\b(?:q\.\s?h\.\s?s\.?|qhs)(?!\w)/gi,
    message: '"qhs" has been misread as "every hour". Write "nightly at bedtime".',
    suggest: ['nightly at bedtime'],
    fix: 'safe',
    unless: (m, ctx) => !nearMedication(ctx, m.index, m.index + m[0].length),
  },
  {
    pattern: /\bqn\b/g,
    message: '"qn" has been misread as "every hour". Write "nightly".',
    suggest: ['nightly'],
    fix: 'safe',
    unless: (m, ctx) => !nearMedication(ctx, m.index, m.index + m[0].length),
  },
  {
    // HS = high school in a student's history; only as a dosing time next to a drug.
    pattern: /(?<![\w.])(?:HS|hs|h\.s\.?)(?!\w|\.\w)/g,
    message: '"HS" can mean "at bedtime" or "half-strength". Write the one you mean.',
    suggest: ['at bedtime', 'half-strength'],
    fix: 'suggest',
    unless: (m, ctx) => !DRUG_OR_DOSE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index)),
  },
  {
    // Not "SC joint", "sq ft".
    pattern: /\b(?:SC|SQ|sc|sq|[Ss]ub[\s-]?[Qq])\b(?!\s*(?:joint|jt|jnt|ft|feet|in(?:ch(?:es)?)?\b|m\b|cm\b))/g,
    message: '"SC" and "SQ" can be misread as "SL" (sublingual) or "5 every". Write "subcut" or "subcutaneously".',
    suggest: ['subcut'],
    fix: 'safe',
    unless: (m, ctx) => !DRUG_OR_DOSE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 25)),
  },
  {
    pattern: /\b(?:TIW|t\.i\.w\.?)(?!\w)/g,
    message: '"TIW" has been read as "three times a day" or "twice a week". Write "3 times weekly".',
    suggest: ['3 times weekly'],
    fix: 'safe',
    medication: true,
  },
  {
    pattern: /\bper\s+os\b/gi,
    message: '"Per os" can be misread as "left eye" (OS). Write "by mouth" or "PO".',
    suggest: ['by mouth'],
    fix: 'safe',
  },
  {
    // D/C means discharge in therapy ("D/C summary", "D/C home"); it is only ambiguous in front of a medication.
    pattern: /\b[Dd]\/[Cc](?:'?d|ed)?(?![\w/])/g,
    message: '"D/C" can mean "discharge" or "discontinue": next to a medication, a reader may stop a drug that should continue. Write the word.',
    suggest: (m) => (/(?:'?d|ed)$/.test(m[0]) ? ['discontinued', 'discharged'] : ['discontinue', 'discharge']),
    fix: 'suggest',
    unless: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/^\s*(?:summary|summaries|home|planning|plan|instructions|from|to|date|note|eval|status|disposition|destination|criteria|goals?|recs?|recommendations)\b/i.test(after)) return true;
      return !DRUG_OR_DOSE.test(after.split(/[.;\n]/)[0]!);
    },
  },
  {
    // "20 mg o.d." — once daily in some countries, right eye in others.
    pattern: /(?<=\d\s?(?:mg|mcg|g|mL|ml|units?|tabs?|caps?)\.?\s+(?:(?:PO|IV|IM|SC|SQ|SL|PR)\s+)?)(?:OD|o\.d\.?|od)(?!\w)/g,
    message: '"OD" or "o.d." after a dose can mean "once daily" or "right eye". Write "daily".',
    suggest: ['daily'],
    fix: 'suggest',
    unless: (m, ctx) => EAR_EYE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 15)),
  },
  {
    pattern: /\b(?:q\.1\.d\.?|q1d)(?!\w)/gi,
    message: '"q1d" is easily read as "qid" (four times a day). Write "daily".',
    suggest: ['daily'],
    fix: 'safe',
    medication: true,
  },
  {
    pattern: /(?<=\d\s?)ml(?![A-Za-z/])/g,
    message: 'A lowercase "l" in "ml" can be read as the number 1. Write "mL".',
    suggest: ['mL'],
    fix: 'safe',
    medication: true,
    unless: (m, ctx) => isVolumeMeasurement(ctx.text, m.index, m.index + m[0].length),
  },
  {
    // "Levetiracetam500 mg": the run-together name hides where the dose starts.
    pattern: /\b[A-Za-z]{4,}\d+(?:\.\d+)?(?=\s?(?:mg|mcg|g|mL|units?)\b)/g,
    message: 'A drug name run together with its dose can hide or change the dose. Put a space between the name and the dose.',
    suggest: (m) => [m[0].replace(/^([A-Za-z]+)(\d)/, '$1 $2')],
    fix: 'safe',
  },
  {
    // "500 mg. PO": a period after a unit can be read as the number 1; a full stop at a sentence end is fine.
    pattern: /(?<=\d\s?)(?:mg|mcg|mL|ml|g|units?)\.(?=\s+(?:PO|IV|IM|SC|SQ|SL|PR|by mouth|daily|nightly|BID|TID|QID|bid|tid|qid|q\d|twice|once|three times|every|at bedtime|prn|PRN|x\s?\d)\b)/g,
    message: 'A period after a unit ("mg.") can be read as the number 1 when the order continues. Drop the period.',
    suggest: (m) => [m[0].slice(0, -1)],
    fix: 'safe',
  },
  {
    pattern: /\b(?:AD|AS|AU|OD|OS|OU)\b/g,
    message: 'Ear and eye abbreviations (AD/AS/AU, OD/OS/OU) are easily swapped for one another. Write "right ear", "left eye", "each eye" and so on.',
    suggest: (m) => [EAR_EYE_ROUTES[m[0]]![0]],
    fix: 'suggest',
    unless: (m, ctx) => !EAR_EYE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 15)),
  },
];

export default defineRule({
  id: 'doc.ismp-error-prone',
  family: 'documentation',
  severity: { clinical: 'info', reflection: 'hint' },
  anchor: /µg|μg|\dug|\d\s?cc|q\.?h\.?s|\bqn\b|\bh\.?s\b|\bs[cq]\b|sub[\s-]?q|t\.?i\.?w|per\s+os|d\/c|\b(?:AD|AS|AU|OD|OS|OU)\b|o\.d|q\.?1\.?d|\d\s?ml|[a-z]{4}\d|(?:mg|mcg|ml|g|units?)\.\s/i,
  docs: {
    summary: 'Abbreviations and dose designations on the ISMP error-prone list (µg, cc, ml, HS, qhs, q1d, o.d., SC/SQ, TIW, D/C, AD/AS/AU, OD/OS/OU, "mg." mid-order, drug name and dose run together), when they are used with a medication.',
    why:
      'These abbreviations have led to reported medication errors because they are read as something else ("µg" as "mg", "cc" as "u", "qhs" as "every hour"). Therapy notes are read by nurses, pharmacists and the patient; a medication line that cannot be misread is part of competent, trustworthy care. Many of the same letters have safe therapy meanings, so the rule only looks where a drug or dose is right next to them.',
    prefer: '"mcg", "mL", "daily", "at bedtime" or "half-strength", a space between drug name and dose, no period after a unit, "nightly", "subcut", "3 times weekly", "by mouth", "discontinue" or "discharge", "right ear", "left eye", "each eye".',
    exceptions: [
      'Volumes that are measurements, not doses: blood loss, urine output, residuals, fluids given in an operation, syringe and balloon sizes.',
      'AD = assistive device, AS = ankylosing spondylitis, SC joint, OD = overdose, HS = high school.',
      '"D/C summary", "D/C home", "D/C from PT": D/C is only flagged when a medication follows it.',
      '"cc:" as a copy-to line.',
      'Items on the Joint Commission list (U, IU, QD, QOD, zeros, MS) are reported by doc.jc-do-not-use instead.',
    ],
    sources: ['S26'],
  },
  examples: {
    flagged: [
      'Cyanocobalamin 1000 {{µg}} IM monthly.',
      'NS 10 {{cc}} flush IV after dose.',
      'Zolpidem 5 mg PO {{qhs}} prn sleep.',
      'Heparin 5000 units {{SQ}} q12h.',
      'MD to {{D/C}} baclofen 10 mg; monitor tone.',
      'Timolol 0.5% 1 gtt {{OU}} BID.',
      'Omeprazole 20 mg {{o.d.}} before breakfast.',
      '{{Levetiracetam500}} mg PO twice daily.',
      'Metformin 500 {{mg.}} PO twice daily.',
      'Oxybutynin syrup 5 {{ml}} PO twice daily.',
      'Methotrexate 15 mg PO {{TIW}}? Clarify with pharmacy.',
    ],
    clean: [
      'ESTIMATED BLOOD LOSS: 200 cc.',
      'A 60 cc syringe was used to aspirate the cyst contents.',
      'AD: power wheelchair; independent with transfers.',
      'PMH: AS (ankylosing spondylitis), HTN.',
      'SC joint mobility grade III, 3 x 30 s.',
      'D/C summary sent to PCP; D/C home with HEP.',
      'cc: Dr. Lee, case manager.',
      'Hx of OD in 2019; HS graduate, now at university.',
      'Pt took ibuprofen 400 mg. Pain 3/10 afterwards.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
