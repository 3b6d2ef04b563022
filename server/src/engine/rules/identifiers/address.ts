/**
 * phi.address — street addresses, PO boxes, "City, ST 12345", and a place of
 * residence named after "lives in".
 */
import { defineRule, type Report } from '../define.ts';
import { DEIDENTIFY, STATE, hits, placeholder, reportHits, rawText } from './patterns.ts';

const SUFFIX =
  '(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Ct|Court|Way|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Sq|Square|Trl|Trail|Row|Loop)';
/** 123 Main St, 4501 N. Oak Park Avenue, Apt 4B. */
const STREET = new RegExp(
  `(?<![\\w/.-])\\d{1,6}[A-Za-z]?[ \\t]+(?:[NSEW]\\.?[ \\t]+)?(?:[A-Z][A-Za-z'-]*[ \\t]+){1,3}${SUFFIX}\\b\\.?(?:,?[ \\t]+(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?[ \\t]*#?[A-Za-z0-9-]+)?`,
  'g',
);
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d+\b/gi;
/** Springfield, IL 62704 — a ZIP code next to a city and state. */
const CITY_ZIP = new RegExp(`\\b[A-Z][a-z]+(?:[ \\t][A-Z][a-z]+){0,2},?[ \\t]+${STATE}[ \\t]+\\d{5}(?:-\\d{4})?\\b`, 'g');
/** "lives in Springfield", "moved here from Toledo" — a town smaller than a state. Reported as info. */
const RESIDENCE = /\b(?:lives|living|resides|residing|grew\s+up|moved)\s+(?:here\s+)?(?:in|to|from)\s+((?:[A-Z][a-z]+)(?:[ \t][A-Z][a-z]+)?)\b/g;
const NOT_PLACES = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'assisted', 'independent', 'supported', 'student', 'university', 'campus', 'college', 'an',
  'group', 'home', 'housing', 'residence', 'dorm', 'dorms', 'sheltered', 'skilled', 'long', 'memory', 'adult', 'foster', 'transitional',
  'september', 'october', 'november', 'december', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
]);
/** States and countries are larger than Safe Harbor's limit. */
const LARGE_PLACES =
  /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Canada|Mexico|India|China|England|Scotland|Wales|Ireland|Australia|Germany|France|Nigeria|Kenya|Brazil|Japan|Korea|Vietnam|Philippines|Pakistan|Bangladesh|Europe|Asia|Africa|America|the US)$/;

export default defineRule({
  id: 'phi.address',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  anchor: /\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[A-Z]|box\s+\d|[A-Z]{2}\s+\d{5}|\b(?:lives|living|resides|residing|grew\s+up|moved)\b/i,
  docs: {
    summary: 'Geographic identifiers smaller than a state: street addresses, PO boxes, a ZIP code next to a city and state, and the town named after "lives in".',
    why:
      'Safe Harbor removes every geographic unit smaller than a state. A student reflection that says where Naren lives, together with his age, his condition and his wheelchair, can point to exactly one person. "A university town" or "on campus" tells the reader what matters.',
    prefer: 'Generalise the place: "lives on campus in an accessible apartment", "in a mid-sized town", "about an hour from the clinic".',
    exceptions: [
      'States and countries ("moved from Ohio"); the type of residence ("lives in assisted living", "lives in student housing").',
      'Numbers before ordinary capitalised words that are not street names (the street-type word is required).',
      'Towns named without a cue ("from Springfield" alone) are not found: there is no gazetteer.',
    ],
    sources: ['S31', 'S38', 'seed'],
  },
  examples: {
    flagged: [
      { text: 'Home visit to {{123 Main St}} to check the ramp.', mode: 'reflection' },
      { text: 'His apartment at {{4501 N. Oak Park Avenue, Apt 4B}} has a roll-in shower.', mode: 'reflection' },
      { text: 'Mail the HEP to {{Springfield, IL 62704}}.', mode: 'reflection' },
      { text: 'He lives in {{Springfield}} with his caregiver.', mode: 'reflection' },
    ],
    clean: [
      { text: 'He lives in assisted living on campus.', mode: 'reflection' },
      { text: 'She moved from Ohio last year.', mode: 'reflection' },
      { text: 'Completed 3 Sit To Stand trials; 10 Wall Push-ups.', mode: 'reflection' },
    ],
  },
  check: (ctx) => {
    const reports: Report[] = [];
    for (const h of [...hits(rawText(ctx), STREET), ...hits(rawText(ctx), PO_BOX), ...hits(rawText(ctx), CITY_ZIP)]) {
      reports.push({ start: h.start, end: h.end, message: `This is an address or location smaller than a state. ${DEIDENTIFY} Generalise it ("lives on campus", "in a mid-sized town").`, ...placeholder('address') });
    }
    for (const h of hits(rawText(ctx), RESIDENCE, 1)) {
      const place = h.match[1]!;
      if (NOT_PLACES.has(place.split(/\s+/)[0]!.toLowerCase()) || LARGE_PLACES.test(place)) continue;
      reports.push({
        start: h.start,
        end: h.end,
        message: `Naming the town where the person lives can identify them together with other details. ${DEIDENTIFY} Generalise it ("a mid-sized town").`,
        severity: 'info',
        suggestions: ['a nearby town'],
        fix: 'suggest',
      });
    }
    reportHits(ctx, reports);
  },
});
