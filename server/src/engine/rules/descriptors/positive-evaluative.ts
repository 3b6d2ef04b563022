/**
 * desc.positive-evaluative — compliments that are not clinical data.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { PERSON_NOUN } from '../../text/lexicon.ts';
import { clipSpan } from '../../text/sentences.ts';

/** The match's sentence, clipped to a window around it (linear time on pathological input). */
const near = (ctx: RunContext, at: number) => clipSpan(ctx.sentenceAt(at), at);

const PRAISE = 'pleasant|lovely|delightful|charming|sweet|nice|wonderful|lovable|adorable|sweetest|nicest|loveliest';
/** Words that can sit between the praise word and the person noun: "pleasant 20 yo male", "lovely young woman". */
const BRIDGE =
  '(?:(?:and|,|very|so|such|a|an|really|quite|extremely|young|old|older|elderly|little|\\d{1,3}(?:[-\\s]?(?:yo|y/o|y\\.o\\.|year[-\\s]old|yr[-\\s]old))?|yo|y/o|year[-\\s]old|-year-old|cooperative|motivated|engaged|alert|chatty|talkative|friendly|polite|retired|university|college|grad(?:uate)?|high[-\\s]school|AA|African[-\\s]American|Caucasian|Hispanic|Asian|white|black)[\\s,-]*){0,5}';
/** After a predicate praise word the sentence moves on: punctuation, a conjunction, or a time phrase. */
const PREDICATE_END = /^\s*(?:$|[.,;:!)—–]|(?:and|but|with|to\s+(?:work|treat|see|have|talk|be\s+around|the|staff|everyone|others|me|us|her|him|them|front)|toward|towards|throughout|today|during|in\s+(?:clinic|session|the\s+session|therapy)|as\s+always|at\s+all\s+times|though|although|who)\b)/i;
/** Subjects that make the praise about the person. */
const PERSON_SUBJECT =
  /(?:^|\b(?:[Pp]t|PT|[Pp]atient|[Cc]lient|[Hh]e|[Ss]he|[Tt]hey|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|[Rr]esident|[Ss]tudent|[Mm]an|[Ww]oman|[Ff]amily|[Cc]aregiver|[Mm]other|[Ff]ather|[Ww]ife|[Hh]usband|[Pp]arents?|[Gg]entleman|[Ll]ady|[Gg]irl|[Bb]oy|[Kk]id)\s+(?:(?:is|was|are|were|has\s+been|remains|remained|seems|seemed|appears|appeared|looks|looked|presents|presented|presenting|as|always|also|consistently|very|so|really|quite|extremely|such|a|an|absolutely|just|remarkably|incredibly|genuinely|truly|and|cooperative|polite|friendly|agreeable|engaged|calm|well[-\s]groomed|pleasant|nice|lovely|sweet|charming|delightful)[,]?\s+){0,5})$/;

const MESSAGE =
  'A compliment about the person is not clinical data, and who gets one is uneven. Record what you observed instead ("engaged throughout; asked about tilt settings").';

/** Praise is about the person, not the weather, a taste or a smell. */
function aboutPerson(m: RegExpExecArray, ctx: RunContext, word: string): boolean {
  const start = m.index + m[0].indexOf(word);
  const after = ctx.text.slice(start + word.length, start + word.length + 80);
  if (new RegExp(`^\\s*${BRIDGE}${PERSON_NOUN}\\b`, 'i').test(after)) return true;
  // "a pleasant 45 yo who presents with …": the age stands for the person.
  if (/^\s*(?:(?:and|,|very|young|old|older|elderly)[\s,]*){0,3}\d{1,3}[-\s]?(?:yo|y\/o|y\.o\.?|year[-\s]old|yr[-\s]old)\b/i.test(after)) return true;
  const sentence = near(ctx, start);
  const clauseLead = ctx.text.slice(sentence.start, start).replace(/^[\s\-*>•]*(?:[A-Z][A-Za-z ]{0,20}:\s*)?/, '');
  // Fragment: "Pleasant and cooperative." / "Such a sweet patient."
  if (/^(?:(?:very|so|such|a|an|really|quite|extremely|always|consistently|a\s+very)\s+)*$/i.test(clauseLead)) return PREDICATE_END.test(after) || new RegExp(`^\\s*${BRIDGE}${PERSON_NOUN}\\b`, 'i').test(after);
  return PERSON_SUBJECT.test(clauseLead.slice(-60)) && PREDICATE_END.test(after);
}

const NOT_PERSON_AFTER = /^\s*(?:weather|day|weekend|surprise|surprised|taste|tastes|smell|smells|odou?r|flavou?r|music|view|experience|change|environment|room|spot|touch|temperature|walk|drive|conversation|chat|visit|session|time|outing|trip|job|work|try|gains?|improvement|progress|form|technique|effort|pattern|stride|sensation|feeling|spot|results?)\b/i;

/** A mental-status "Mood:" or "Affect:" line records the person's state in a standard field. */
function mentalStatusLine(m: RegExpExecArray, ctx: RunContext): boolean {
  const from = Math.max(0, m.index - 200);
  const lineStart = from + ctx.text.slice(from, m.index).lastIndexOf('\n') + 1;
  return /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:mood|affect|mood\s*(?:&|and|\/)\s*affect)(?:\*\*|__)?\s*:/i.test(ctx.text.slice(lineStart, m.index));
}

const phrases: Phrase[] = [
  {
    pattern: new RegExp(`\\b(${PRAISE})\\b`, 'gi'),
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (NOT_PERSON_AFTER.test(after) || mentalStatusLine(m, ctx)) return true;
      if (/^nice$/i.test(m[0]) && /^\s+(?:job|work|to\s+(?:see|meet|hear))/i.test(after)) return true;
      return !aboutPerson(m, ctx, m[0]);
    },
  },
  {
    // "Pleasantly confused" — a pleasant manner paired with a finding.
    pattern: /\bpleasantly\b(?!\s+surprised)/gi,
    message: 'Describe the finding without the compliment: "oriented to person only; calm and conversational".',
    suggest: [],
    fix: 'none',
  },
  {
    // "A pleasure to work with", "is a delight"
    pattern: /\b(?:(?:is|was|has\s+been|such|what)\s+)?(?:a|an)\s+(?:real\s+|absolute\s+|true\s+|total\s+)?(?:pleasure|delight|joy|gem|sweetheart|sweetie|doll|treasure|angel|sweet\s+(?:lady|man|girl|boy))\b(?:\s+to\s+(?:work\s+with|treat|have|see)|\s+(?:working\s+with|treating|having|seeing))?/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const lead = ctx.text.slice(near(ctx, m.index).start, m.index).toLowerCase();
      // "It was a pleasure to meet you" addressed to someone (letters), or about an activity ("a joy to watch him walk").
      return /\b(?:it|this|that)\s+(?:is|was)?\s*$/.test(lead) && !/to\s+(?:work\s+with|treat|have)|working\s+with|treating|having/i.test(m[0]);
    },
  },
  {
    pattern: /\bwell[-\s]groomed\b/gi,
    message: 'Grooming judgments (good or bad) are uneven and rarely clinical. If appearance matters, describe it specifically.',
    suggest: [],
    fix: 'none',
  },
  {
    // "cooperative" as praise: intensified or paired with another compliment.
    pattern: new RegExp(`\\b(?:(?:very|so|extremely|really|quite|always|super|most|incredibly|exceptionally|highly)\\s+cooperative|(?<=\\b(?:${PRAISE}|polite|friendly)(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*))cooperative|(?<=\\b(?:${PRAISE}|polite|friendly)[ \\t]{1,3}(?:(?:old|older|young|elderly|little)[ \\t]{1,3})?${PERSON_NOUN}[ \\t]{0,3}(?:,|and|&)[ \\t]{0,3})cooperative)\\b`, 'gi'),
    message: '"Cooperative" as praise grades the person on how easy they are for staff. Describe participation instead ("participated in all transfer trials").',
    suggest: [],
    fix: 'none',
  },
  {
    // "Highly motivated." — praise without content; "motivated to return to campus by Sept" is a prognostic factor.
    pattern: /\b(?:(?:very|highly|extremely|so|super|really|incredibly|quite|exceptionally|well)[-\s]+)?motivated\b/gi,
    message: '"Motivated" on its own is praise, not data. Name the goal that drives the person ("wants to sit through full lab sessions by May") or drop it.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/^\s*(?:to|by|for|about|toward|towards|in|re|regarding|because)\b|^\s*:/i.test(after)) return true;
      if (/^\s*(?:and|,)\s*(?:has|with|wants|goal)/i.test(after)) return true;
      // Intensified praise, a person noun after, or a bare fragment / predicate.
      const intensified = /^(?:very|highly|extremely|so|super|really|incredibly|quite|exceptionally|well)/i.test(m[0]);
      const personAfter = new RegExp(`^\\s*${BRIDGE}${PERSON_NOUN}\\b`, 'i').test(after);
      const praisePair = new RegExp(`\\b(?:${PRAISE}|cooperative|polite|friendly)\\s*(?:,|and|&)\\s*(?:very\\s+|highly\\s+)?$`, 'i').test(ctx.text.slice(Math.max(0, m.index - 30), m.index));
      if (!(intensified || personAfter || praisePair)) return true;
      return !(PREDICATE_END.test(after) || personAfter);
    },
  },
  {
    // "Pt remains cooperative", "Cooperative with exam.", "Agreeable and cooperative throughout."
    // — "cooperative" as a predicate about the person grades how easy they are for staff.
    pattern: /(?<![\w-])cooperative\b/gi,
    message: '"Cooperative" as praise grades the person on how easy they are for staff. Describe participation instead ("participated in all transfer trials").',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // Noun senses: "cooperative play", "cooperative learning", "housing cooperative".
      if (!/^\s*(?:$|[.,;:!)—–]|(?:and|but|with|throughout|today|during|for|in|on|at|as\s+always|when|while)\b)/i.test(after)) return true;
      // A labelled behaviour or mental-status field ("Behavior: cooperative, calm").
      if (/(?:^|\n)\s*(?:[-*+]\s+)?(?:\*\*|__)?[A-Za-z][A-Za-z /&]{0,30}(?:\*\*|__)?\s*:[^\n.;]*$/.test(ctx.text.slice(Math.max(0, m.index - 80), m.index))) return true;
      const sentence = near(ctx, m.index);
      const lead = ctx.text.slice(sentence.start, m.index).replace(/^[\s\-*>•]*/, '');
      if (/^(?:(?:very|so|always|also|consistently|(?:agreeable|polite|friendly|calm|engaged|pleasant|nice)[,]?\s+(?:and\s+)?)\s*)*$/i.test(lead)) return false;
      return !PERSON_SUBJECT.test(lead.slice(-80));
    },
  },
];

/** "Unpleasant" is a negative judgment: info in clinical notes, warning in reflections. */
const unpleasant = (severity: 'info' | 'warning'): Phrase => ({
    severity,
    pattern: /\bunpleasant\b/gi,
    message: '"Unpleasant" is a judgment of the person that the next reader inherits. Describe the behaviour and its context ("raised voice when the session ran late").',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (NOT_PERSON_AFTER.test(after) || /^\s*(?:sensations?|side\s+effects?|symptoms?|memor(?:y|ies)|paresthesias?|tingling|pressure|news)\b/i.test(after)) return true;
      return !aboutPerson(m, ctx, m[0]);
    },
});
const clinicalPhrases = [...phrases, unpleasant('info')];
const reflectionPhrases = [...phrases, unpleasant('warning')];

export default defineRule({
  id: 'desc.positive-evaluative',
  family: 'descriptors',
  severity: { clinical: 'hint', reflection: 'info' },
  anchor: /pleasant|lovely|delight|charming|sweet|nice|wonderful|lovable|adorable|pleasure|joy|gem|sweetie|doll|treasure|angel|groomed|cooperative|motivated/i,
  docs: {
    summary: 'Compliments that are not clinical data: "pleasant", "lovely", "sweet", "a pleasure to work with", "well-groomed", "very cooperative", "highly motivated".',
    why:
      'Praise seems harmless, but studies of notes found compliments such as "pleasant" and "cooperative" given unevenly across patients, which makes their absence a signal too. They grade the person on how easy they are for staff rather than recording what happened. The source text asks for respect and professionalism in every interaction; a note serves the person best with observations ("engaged throughout; asked about tilt settings for long lectures"). "Unpleasant" is the same judgment in the other direction and is reported more strongly.',
    prefer: 'What you observed: "engaged throughout", "followed 3-step commands", "asked about tilt settings"; motivation with its content: "motivated to return to campus classes by September".',
    exceptions: [
      'The patient\'s own words about their mood in an attributed quotation ("mood \'pretty good\'").',
      'Motivation documented with its content ("motivated to return to campus by Sept").',
      '"Pleasant" about something other than a person ("pleasant weather", "pleasant taste"), and "pleasantly surprised".',
      '"Cooperative" on its own in a labelled behaviour or mental-status line, and noun senses ("cooperative play").',
    ],
    sources: ['S2', 'S4', 'S6', 'S9', 'S12'],
  },
  examples: {
    flagged: [
      'Very {{sweet}} gentleman, {{cooperative}} with all tasks.',
      '{{Pleasant}} 20 yo male seen for R calf strain.',
      '{{Lovely}} young woman, very engaged in the session.',
      'Pt is {{delightful}} and always on time.',
      'Such a {{sweet}} patient.',
      '{{A pleasure}} to work with.',
      '{{Well-groomed}}, arrived in his power w/c with his backpack.',
      'Pt {{pleasant}} and {{cooperative}} throughout.',
      'Highly {{motivated}}.',
      'Pt remains {{cooperative}} and {{pleasant}}.',
      'It was {{a pleasure treating}} him during this episode of care.',
      '{{Pleasantly}} confused older woman seen for gait training.',
      { text: 'Pt was {{unpleasant}} to the front-desk staff.', mode: 'reflection' },
    ],
    clean: [
      'Pt describes her mood as "pretty good" today.',
      'Motivated to return to campus classes by September; goals built around a full Tuesday schedule.',
      'Pt engaged throughout and asked about tilt settings for long lectures.',
      'Pt reports an unpleasant tingling in the R foot after long sitting.',
      'Nice improvement in sit-to-stand time (18 s to 14 s).',
      'Behavior: cooperative, calm, follows commands.',
      'Cooperative play skills emerging per teacher report.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, ctx.mode === 'clinical' ? clinicalPhrases : reflectionPhrases),
});
