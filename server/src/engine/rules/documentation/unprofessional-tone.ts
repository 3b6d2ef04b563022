/**
 * doc.unprofessional-tone — chat slang, exclamation runs and emoji in a note.
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';

const SLANG_MESSAGE = 'Chat slang reads as casual about the person and their care. Leave it out or say what happened plainly.';

const phrases: Phrase[] = [
  {
    pattern: /\b(?:lol|lmao|lmfao|rofl|omg|omfg|wtf|smh|ffs)\b/gi,
    message: SLANG_MESSAGE,
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\bgonna\b/gi,
    message: '"Gonna" is conversational. Write "going to".',
    suggest: ['going to'],
    fix: 'safe',
  },
  {
    pattern: /\bwanna\b/gi,
    message: '"Wanna" is conversational. Write "want to".',
    suggest: ['want to'],
    fix: 'suggest',
  },
  {
    pattern: /\bgotta\b/gi,
    message: '"Gotta" is conversational. Write "have to" or "need to".',
    suggest: ['have to', 'need to'],
    fix: 'suggest',
  },
  {
    pattern: /\b(?:kinda|sorta)\b/gi,
    message: '"Kinda"/"sorta" is conversational and vague. Write "somewhat", or better, give the measure.',
    suggest: ['somewhat'],
    fix: 'suggest',
  },
  {
    // Name-calling about the person or family: "Caregiver is clueless", "the family was so annoying", "such a whiner".
    pattern: /(?<=\b(?:is|was|are|were|being|been|seems|seemed|so|such[ \t]an?|very|really|super|totally|completely|a[ \t]bit|kind[ \t]of)[ \t]{1,3})(?:clueless|annoying|whiny|whiney|whiner|whiners|cry[-\s]?bab(?:y|ies)|brat|bratty|pathetic|a\s+(?:total|real|royal)\s+pain)\b/gi,
    message: 'Name-calling about the person or their family reads as contempt, and the next reader inherits it. Describe what happened ("caregiver unsure how to change the pump settings; teaching scheduled").',
    suggest: [],
    fix: 'none',
    // The person must be the subject right before the copula: not "Pt reports the brace is annoying".
    unless: (m, ctx) =>
      !/\b(?:pt|patient|client|resident|he|she|they|caregivers?|family|wife|husband|spouse|partner|mother|father|mom|dad|son|daughter|parents?|brother|sister|aide|guy|lady|man|woman)(?:['’]s)?\s+(?:(?:is|was|are|were|being|been|seems|seemed|acting|so|such\s+an?|very|really|super|totally|completely|a\s+bit|kind\s+of|always|just|still)\s+){1,3}$/i.test(ctx.text.slice(Math.max(0, m.index - 60), m.index)),
  },
  {
    pattern: /\bdrama\s+queen\b|\bcrazy[-\s]busy\b/gi,
    message: 'This is a casual put-down or exaggeration, not a description. Describe what was observed or what the schedule was.',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /(?<![\w'])(?:ugh+|meh)(?![\w'])/gi,
    message: 'An exasperated interjection tells the reader about the writer\'s mood, not the patient. Leave it out.',
    suggest: [],
    fix: 'none',
  },
  {
    // "Whatever." as a dismissive clause of its own — not "whatever support he needs".
    pattern: /\bwhatever(?=[ \t]{0,3}(?:[.!?;]|$))/gim,
    message: 'A dismissive "whatever" reads as indifference to the person. Leave it out or state the decision.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const lead = ctx.text.slice(Math.max(0, m.index - 4), m.index);
      const atStart = m.index <= 3 && /^\s*$/.test(lead);
      return !(atStart || /[,;:.!?—–\n-][ \t]{0,3}$/.test(lead));
    },
  },
  {
    pattern: /!{3,}/g,
    message: 'A run of exclamation marks sounds exasperated or mocking in a record about a person. One full stop is enough; let the facts carry the weight.',
    suggest: ['.'],
    fix: 'suggest',
  },
  {
    pattern: /\p{Emoji_Presentation}(?:\u200d\p{Emoji_Presentation}|\p{Emoji_Modifier})*|\p{Extended_Pictographic}\ufe0f/gu,
    message: 'Emoji do not belong in a clinical record or a professional reflection: their meaning varies by reader. Put the observation into words.',
    suggest: [],
    fix: 'none',
  },
];

export default defineRule({
  id: 'doc.unprofessional-tone',
  family: 'documentation',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /\b(?:lol|lmao|lmfao|rofl|omg|omfg|wtf|smh|ffs|gonna|wanna|gotta|kinda|sorta|drama|crazy|ugh+|meh|whatever|clueless|annoying|whin\w*|cry.?bab\w*|brat\w*|pathetic|pain)\b|!!!|\p{Extended_Pictographic}/iu,
  docs: {
    summary: 'Chat slang ("lol", "omg", "gonna", "kinda"), casual put-downs ("drama queen"), exclamation runs ("!!!") and emoji in a note or reflection.',
    why:
      'The source text asks for professionalism in every interaction, and a note is one of them: the patient may read it, and colleagues form a picture of the person from it. Slang and exclamation runs make the writing about the writer\'s reactions and can read as mocking, which undermines the respect and trust the therapeutic alliance depends on.',
    prefer: 'Plain, complete words ("going to", "somewhat"), a full stop instead of "!!!", and the observation itself instead of an emoji or an interjection.',
    exceptions: [
      'The patient\'s own words in an attributed quotation (Pt said, "I\'m gonna try the ramp").',
      '"Whatever" as an ordinary word ("whatever support he needs").',
      'Symbols such as arrows, ✓, © that are not emoji by default.',
    ],
    sources: ['seed', 'S13', 'S30'],
  },
  examples: {
    flagged: [
      'Caregiver is {{clueless}} about the pump.',
      'Pt {{kinda}} tolerated the stretch.',
      'He is {{gonna}} try the slide board next week.',
      'Caregiver late again {{!!!}}',
      'Finally got him into the standing frame {{lol}}.',
      'Mom is a bit of a {{drama queen}} about the chair.',
      { text: 'Today was {{crazy busy}} and I forgot to ask about his goals.', mode: 'reflection' },
      'Pt walked 150 ft today {{🎉}}',
      { text: 'She asked about her HEP again, {{whatever}}.', mode: 'reflection' },
    ],
    clean: [
      'Pt reports the night splint is annoying but wears it most nights.',
      'Pt stated, "I\'m gonna try the ramp on my own."',
      'We will provide whatever support he needs for the exam period.',
      'He can choose whatever.',
      'Elbow ROM 0→135°; knee ↔ stable. ✓ HEP reviewed.',
      'Pt reports he is excited to return to class!',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
