/**
 * phi.phone — telephone and fax numbers (North American and international).
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, hits, placeholder, reportHits, rawText } from './patterns.ts';

/** (555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567. Area codes start with 2–9. */
const NANP = /(?<![\w+.-])(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[.-]|(?<=\+1[\s.-]?)[2-9]\d{2}\s)\d{3}[\s.-]\d{4}(?![\w-]|\.\d)/g;
/** +44 20 7946 0958, +61 2 9374 4000. */
const INTERNATIONAL = /(?<![\w+])\+(?:[2-9]\d{0,2})[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}(?![\w-])/g;
/** "tel 555-0199", "cell: 123-4567" — seven digits after a phone word. */
const LOCAL = /\b(?:tel|telephone|phone|ph|cell|mobile|fax|pager|call(?:ed)?(?:\s+(?:him|her|them|me))?(?:\s+at)?)\.?\s*(?:#|no\.?|number)?\s*[:#]?\s*(\d{3}[.-]\d{4})(?![\w-])/gi;

export default defineRule({
  id: 'phi.phone',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  anchor: /\d{3}[\s.)-]+\d{3}[\s.-]\d{4}|\d{3}[.-]\d{4}|\+\d/,
  docs: {
    summary: 'Telephone and fax numbers: North American formats and international numbers starting with "+".',
    why:
      'Telephone and fax numbers are Safe Harbor identifiers, whether they belong to the patient, a relative or a caregiver such as Naren\'s volunteer. A number in a student reflection leads straight back to a person who never agreed to be in it.',
    prefer: 'Leave the number out; if it matters, say who was contacted ("called the caregiver to confirm the time").',
    exceptions: ['Blood pressure (120/80), ROM (0-120), MMT grades (3/5), pain scores (6/10), times and dates.', 'Numbers whose area code starts with 0 or 1.'],
    sources: ['S31', 'S38'],
  },
  examples: {
    flagged: [
      { text: 'His mother asked me to text her at {{(555) 123-4567}}.', mode: 'reflection' },
      { text: 'Caregiver cell {{555-234-9876}}; call before visits.', mode: 'reflection' },
      { text: 'The clinic fax is {{+44 20 7946 0958}}.', mode: 'reflection' },
      { text: 'Tel: {{555-0199}} (home).', mode: 'reflection' },
    ],
    clean: [
      { text: 'BP 120/80, HR 72; knee ROM 0-120°; pain 6/10.', mode: 'reflection' },
      { text: 'Session 10:30-11:15; 3 x 10 reps; MMT 4/5.', mode: 'reflection' },
      { text: 'Reference range 135-145 mmol/L; 2023-2024 academic year.', mode: 'reflection' },
    ],
  },
  check: (ctx) => {
    const found = [...hits(rawText(ctx), NANP), ...hits(rawText(ctx), INTERNATIONAL).filter((h) => h.match[0].replace(/\D/g, '').length >= 8), ...hits(rawText(ctx), LOCAL, 1)];
    reportHits(
      ctx,
      found.map((h) => ({
        start: h.start,
        end: h.end,
        message: `This looks like a telephone or fax number. ${DEIDENTIFY}`,
        ...placeholder('phone number'),
      })),
    );
  },
});
