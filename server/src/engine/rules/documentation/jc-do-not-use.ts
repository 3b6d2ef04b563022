/**
 * doc.jc-do-not-use — abbreviations and dose expressions on the Joint Commission
 * "Do Not Use" list, in medication context only.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';

/** Units in which a trailing or missing leading zero changes a dose. Kilograms, degrees and lab units are not doses. */
const DOSE_UNIT = '(?:mg|mcg|µg|μg|g|gm|mL|ml|units?|mEq|mmol|mg/kg|mcg/kg)(?![A-Za-z/%])';
/** "Mg 2.0 mg/dL", "K 4.0 mmol/L": lab results keep their precision. */
const LAB_CONTEXT = /\b(?:level|levels|serum|labs?|lab values?|result|results|trough|peak|mg\/dL|mmol\/L|mEq\/L|mg\/L)\b/i;

function labNearby(ctx: RunContext, start: number, end: number): boolean {
  return LAB_CONTEXT.test(ctx.text.slice(Math.max(0, start - 30), Math.min(ctx.text.length, end + 20)));
}

function singular(ctx: RunContext, at: number): boolean {
  return /(?:^|[^\d.,])1\s?$/.test(ctx.text.slice(Math.max(0, at - 6), at));
}

const phrases: Phrase[] = [
  {
    // "insulin 10 U", "heparin 5000 u SQ" — not "UE", "U/E", "U/L".
    pattern: /(?<=\d\s?)[Uu](?![\w/.-])/g,
    message: '"U" for units can be misread as 0 or 4 (10 U → 100). Write "units" in full.',
    suggest: (m, ctx) => [singular(ctx, m.index) ? 'unit' : 'units'],
    fix: 'safe',
    medication: true,
  },
  {
    pattern: /(?<=\d\s?)IU\b|\bIU(?=\s+(?:of\s+)?[a-z])/g,
    message: '"IU" can be misread as IV or 10. Write "International Units" (or "units").',
    suggest: (m, ctx) => [singular(ctx, m.index) ? 'International Unit' : 'International Units'],
    fix: 'safe',
    medication: true,
  },
  {
    pattern: /(?<![\w.])(?:[Qq]\.[Oo]\.[Dd]\.?|QOD|qod)(?!\w)/g,
    message: '"QOD" is easily misread as QD or QID. Write "every other day".',
    suggest: ['every other day'],
    fix: 'safe',
    medication: true,
  },
  {
    pattern: /(?<![\w.])(?:[Qq]\.[Dd]\.?|QD|qd)(?!\w)/g,
    message: '"QD" is easily misread as QID (four times a day). Write "daily".',
    suggest: ['daily'],
    fix: 'safe',
    medication: true,
  },
  {
    // "5.0 mg" can be read as 50 mg.
    pattern: new RegExp(`(?<![\\d.])\\d+\\.0+(?=\\s?${DOSE_UNIT})`, 'g'),
    message: 'A trailing zero after a dose ("5.0 mg") can be read as ten times the dose if the point is missed. Write the whole number.',
    suggest: (m) => [m[0].replace(/\.0+$/, '')],
    fix: 'safe',
    medication: true,
    unless: (m, ctx) => labNearby(ctx, m.index, m.index + m[0].length),
  },
  {
    // ".5 mg" can be read as 5 mg.
    pattern: new RegExp(`(?<![\\w.])\\.\\d+(?=\\s?${DOSE_UNIT})`, 'g'),
    message: 'A dose without a leading zero (".5 mg") can be read as 5 mg if the point is missed. Write "0.5 mg".',
    suggest: (m) => [`0${m[0]}`],
    fix: 'safe',
    medication: true,
  },
  {
    pattern: /\bMSO4\b/g,
    message: '"MSO4" can be confused with magnesium sulfate. Write "morphine sulfate".',
    suggest: ['morphine sulfate'],
    fix: 'safe',
  },
  {
    pattern: /\bMgSO4\b/g,
    message: '"MgSO4" can be confused with morphine sulfate. Write "magnesium sulfate".',
    suggest: ['magnesium sulfate'],
    fix: 'safe',
  },
  {
    // Only "MS" right next to a dose or route: elsewhere in a therapy note MS is multiple sclerosis,
    // mental status or muscle strength.
    pattern: /(?<=\b\d+(?:\.\d+)?\s?(?:mg|mcg)\s+)MS\b|\bMS(?=\s+(?:\d+(?:\.\d+)?\s?(?:mg|mcg)\b|(?:IR|ER|SR|CR|IV|IM|PO|SC|SQ|PR|SL|IVP)\b|(?:elixir|oral solution|tablets?)\b))/g,
    message: '"MS" can mean morphine sulfate or magnesium sulfate, two very different drugs. Write the drug name in full.',
    suggest: ['morphine sulfate', 'magnesium sulfate'],
    fix: 'suggest',
  },
];

export default defineRule({
  id: 'doc.jc-do-not-use',
  family: 'documentation',
  severity: { clinical: 'warning', reflection: 'info' },
  anchor: /\d\s?[Uu]\b|IU\b|q\.?o?\.?d\b|\d\.0|\.\d|MS|MgSO4/i,
  docs: {
    summary: 'Abbreviations and dose expressions on the Joint Commission "Do Not Use" list, when they appear with a medication or dose.',
    why:
      'These forms have caused real dosing errors: "U" read as a zero, "QD" read as four times a day, "5.0 mg" read as 50 mg, "MS" given as the wrong drug. Someone like Naren, with a progressive neuromuscular disease and several prescribers, depends on every clinician reading a medication line the same way. Writing it unambiguously is part of the competence the source text says every patient should be able to trust.',
    prefer: '"units", "International Units", "daily", "every other day", "5 mg" (no trailing zero), "0.5 mg" (leading zero), "morphine sulfate", "magnesium sulfate".',
    exceptions: [
      'Only in medication context (a dose, route, frequency or drug name nearby); "MS" only right next to a dose or route, because in therapy notes MS means multiple sclerosis, mental status or muscle strength.',
      '"UE", "U/E" (upper extremity) and unit letters outside a medication line.',
      'Measurements and labs where precision is shown on purpose: dynamometry "22.0 kg", "Mg 2.0 mg/dL".',
    ],
    sources: ['S25', 'seed'],
  },
  examples: {
    flagged: [
      'Insulin glargine 10 {{U}} SC at bedtime.',
      'Insulin lispro 6 {{u}} with meals.',
      'Vitamin D3 1000 {{IU}} PO daily.',
      'Lisinopril 10 mg PO {{QD}}.',
      'Baclofen 10 mg PO {{q.o.d.}}',
      'Warfarin {{5.0}} mg PO daily.',
      'Lorazepam {{.5}} mg PO prn anxiety.',
      '{{MS}} 4 mg IV q4h prn pain.',
      '{{MSO4}} 2 mg IV given before session.',
    ],
    clean: [
      'B UE strength 4/5 throughout; U/E ROM WNL.',
      'Grip dynamometry 22.0 kg R, 19.5 kg L.',
      'Dx: MS (multiple sclerosis), relapsing-remitting; MS intact to light touch.',
      'Mental status: MS alert and oriented x3.',
      'Pt takes morphine sulfate 15 mg PO q12h and vitamin D 1000 International Units daily.',
      'Labs: Mg 2.0 mg/dL, K 4.0 mmol/L.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
