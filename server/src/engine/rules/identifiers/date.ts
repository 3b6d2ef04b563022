/**
 * phi.date — dates more specific than the year (birth, admission, service),
 * "DOB", and ages of 90 or over.
 */
import { defineRule, type Report } from '../define.ts';
import { DEIDENTIFY, MONTH, hits, placeholder, reportHits, rawText } from './patterns.ts';

const M = '(?:0?[1-9]|1[0-2])';
const D = '(?:0?[1-9]|[12]\\d|3[01])';
/** 3/14/2025, 03-14-25, 14.03.2025, 2025-03-14. */
const NUMERIC = new RegExp(
  `(?<![\\w/.-])(?:${D}[/.-]${D}[/.-](?:19|20)\\d{2}|${M}/${D}/\\d{2}|(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01]))(?![\\w/-]|\\.\\d)`,
  'g',
);
/** March 14, Mar. 14th, 2025; 14 March 2025; the 14th of March. */
const NAMED = new RegExp(
  `\\b${MONTH}\\.?[ \\t]+${D}(?:st|nd|rd|th)?\\b(?:,?[ \\t]+(?:19|20)\\d{2}\\b)?|\\b${D}(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${MONTH}\\b\\.?(?:,?[ \\t]+(?:19|20)\\d{2}\\b)?`,
  'g',
);
/** Month and year: less specific, still a date element. */
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\.?,?[ \\t]+(?:19|20)\\d{2}\\b`, 'g');
/** A month/day without a year only after a date word: "on 3/14", "DOB 3/14". Never "3/5" (MMT) or "6/10" (pain). */
const CUED = new RegExp(`\\b(?:on|DOB|DOS|admitted|admission|discharged|seen|born|dated|since|until|through|from)[ \\t]*:?[ \\t]*(${M}/${D})(?![\\w/]|\\.\\d)`, 'gi');
/** "DOB" or "date of birth" with anything after it. */
const DOB = new RegExp(
  `\\b(?:DOB|D\\.O\\.B\\.?|date\\s+of\\s+birth|birth\\s*date|birthday)(?![\\w])[ \\t]*[:=-]?[ \\t]*(?:is[ \\t]+|was[ \\t]+|on[ \\t]+)?(?:\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|${MONTH}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?:,?[ \\t]+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${MONTH}(?:,?[ \\t]+\\d{4})?)(?![\\w/])`,
  'gi',
);
/** Ages of 90 and over. */
const AGE =
  /\b(?:(9\d|1[01]\d)[-\s]?(?:y\/?o|yo|y\.o\.?|yrs?(?:[-\s]old)?|years?[-\s]old|year-old)|(?:aged?|age:|who\s+is|who\s+was|turned|turns|is\s+now)\s*(9\d|1[01]\d))\b(?![\s-]*(?:%|percent|kg|lbs?|ft|feet|in\b|cm|mm|m\b|bpm|beats|degrees|°|\/|mmHg|sec|s\b|min|points|on\b))/gi;

/** "aged 94" → "aged 90 or older", "94 years old" → "90 or older"; the adjective "94-year-old" needs a rewrite. */
function ageSuggestion(text: string): { suggestions: string[]; fix: 'suggest' | 'none' } {
  const lead = /^(\D+?)\s*\d/.exec(text);
  if (lead) return { suggestions: [`${lead[1]} 90 or older`], fix: 'suggest' };
  if (/\d\s+years?\s+old$/i.test(text)) return { suggestions: ['90 or older'], fix: 'suggest' };
  return { suggestions: [], fix: 'none' };
}

function cuedDenominatorIsScore(md: string): boolean {
  const [, den] = md.split('/');
  return ['3', '4', '5', '10', '20'].includes(den!);
}

export default defineRule({
  id: 'phi.date',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  anchor: /\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|\d{4}-\d{2}-\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d\/\d|dob|birth|\b(?:9\d|1[01]\d)\b/i,
  docs: {
    summary: 'Dates more specific than the year (birth, admission, discharge, service dates), "DOB", and ages of 90 or over.',
    why:
      'Safe Harbor allows the year but not the month or day of dates about the person, and asks for ages over 89 to be grouped as "90 or older". A date of service plus a place and a rare condition can be enough to identify Naren; relative time ("week 3 of placement") tells the learning story just as well.',
    prefer: 'The year alone, or relative time: "in week 3 of my placement", "two weeks after admission"; "90 or older" for ages over 89.',
    exceptions: [
      'Years alone ("in 2025"), relative time ("week 3", "POD 2").',
      'Fractions and scores: MMT "3/5", pain "6/10", "4/5 trials".',
      'A month and day without a year or a date word before it ("3/14" on its own).',
    ],
    sources: ['S31', 'S38'],
  },
  examples: {
    flagged: [
      { text: 'I first saw him on {{3/14/2025}} in the outpatient clinic.', mode: 'reflection' },
      { text: 'He was admitted {{14 March 2025}} after a fall.', mode: 'reflection' },
      { text: 'Evaluation on {{March 3rd}}; re-eval planned.', mode: 'reflection' },
      { text: '{{DOB: 01/02/2005}}', mode: 'reflection' },
      { text: 'His grandmother is {{94 years old}} and lives with them.', mode: 'reflection' },
      { text: 'Her father, {{who is 92}}, came to the session.', mode: 'reflection' },
      { text: 'We met again {{on 3/21}} for the seating assessment.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Hip abductors 3/5; pain 6/10 at worst; 4/5 trials successful.', mode: 'reflection' },
      { text: 'In week 3 of placement (2025) I led my first evaluation.', mode: 'reflection' },
      { text: 'BP 120/80; ROM 0-120; score 22/28 on the Tinetti.', mode: 'reflection' },
      { text: 'A 20-year-old student; may 5 reps be enough?', mode: 'reflection' },
      { text: 'His HR, which is 92 at rest, turned 98 bpm with effort; SpO2 is now 95%.', mode: 'reflection' },
      { text: 'Seen 1/2 of scheduled sessions; on 2/3 trials he needed cues.', mode: 'reflection' },
    ],
  },
  check: (ctx) => {
    const reports: Report[] = [];
    const dateMessage = `This is a date more specific than the year. ${DEIDENTIFY} Keep the year, or use relative time ("week 3 of placement").`;
    for (const h of hits(rawText(ctx), DOB)) {
      reports.push({ start: h.start, end: h.end, message: `A date of birth identifies the person. ${DEIDENTIFY} Give an age range instead ("in his twenties").`, ...placeholder('date of birth') });
    }
    for (const h of hits(rawText(ctx), NUMERIC)) reports.push({ start: h.start, end: h.end, message: dateMessage, ...placeholder('date') });
    for (const h of hits(rawText(ctx), NAMED)) reports.push({ start: h.start, end: h.end, message: dateMessage, ...placeholder('date') });
    for (const h of hits(rawText(ctx), CUED, 1)) {
      if (cuedDenominatorIsScore(h.match[1]!)) continue;
      // "seen 1/2 of scheduled sessions", "on 2/3 trials": a fraction, not a date.
      if (/^\s*(?:of|trials?|attempts?|reps?|sets?|sessions?|visits?|days?|x|times|occasions)\b/i.test(ctx.text.slice(h.end, h.end + 20))) continue;
      reports.push({ start: h.match.index, end: h.end, message: dateMessage, ...placeholder('date') });
    }
    for (const h of hits(rawText(ctx), MONTH_YEAR)) {
      reports.push({ start: h.start, end: h.end, message: `A month and year is a date element. ${DEIDENTIFY} Keep the year, or use relative time.`, severity: 'info', ...placeholder('date') });
    }
    for (const h of hits(rawText(ctx), AGE)) {
      reports.push({
        start: h.start,
        end: h.end,
        message: 'Ages over 89 are rare enough to identify someone; Safe Harbor groups them as "90 or older" (e.g. "a woman aged 90 or older").',
        ...ageSuggestion(h.match[0]),
      });
    }
    reportHits(ctx, reports);
  },
});
