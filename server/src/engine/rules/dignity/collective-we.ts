/**
 * dignity.collective-we — "How are we feeling today?", "Let's take our meds".
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';
import { quotePolicy } from './speech.ts';

const MESSAGE = 'The collective "we" for what only the patient does is a hallmark of elderspeak and sounds like talking to a child. Speak to the person directly ("How are you feeling?", "Are you ready to …?").';
/** Things only the patient does: their body, their care, their routine. */
const THEIRS = '(?:meds|medications?|medicine|pills|tablets|bath|shower|wash|walk|nap|rest|exercises|stretches|HEP|breakfast|lunch|dinner|supper|snack|drink|juice|fluids|vitamins|teeth|hair|brief|briefs|diaper|pad|toilet(?:ing)?|potty|bedpan|pajamas|pyjamas|clothes|shoes|socks|splint|brace|glasses|hearing\\s+aids?|dentures|nails|temperature|blood\\s+pressure|vitals|shot|injection|insulin)';

const phrases: Phrase[] = [
  {
    // "How are we feeling today?" → "How are you feeling today?"
    pattern: /\bhow(?:\s+are|['’]re)\s+we\s+(?:feeling|doing|today|this\s+(?:morning|afternoon|evening)|getting\s+on)\b/gi,
    message: MESSAGE,
    suggest: (m) => [m[0].replace(/\bwe\b/i, 'you')],
    fix: 'suggest',
  },
  {
    // "Are we ready for our bath?", "Did we sleep well?", "Have we taken our pills?"
    pattern: /\b(?:are|aren't|were|did|didn't|have|haven't|do|don't|shall|should|can|could|will|would)\s+we\s+(?:ready\s+(?:for|to)|feeling|hungry|thirsty|tired|sleepy|comfortable|cold|warm|wet|dry|sore|in\s+pain|sleep|eat|eaten|drink|drunk|need\s+the\s+(?:toilet|bathroom|commode|bedpan)|need\s+to\s+(?:go|pee|use\s+the)|go\s+potty|look(?:ing)?\s+(?:so\s+)?(?:handsome|pretty|lovely|nice|beautiful|smart|sharp|good|great|gorgeous)|(?:take|taken|have|had|do|done|finish|finished|try|put\s+on|get|got)\s+our)\b/gi,
    message: MESSAGE,
    suggest: (m) => [m[0].replace(/\bwe\b/i, 'you').replace(/\bour$/i, 'your')],
    fix: 'suggest',
    unless: (m, ctx) => {
      // "Are we ready to start?" between two colleagues, or a genuinely shared activity, is not about the patient.
      const sentence = ctx.sentenceAt(m.index);
      return /\btogether\b|\bboth\s+of\s+us\b|\bas\s+a\s+team\b/i.test(ctx.text.slice(Math.max(sentence.start, m.index - 150), Math.min(sentence.end, m.index + 150)));
    },
  },
  {
    // "Let's take our meds", "Time for our bath", "our exercises" urged on the patient
    pattern: new RegExp(`\\b(?:let'?s|let\\s+us|let\\s+me\\s+see|ready\\s+(?:for|to\\s+(?:take|have|do|get|put\\s+on))|time\\s+(?:for|to\\s+(?:take|have|do|get|put\\s+on|brush|change|finish))|we(?:\\s+(?:need|have|have\\s+got|gotta|must|should|are\\s+going|'re\\s+going)\\s+to|['’]re\\s+going\\s+to|['’]ll|\\s+will)\\s+(?:take|have|do|get|eat|drink|finish|put(?:\\s+on)?|brush|change|use|wear)|(?:did|have|shall|are)\\s+we\\s+(?:\\w+\\s+)?)\\s*(?:\\w+\\s+){0,2}?our\\s+(?:little\\s+)?${THEIRS}\\b`, 'gi'),
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const sentence = ctx.sentenceAt(m.index);
      return /\btogether\b|\bboth\s+of\s+us\b|\bas\s+a\s+team\b/i.test(ctx.text.slice(Math.max(sentence.start, m.index - 150), Math.min(sentence.end, m.index + 150)));
    },
  },
  {
    // "How's our knee today?", "How is our pain this morning?" — the patient's body as "our".
    pattern: new RegExp(`\\b(?:how(?:['’]s|\\s+is|\\s+are|['’]re)|(?:is|are|does|do)(?=\\s+our\\s+\\w+(?:\\s+\\w+)?\\s+(?:still|feeling|hurting|sore|better|worse|aching|bothering|doing|ok|okay)\\b))\\s+our\\s+(?:(?:little|poor|sore)\\s+)?(?:knees?|hips?|back|shoulders?|legs?|arms?|feet|foot|ankles?|wrists?|hands?|neck|pain|tummy|belly|bottom|appetite|breathing|chest|wound|incision|sugars?|blood\\s+sugar|leg\\s+exercises|${THEIRS})\\b`, 'gi'),
    message: MESSAGE,
    suggest: (m) => [m[0].replace(/\bour\b/i, 'your')],
    fix: 'suggest',
  },
];

export default defineRule({
  id: 'dignity.collective-we',
  family: 'dignity',
  severity: { clinical: 'hint', reflection: 'info' },
  anchor: /\bwe\b|\blet'?s\b|\blet\s+us\b|\bour\b/i,
  // What staff said is the point; the patient's own "we" is skipped below.
  quoteExempt: false,
  docs: {
    summary: 'The collective "we" for what only the patient does: "How are we feeling today?", "Let\'s take our meds".',
    why:
      'Swapping "you" for "we" was the most common feature of elderspeak in recorded nursing-home care, and older adults hear it as patronizing. It also blurs who is doing what: the source text describes care done with the patient, and a real partnership names the patient as the one acting and deciding. Genuine joint work ("we reviewed the HEP together") is fine.',
    prefer: '"How are you feeling today?", "Are you ready to start?", "Would you like to take your medication now?"',
    exceptions: [
      'Shared activity: "we reviewed the HEP together", "we agreed on a plan", "we practised transfers as a team".',
      'The patient\'s own words in a quotation.',
    ],
    sources: ['S24', 'seed'],
  },
  examples: {
    flagged: [
      "{{How're we doing}} today, Mrs. K?",
      'Greeted pt with "{{How are we feeling}} today?"',
      'I asked, "{{Are we ready for}} our walk?"',
      'Said "{{let\'s take our meds}} now" and handed her the cup.',
      '{{How\'s our hip}} this morning, Mr. D?',
      '{{Ready for our walk}}?',
      '{{Aren\'t we looking handsome}} today!',
      '{{We\'re going to put our socks}} on now.',
      { text: 'I told him "{{did we do our exercises}}?" before I thought about it.', mode: 'reflection' },
    ],
    clean: [
      'We reviewed the HEP together and agreed on two changes.',
      'We discussed transfer options; pt chose the slide board.',
      'Pt said, "Are we ready to go? My ride is here."',
      'How are you feeling today, Naren?',
    ],
  },
  check: (ctx) =>
    checkPhrases(
      quotePolicy(ctx, (speaker) => (speaker === 'patient' ? 'skip' : 'keep')),
      phrases,
    ),
});
