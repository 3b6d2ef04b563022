/**
 * dignity.endearments — "honey", "sweetie", "dear", "love", "good girl" and
 * other pet names used to address or describe adult patients.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { quotePolicy } from './speech.ts';

const MESSAGE = 'Pet names talk down to adults, however kindly meant. Use the name and title the person prefers ("Naren", "Mr. Shah").';
/** Just before a term of address: start of a sentence or quote, a comma, or a greeting. */
const VOC_BEFORE =
  /(?:^|[,;:!?.“"(—–]|\b(?:hi|hey|hello|okay|ok|thanks|thank\s+you|there|come\s+on|morning|good\s+morning|good\s+night|night|alright|all\s+right|yes|no|well|now|sorry|bye|that's\s+it|there\s+you\s+go|here\s+you\s+go|here\s+we\s+go|good\s+job|well\s+done|great\s+job|nice\s+job|easy|careful|up\s+you\s+go|ready|sit\s+down|stand\s+up|come\s+here|hang\s+on|wait|look|listen|see|sure|right|perfect|lovely|great|good|excellent|almost\s+there))\s*,?\s*(?:my\s+)?$/i;
/** Just after a term of address: punctuation or the end of the sentence. */
const VOC_AFTER = /^\s*(?:[,!?.;:”"—–)]|$)/;
/** "called her honey", "calls everyone sweetie" */
const CALLED_BEFORE = /\b(?:call(?:s|ed|ing)?|address(?:es|ed|ing)?)\s+(?:her|him|them|the\s+(?:patient|pt|resident|client|woman|man|lady)|pt|patients|residents|everyone|everybody|people|all\s+the\s+\w+)\s+(?:as\s+)?["“']?$/i;

function vocative(m: RegExpExecArray, ctx: RunContext): boolean {
  const sentence = ctx.sentenceAt(m.index);
  const quote = ctx.quoteAt(m.index, m.index + m[0].length);
  const from = quote ? Math.max(sentence.start, quote.innerStart) : sentence.start;
  const lead = ctx.text.slice(Math.max(from, m.index - 40), m.index);
  const tail = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
  const window = ctx.text.slice(Math.max(0, m.index - 50), m.index);
  // "her husband calls her honey" is family speech, not staff.
  if (CALLED_BEFORE.test(window)) return !/\b(?:husband|wife|partner|boyfriend|girlfriend|fianc\w*|spouse|mom|mum|mother|dad|father|parents?|grand\w+|family|friends?|son|daughter|brother|sister)\b[^.]*\bcall/i.test(window);
  if (/\boh\s*$/i.test(lead) && /^dear$/i.test(m[0])) return false; // "oh dear"
  // "Young man, 19, s/p ACL": an age appositive makes it a description, not a form of address.
  if (/^\s*,\s*\(?\d{1,3}(?:\s*(?:yo|y\/o|y\.o\.|yrs?\b|years?\b|-year)|\s*[,)]|\s*$)/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return false;
  return VOC_BEFORE.test(lead) && VOC_AFTER.test(tail);
}

/** "Dear Dr. Patel," opening a letter or referral. */
const salutation = (m: RegExpExecArray, ctx: RunContext) => /^dear$/i.test(m[0]) && /^\s+(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Madam|Colleague|Team|[A-Z][a-z]+)\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12));

/** Honey as food or a dressing: "Honey, lemon and ginger tea tolerated." */
const food = (m: RegExpExecArray, ctx: RunContext) => {
  if (!/^hone?y$/i.test(m[0])) return false;
  const sentence = ctx.sentenceAt(m.index);
  const near = ctx.text.slice(Math.max(sentence.start, m.index - 120), Math.min(sentence.end, m.index + 120));
  return /\b(?:tea|lemon|ginger|milk|toast|yogh?urt|cereal|oats|porridge|snack|food|meal|breakfast|diet|liquids?|thick|nectar|sweeten\w*|sugar|jam|butter|eat|ate|eating|drink|drank|dressing|wound|manuka|allerg\w*)\b/i.test(near);
};

const phrases: Phrase[] = [
  {
    // Always pet names, whether used to address or to describe a patient.
    pattern: /\b(?:sweetie(?:[-\s]pie)?|sweetheart|sweet[-\s]?pea|dearie|deary|kiddo|cutie(?:[-\s]pie)?|little\s+lady|little\s+man|(?:cute\s+)?little\s+old\s+(?:lad(?:y|ies)|m[ae]n|wom[ae]n)|atta\s+(?:girl|boy))\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
  },
  {
    // Praise for a dog or a child, not an adult: "good girl", "good boy"
    pattern: /\b(?:good|clever|brave|big)\s+(?:girl|boy)\b/gi,
    message: '"Good girl/boy" is how we praise a child. Give adults specific feedback ("That transfer was smooth").',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const sentence = ctx.sentenceAt(m.index);
      return /\b(?:dog|puppy|service\s+animal|guide\s+dog|cat)\b/i.test(ctx.text.slice(Math.max(sentence.start, m.index - 150), Math.min(sentence.end, m.index + 150))) || /^\s+(?:and|or)\s+(?:bad|naughty)\b/i.test(ctx.text.slice(m.index + m[0].length));
    },
  },
  {
    // Only as a term of address: "Thanks, honey." — not "honey-thick liquids", "tea with honey"
    pattern: /\b(?:honey|hon|hun|dear|love|luv|darling|darlin'?|babe|young\s+(?:man|lady)|buddy|champ|sunshine|doll|mama|granny|gramps|pops|big\s+guy)\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => !vocative(m, ctx) || salutation(m, ctx) || food(m, ctx),
  },
  {
    // Not only as address: "Young lady (78) ambulated 200 ft", "this young man of 84" — jokey youth terms for an older adult.
    pattern: /\byoung\s+(?:man|lady|fell(?:a|ow))\b(?=[ \t]*[(,]?[ \t]*(?:of[ \t]+|age[ \t]+|aged[ \t]+)?(?:[6-9]\d|1[01]\d)(?![\d.\/:%])|[^.;\n]{0,40}?(?:\b(?:who\s+is|who's|aged?|of)[ \t]+|\(|,[ \t]*)(?:[6-9]\d|1[01]\d)(?![\d.\/:%]))/gi,
    message: 'Calling an older adult "young lady" or "young man" is a joke at their expense. Use their name, or "the patient" / "Ms. K".',
    suggest: [],
    fix: 'none',
  },
];

export default defineRule({
  id: 'dignity.endearments',
  family: 'dignity',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /honey|\bhon\b|\bhun\b|dear|love|\bluv\b|darlin|sweet|kiddo|cutie|little\s+(?:lady|man|old)|girl|boy|babe|young\s+(?:man|lady)|buddy|champ|sunshine|\bdoll\b|\bmama\b|granny|gramps|\bpops\b|big\s+guy/i,
  // Quotations are handled below: the patient's own words are skipped, staff speech is reported.
  quoteExempt: false,
  docs: {
    summary: 'Pet names for adult patients: "honey", "sweetie", "dear", "love", "good girl", "young man" as a form of address.',
    why:
      '"Honey" and "sweetheart" were the most common features of elderspeak in recorded care conversations, and patients hear them as patronizing; in dementia care they are linked to more resistance to care. Naren is a 20-year-old university student, not a child to be praised as a "good boy". The source text asks for professional, respectful interaction in which the patient never has to accommodate the clinician\'s manner. Using the name the person prefers does that.',
    prefer: 'The person\'s name and title as they prefer, and specific feedback ("Nice controlled descent").',
    exceptions: [
      '"Honey-thick liquids" (dysphagia diets) and honey as a food or wound dressing.',
      '"Dear Dr. …" opening a letter; "oh dear"; "loved ones".',
      'The patient\'s own words in a quotation ("Pt said, \'Thanks, love\'").',
      'Staff speech quoted in a reflection to analyse it is reported as info only.',
    ],
    sources: ['S24', 'seed'],
  },
  examples: {
    flagged: [
      '{{Young lady}} (78) ambulated 200 ft with a rollator.',
      'The {{young man}} in bed 4, who is 88, walked to the nurses\' station.',
      'Nice work, {{buddy}}, 2 more laps.',
      'She is a {{little old lady}} who lives alone.',
      'Okay {{buddy}}, two more steps to the chair.',
      'Alright, my {{dear}}, let\'s get you up.',
      'Told her, okay {{honey}}, time to stand.',
      'Thanks, {{sweetie}}, you did great on the stairs.',
      'He is such a {{sweetheart}} and never complains.',
      'Ready, {{young man}}? Let\'s go to the mat.',
      '{{Good boy}}, that\'s the way to lock the brakes.',
      'The aide calls all the residents {{dear}}.',
    ],
    clean: [
      'Diet: honey-thick liquids per SLP.',
      'Tea with honey tolerated without coughing.',
      'Dear Dr. Patel, thank you for the referral.',
      'Naren is a young man who studies engineering.',
      'Young man, 19, s/p ACL reconstruction; 22 visits authorized.',
      'Pt said, "Thanks, love, see you Thursday."',
      'Family and loved ones attended the session.',
      'Manuka honey dressing applied to the sacral wound.',
      'He plays wheelchair rugby with his buddy on weekends; mama and granny attend games.',
    ],
  },
  check: (ctx) =>
    checkPhrases(
      quotePolicy(ctx, (speaker, attributed) => (speaker === 'patient' ? 'skip' : attributed ? 'info' : 'keep')),
      phrases,
    ),
});
