/**
 * power.done-to — care described as done to the person rather than with them.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';

/** The person as the object: a pronoun or a patient noun, not a body part ("on her calf"). */
const PERSON_OBJ = '(?:(?:the|my|our|this|that|a|each)\\s+)?(?:pt|patient|client|resident|student)|him|her|them';

/** "her" followed by a noun is a possessive ("on her calf"): the object is a body part, not the person. */
function possessive(m: RegExpExecArray, ctx: RunContext): boolean {
  if (!/\bher$/i.test(m[0])) return false;
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  return !/^\s*(?:$|[.,;:!?)\]—–-]|(?:while|with|for|during|today|again|at|in|before|after|until|and|but|so|because|as|without|when|every|each|twice|once|x\s*\d|\d)\b)/i.test(after);
}

/** Interventions someone can be said to "give" to a patient. */
const INTERVENTION = /\b(?:stretch\w*|exercises?|massage|mobili[sz]ations?|manipulations?|treatments?|tx|therapy|traction|ROM|PROM|STM|modalit\w+|ultrasound|e-?stim|estim|TENS|ice|heat|taping|session|transfer\w*|training|MMT|tests?|cupping|dry needling|needling)\b/i;

const MESSAGE =
  'This describes care as something done to the person. Write them as a participant: "worked with Naren on …", "pt practised … with CGA", "together we …".';

const phrases: Phrase[] = [
  {
    // "I worked on the patient" → "I worked with the patient"
    pattern: new RegExp(`\\b(work(?:ed|ing|s)?)\\s+on\\s+(${PERSON_OBJ})\\b(?!['’]s)`, 'gi'),
    message: MESSAGE,
    suggest: (m) => [`${m[1]} with ${m[2]}`],
    fix: 'suggest',
    unless: possessive,
  },
  {
    // "I stretched him", "ranged the patient": the person as the object of a technique.
    pattern: new RegExp(`\\b(?:stretched|ranged|ROM'?d|mobili[sz]ed|manipulated|massaged|worked\\s+over)\\s+(?:${PERSON_OBJ})\\b(?!['’]s)`, 'gi'),
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: possessive,
  },
  {
    // "We got him to do ten more reps"
    pattern: new RegExp(`\\b(?:got|get|getting|gets)\\s+(?:${PERSON_OBJ})\\s+to\\b`, 'gi'),
    message: '"Got him to" describes steering the person rather than working with them. Say what you offered and what they chose to do.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) =>
      !/\b(?:I|we|finally|eventually|managed to|able to|trying to|tried to)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)) ||
      // "got her to the mat": a place, not a verb.
      /^\s*(?:the|a|an|his|her|their|my|our|bed|mat|chair|clinic|gym|car|room|class|school|work)\b/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    // "I performed passive stretching on him", "gave the stretches to the patient"
    pattern: new RegExp(`\\b(?:did|do|does|doing|done|performed|perform|performs|performing|gave|give|gives|giving|administered|practi[sc]ed|tried)\\s+(?:[\\w/-]+\\s+){1,4}?(?:on|to)\\s+(?:${PERSON_OBJ})\\b(?!['’]s)`, 'gi'),
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      if (possessive(m, ctx)) return true;
      // Speech, negation and pronoun objects: "did not say that to him", "explained it to her".
      const middle = m[0].replace(/^\S+\s+/, '').replace(/\s+(?:on|to)\s+\S+(?:\s+\S+)?$/i, '');
      if (/\b(?:not|never|say|said|tell|talk|speak|explain|mention|read|write|send|show|hand|return|bring|offer|listen|refer|happen|mean|it|this|that|what|something|anything|nothing|justice|harm|favou?r|me)\b/i.test(middle)) return true;
      // "gave" only counts for an intervention ("gave the stretches to the patient"), not a handout or a cane.
      if (/^(?:gave|give|gives|giving)\b/i.test(m[0])) return !INTERVENTION.test(middle);
      return false;
    },
  },
];

export default defineRule({
  id: 'power.done-to',
  family: 'power',
  severity: { clinical: 'off', reflection: 'hint' },
  anchor: /\bon\s+(?:the\s+|my\s+|our\s+|this\s+|that\s+|a\s+|each\s+)?(?:pt|patient|client|resident|student|him|her|them)\b|\bto\s+(?:the\s+|my\s+|our\s+|this\s+|that\s+|a\s+|each\s+)?(?:pt|patient|client|resident|student|him|her|them)\b|\b(?:got|get|getting|gets)\s+|stretched|ranged|ROM|mobili|manipulated|massaged|worked\s+over/i,
  docs: {
    summary: 'Care described as done to the person ("worked on the patient", "we got him to", "performed stretching on him").',
    why:
      'The source text says it directly: patient care is not something a clinician does to a patient but with a patient. How we write about a session shapes how we think about it; a student who writes "I worked on the patient" is describing a body being treated rather than a person taking part. This is a principle-based style check with no direct empirical study behind it, so it is off in clinical notes and a hint in reflections.',
    prefer: '"Worked with Naren on sliding-board transfers", "Naren did ten more reps; we counted them together", "pt practised floor recovery with CGA".',
    exceptions: [
      'Interventions aimed at a body part: "applied ultrasound to the R gastrocnemius", "mobilization to C5-6", "STM on her calf".',
      'Giving information or items: "gave the handout to the patient".',
    ],
    sources: ['seed', 'S30'],
  },
  examples: {
    flagged: [
      { text: 'I {{performed passive stretching on him}} while he scrolled on his phone.', mode: 'reflection' },
      { text: 'We {{got him to}} do ten more reps by counting loudly.', mode: 'reflection' },
      { text: 'I {{worked on the patient}} for the full hour.', mode: 'reflection' },
      { text: 'My CI let me {{do the transfer training on her}}.', mode: 'reflection' },
      { text: 'I {{gave the stretches to the patient}} while he stayed in his chair.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Applied ultrasound to the R gastrocnemius, 1 MHz, 1.0 W/cm2, 8 min.', mode: 'reflection' },
      { text: 'Worked with pt on sliding-board transfers to the mat, 5 reps with SBA.', mode: 'reflection' },
      { text: 'I performed soft-tissue mobilization on her calf.', mode: 'reflection' },
      { text: 'I gave the HEP handout to the patient.', mode: 'reflection' },
      { text: 'Together we adjusted the joystick sensitivity for the narrow corridors.', mode: 'reflection' },
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
