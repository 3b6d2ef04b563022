/**
 * label.difficult — global "difficult patient" labels.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { bounded, clauseLead, COPULA_LEAD, LABEL_TARGET, nearSentence, personLead, withReportedLabels } from './shared.ts';

/** What makes a "difficult patient …" a task, not a person: "difficult patient transfer". */
const TASK_AFTER = /^\s+(?:transfers?|positioning|handling|lifts?|moves?|access|airway|intubation|set-?up|populations?|scenarios?|encounters? simulation|care plans?)\b/i;

const MESSAGE =
  'A global label such as this describes your experience of the person, not what happened. Describe the specific behaviour, the circumstances and what the person needed.';

/** The label is predicated of a person: "Pt is very demanding", "family can be needy". */
function predicatedOfPerson(m: RegExpExecArray, ctx: RunContext): boolean {
  // "Pt is needy and entitled": look through coordinated labels to the copula.
  const lead = clauseLead(ctx, m.index).replace(/(?:\b[\w-]+\s*(?:,\s*|\s+(?:and|or)\s+))+$/i, '');
  if (COPULA_LEAD.test(lead) && personLead(ctx, m.index)) return true;
  // Verbless note style: "Pt very demanding of staff", "Family so needy today".
  if (PERSON_COPULA.test(lead)) return true;
  // Fragment: "Demanding today; …", "Very needy at check-in."
  const sentenceLead = ctx.text.slice(nearSentence(ctx, m.index).start, m.index);
  return FRAGMENT_LEAD.test(sentenceLead);
}

/** Nothing but adverbs before the label at the start of a sentence: an implied patient subject. */
const FRAGMENT_LEAD = /^[\s\-*•]*(?:(?:very|so|quite|extremely|increasingly|often|at times|sometimes|can be|is|was|a bit|somewhat|again|also|still|rather)\s+)*$/i;

/** A person word right before the copula: "Pt was difficult", "family has been very challenging". */
const PERSON_COPULA = new RegExp(
  `\\b(?:${LABEL_TARGET}|he|she|they)\\s+(?:(?:has been|have been|had been|can be|could be|may be|will be|is|was|are|were|became|remains?|seemed|seems|appeared|very|so|quite|extremely|increasingly|often|at times)\\s+){1,3}$`,
  'i',
);

const phrases: Phrase[] = [
  {
    pattern: new RegExp(`\\b(?:difficult|challenging|problem|problematic|troublesome|nightmare|impossible)\\s+${LABEL_TARGET}\\b`, 'gi'),
    message: MESSAGE,
    unless: (m, ctx) => TASK_AFTER.test(ctx.text.slice(m.index + m[0].length)) || /case$/i.test(m[0]) && !/\b(?:problem|nightmare)\b/i.test(m[0]),
  },
  {
    // "Pt was difficult today", "the family has been challenging"
    pattern: /\b(?:difficult|challenging)\b(?!\s+(?:to|for|task|tasks|transfers?|positions?|exercises?|activities|activity|tasks?|terrain|surfaces?|conditions?|balance|environments?|case|cases|time|times|day|days|week|weeks|session|sessions|conversations?|decisions?|questions?|situations?|diagnosis|course|period|news|access|airway|intubation|\w+ing)\b)/gi,
    message: MESSAGE,
    unless: (m, ctx) => {
      // Only when a person word is the subject right before the copula: "Pt was difficult", "Family very challenging".
      return !PERSON_COPULA.test(clauseLead(ctx, m.index));
    },
  },
  {
    pattern: /\bchallenging\s+behaviou?rs?\b/gi,
    message: '"Challenging behaviour" is a service term in intellectual-disability care, but it still labels. Describe what happened, what preceded it and what helped.',
    severity: 'info',
  },
  {
    pattern: new RegExp(`\\bdemanding(?=\\s+(?:${LABEL_TARGET}|attitude|behaviou?rs?|manner|personality|nature)\\b)`, 'gi'),
    message: MESSAGE,
  },
  {
    pattern: /\bdemanding\b(?!\s+(?:task|tasks|job|jobs|work|schedule|schedules|course|courses|program|programme|workload|semester|activity|activities|sport|sports|exercise|exercises|day|days|week|role|roles|position|situation|environment|physically|of\s+(?:time|energy|effort|strength|endurance|concentration|resources|the\s+\w+\s+system)\b|that\b|to\b))/gi,
    message: MESSAGE,
    unless: (m, ctx) => /\b(?:physically|cognitively|mentally|metabolically|technically|energetically|emotionally)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)) || !predicatedOfPerson(m, ctx),
  },
  {
    pattern: /\bentitled\b(?!\s+(?:to|"|“|'))/gi,
    message: MESSAGE,
    unless: (m, ctx) => {
      if (/\b(?:a|an|the|handout|video|article|book|paper|leaflet|brochure|program|programme|course|class|chapter|section|form)\s+(?:\w+\s+)?$/i.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return true;
      return !predicatedOfPerson(m, ctx) && !new RegExp(`^\\s+(?:${LABEL_TARGET}|attitude|behaviou?r)\\b`, 'i').test(ctx.text.slice(m.index + m[0].length));
    },
  },
  {
    pattern: /\bneedy\b/gi,
    message: MESSAGE,
    unless: (m, ctx) =>
      /\b(?:financially|economically|the)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 15), m.index)) ||
      (!predicatedOfPerson(m, ctx) && !new RegExp(`^\\s+${LABEL_TARGET}\\b`, 'i').test(ctx.text.slice(m.index + m[0].length))),
  },
  {
    pattern: /\bhigh[-\s]maintenance\b/gi,
    message: MESSAGE,
    unless: (m, ctx) => /^\s+(?:device|devices|equipment|chair|wheelchair|w\/c|battery|batteries|dressing|dressings|wound|wounds|garden|car|vehicle|system|item|items|cushion|mattress|splint|orthosis|prosthesis)\b/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\battention[-\s]seek(?:ing|er|ers)\b/gi,
    message: 'Calling behaviour "attention-seeking" assigns a motive. Describe what the person did and what they may have needed (reassurance, information, company).',
  },
  {
    pattern: /\bmanipulative\b(?!\s+(?:therapy|therapies|therapist|therapists|physical|physio|physiotherapy|physiotherapist|physiotherapists|treatment|treatments|technique|techniques|skills?|tasks?|play|activities|activity|abilities|ability|objects?|toys?|medicine|procedures?|practitioners?|manual|care|interventions?|approach|course|training|dexterity)\b)/gi,
    message: 'Calling someone "manipulative" assigns a motive. Describe the behaviour and its effect ("asked three staff members the same question about the schedule").',
    unless: (m, ctx) => /\b(?:orthopa?edic|osteopathic|chiropractic|spinal|joint|fine[- ]motor|manual)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 25), m.index)),
  },
  {
    pattern: /\bmanipulat(?:es|ed|ing)\s+(?:the\s+|his\s+|her\s+|their\s+|other\s+)?(?:staff|team|family|parents?|mother|father|mom|dad|nurses?|therapists?|providers?|clinicians?|doctors?|others|people|caregivers?|everyone|us|me|situation|system)\b/gi,
    message: 'Saying someone "manipulates" people assigns a motive. Describe what they did and its effect.',
  },
  {
    pattern: /\btrouble[-\s]?makers?\b/gi,
    message: MESSAGE,
  },
];

export default defineRule({
  id: 'label.difficult',
  family: 'labels',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /difficult|challenging|problem|troublesome|nightmare|impossible|demanding|entitled|needy|maintenance|attention|manipulat|trouble/i,
  negationSensitive: false, // applied in check() over a bounded window
  docs: {
    summary: 'Global "difficult patient" labels: difficult/challenging/problem patient or family, demanding, entitled, needy, high maintenance, attention-seeking, manipulative, troublemaker.',
    why:
      'The source text describes care as a partnership in which the clinician meets the patient where they are. A label such as "difficult" or "demanding" records the clinician\'s frustration instead of what the person did or needed, and it travels: later readers meet the label before they meet the person. Studies of clinical notes found "difficult patient" language more often for patients with disabilities, the very people the Naren case asks us to serve well, and patients who read such words in their notes report feeling judged.',
    prefer: 'The behaviour, the context and the need: "asked about the wait time three times; stated worry about missing class", "family calls the clinic daily with questions about the HEP; scheduled a call-back".',
    exceptions: [
      'Task difficulty: "difficult transfer", "difficult IV access", "difficult airway", "transfers were difficult", "difficult to understand".',
      'Exercise challenge: "challenging standing balance tasks", "dual-task challenge".',
      'Manual therapy and fine motor terms: "Grade V manipulation", "manipulation under anesthesia", "object manipulation", "manipulative therapy".',
      '"Physically demanding", "demanding schedule", "entitled to benefits", a handout "entitled …", "financially needy".',
      'Negated uses ("not demanding") and attributed quotations, such as a reflection quoting a chart it critiques.',
      'A label someone else used ("caregiver says he is demanding") is reported at info, with advice to record the behaviour instead.',
    ],
    sources: ['seed', 'S2', 'S4', 'S7', 'S9', 'S10', 'S12', 'S13'],
  },
  examples: {
    flagged: [
      '{{Difficult patient}}; asked about the wait time three times before the session.',
      'Family is very {{demanding}} and calls the clinic daily.',
      'Pt very {{demanding}} of the night-shift aides.',
      'Pt can be {{manipulative}} when scheduling.',
      'Known to be {{high maintenance}}; book a double slot.',
      '{{Attention-seeking}} behaviour in the gym.',
      '{{Challenging family}}; mother disputes every recommendation.',
      'Pt is {{needy}} and {{entitled}}, expects the 8 am slot every week.',
      'A real {{troublemaker}} on the rehab unit.',
      { text: 'Honestly he was a {{problem patient}} and I dreaded Tuesdays.', mode: 'reflection' },
      'Pt was {{difficult}} throughout the session.',
    ],
    clean: [
      'Difficult IV access per nursing; therapy moved to the afternoon.',
      'Sliding-board transfer to the low mat was difficult because of a 4-inch height difference.',
      'Progressed to challenging standing balance tasks: tandem stance on foam, 3 x 30 s.',
      'Grade V manipulation to L4-5 deferred given reduced bone density.',
      'Fine-motor object manipulation: picks up coins with a lateral pinch.',
      'Manipulation under anesthesia is scheduled for the L knee next week.',
      'Pt finds the full lab day physically demanding and plans rest breaks.',
      'Pt is entitled to 20 visits under the current plan.',
      { text: 'The chart called her "difficult", which shaped how staff approached her.', mode: 'reflection' },
      'Pt not demanding; waited patiently while the chair was charged.',
    ],
  },
  check: (ctx) => checkPhrases(withReportedLabels(bounded(ctx, true)), phrases),
});
