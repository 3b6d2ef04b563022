/**
 * sud.clean-dirty — "clean/dirty" drug tests and "been clean".
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';
import { sudContext } from './shared.ts';

const TEST = '(?:UDS|UDT|UA|U\\/A|urine|urines|urinalys[ie]s|tox(?:icology)?(?:\\s+screens?)?|drug\\s+(?:screens?|tests?)|urine\\s+drug\\s+(?:screens?|tests?)|screens?|specimens?|samples?|results?|test(?:\\s+results?)?)';
const TEST_MESSAGE = '"Clean" and "dirty" describe people and bodily fluids as good or soiled. Report the result: "negative" or "positive (for …)".';
const PERSON_MESSAGE = '"Clean" implies that someone who uses substances is dirty. Say "in recovery", "not using (substance) since …", or "in remission".';
/** Wound care and hygiene senses of "clean". */
const HYGIENE = /\b(?:wounds?|incisions?|dressings?|sites?|skin|scars?|pin\s+sites?|stoma|drains?|staples|sutures|technique|hands?|catheter|field|sterile|dry|intact|room|house|home|apartment|clothes|clothing|laundry|bed|linens?|floor|kitchen|bathroom|equipment|cushion|wheelchair|w\/c|chair|tray|teeth|mouth|ulcer|granulation|debrided|contaminated|catch)\b/i;

const phrases: Phrase[] = [
  {
    // "clean UDS", "dirty urine", "clean tox screen"
    pattern: new RegExp(`\\b(clean|dirty)\\s+(${TEST})\\b`, 'gi'),
    message: TEST_MESSAGE,
    suggest: (m) => {
      const result = /^clean$/i.test(m[1]!) ? 'negative' : 'positive';
      if (/^urines?$/i.test(m[2]!)) return [`${result} urine drug ${/s$/i.test(m[2]!) ? 'tests' : 'test'}`];
      return [`${result} ${m[2]}`];
    },
    fix: 'safe',
    // Urine, UA and "specimen" on their own are also about infection and clean-catch collection.
    unless: (m, ctx) => {
      const test = m[2]!;
      const sentence = ctx.sentenceAt(m.index);
      const sud = sudContext(ctx, m.index, m.index + m[0].length) || /\b(?:screens?|tox|drug|UDS)\b/i.test(ctx.text.slice(Math.max(sentence.start, m.index - 150), Math.min(sentence.end, m.index + 150)));
      if (/^(?:UDS|UDT|tox|toxicology|drug|urine\s+drug)/i.test(test)) return false;
      return !sud || /catch/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    },
  },
  {
    // "UDS was clean", "tox screen came back dirty"
    pattern: new RegExp(`\\b(?:UDS|UDT|tox(?:icology)?(?:\\s+screen)?|drug\\s+(?:screen|test)|urine\\s+drug\\s+(?:screen|test)|urine|UA)\\s+(?:(?:was|is|were|are|came\\s+back|returned|remains|remained|has\\s+been)\\s+)?(clean|dirty)\\b(?![-\\s]+catch)`, 'gi'),
    message: TEST_MESSAGE,
    suggest: (m) => [m[0].replace(/(clean|dirty)$/i, (w) => (/clean/i.test(w) ? 'negative' : 'positive'))],
    fix: 'safe',
    unless: (m, ctx) => /^(?:urine|UA)\b/i.test(m[0]) && !sudContext(ctx, m.index, m.index + m[0].length),
  },
  {
    // "clean and sober", "clean time", "clean date"
    pattern: /\bclean\s+(?:and|&)\s+sober\b|\bclean\s+(?:time|date)\b/gi,
    message: PERSON_MESSAGE,
    suggest: (m) => [/sober/i.test(m[0]) ? 'in recovery' : 'time in recovery'],
    fix: 'suggest',
  },
  {
    // "has been clean for 2 years", "stayed clean", "got clean", "is clean since May"
    pattern: /\b(?:(?:has|have|had)\s+been|been|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|got|get(?:s|ting)?|gotten|went|going|is|was|are|were|be|being|keep(?:s|ing)?|kept)\s+(?:(?:completely|totally|fully|now|mostly)\s+)?clean\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and\s+sober|for|since|now|off|from|of|ever|x\s*\d|\d)\b)/gi,
    message: PERSON_MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const sentence = ctx.sentenceAt(m.index);
      const text = ctx.text.slice(Math.max(sentence.start, m.index - 150), Math.min(sentence.end, m.index + m[0].length + 150));
      if (HYGIENE.test(text)) return true;
      // The person (not a surface) is the subject, or the sentence is about substances.
      return !ctx.personSubject(m.index) && !sudContext(ctx, m.index, m.index + m[0].length);
    },
  },
];

export default defineRule({
  id: 'sud.clean-dirty',
  family: 'substance-use',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /clean|dirty/i,
  docs: {
    summary: '"Clean" or "dirty" drug tests and urine, and "been clean" for a person not using substances.',
    why:
      'Calling a test "dirty" or a person "clean" borrows the language of soiling and shame, and it implies that someone who uses drugs is dirty. A drug test has a result, negative or positive, and recovery has a duration. The source text asks clinicians to meet people where they are and to bring respect to every interaction; plain results do both.',
    prefer: '"UDS negative", "urine drug test positive for fentanyl", "in recovery since 2021", "not using alcohol for 8 months", "in remission".',
    exceptions: [
      'Wound care and hygiene: "clean and dry", "clean technique", "clean-contaminated wound", "wound bed clean".',
      '"Clean-catch urine", "clean intermittent catheterization" and urine tests about infection rather than drugs.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S20'],
  },
  examples: {
    flagged: [
      '{{Clean UDS}} on 3/2; continues buprenorphine.',
      'Had a {{dirty urine}} for fentanyl last month.',
      'Pt {{has been clean}} for 18 months and attends NA.',
      '{{Tox screen came back dirty}} for cocaine.',
      'She is {{clean and sober}} since 2021.',
    ],
    clean: [
      'Incision clean and dry; steri-strips intact.',
      'Performed clean intermittent catheterization with supervision.',
      'Clean-catch urine sent for culture.',
      'Wound bed clean with red granulation tissue.',
      'UDS negative; in recovery since 2021.',
      'Clean technique used for the dressing change.',
      'Pt said, "I\'ve been clean for two years and I want to stay that way."',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
