/**
 * power.unilateral — the clinician deciding for the person: told, made, allowed, ordered.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { PERSON_WORDS, PERSON_WORDS_ANY_CASE, personBefore } from '../../context/subject.ts';
import { clauseAt, clipSpan } from '../../text/sentences.ts';

/** The match's sentence, clipped to a window around it (linear time on pathological input). */
const near = (ctx: RunContext, at: number) => clipSpan(ctx.sentenceAt(at), at);

/** A person is the stated subject (any capitalisation: "Pt", "He") or the implied subject of a fragment. */
const personLead = (ctx: RunContext, at: number) => personBefore(ctx.text, near(ctx, at), at);
const personSubj = (ctx: RunContext, at: number) => ctx.personSubject(at) || personLead(ctx, at);
/**
 * A passive with a stated subject that is not a person: "Decision was made to close", "An attempt was
 * made to …", "The abdomen was allowed to deflate". Only a person can be allowed or made to do something.
 */
function passiveThingSubject(m: RegExpExecArray, ctx: RunContext): boolean {
  if (!/^(?:is|was|are|were|be|been)\b/i.test(m[0])) return false;
  const lead = ctx.text.slice(clauseAt(ctx.text, near(ctx, m.index), m.index).start, m.index);
  // The noun right before the verb is its subject ("… and a decision was made to …").
  const subject = /([A-Za-z'’]+)\s*$/.exec(lead)?.[1];
  return subject !== undefined && !PERSON_WORDS_ANY_CASE.test(subject) && !PERSON_WORDS.test(subject);
}

/** Who the clinician tells, instructs or makes do something. */
const OBJ = '(?:(?:the|my|our|this)\\s+)?(?:pt|patient|client|student|resident)|him|her|them|[A-Z][a-z]+(?:\\s+[A-Z]\\.)?';
const SUBJECT_FORM: Record<string, string> = { him: 'he', her: 'she', them: 'they' };
const subjectOf = (obj: string) => SUBJECT_FORM[obj.toLowerCase()] ?? obj;

/** Words that look like names in OBJ but are not a person. */
const NOT_A_NAME = /^(?:The|This|That|It|My|Our|His|Her|Their|A|An|Me|You|Us|PT|OT|MD|Dr|Mom|Dad|Everyone|Nobody|Someone)$/;

/** A physician's order or protocol stated as a fact is not the writer's unilateral decision. */
const ORDER_CONTEXT =
  /\b(?:per|by)\s+(?:the\s+)?(?:surgeon|surgical|physician|MD|Dr\.?|doctor|ortho\w*|neuro\w*|cardiology|protocol|orders?|referral|referring|NP|PA|policy|facility|team|pulmonology|urology)\b|\b(?:surgeon|physician|MD|Dr\.?|doctor|orthopaedic|orthopedic)(?:['’]s)?\s+(?:orders?|restrictions?|protocol)\b|\b(?:weight[-\s]?bearing|bear\s+weight|WB\b|NWB|TDWB|PWB|WBAT|FWB|flexion|extension|ROM\b|degrees|°)/i;

const TELL_MESSAGE =
  '"I told him to" records a one-way instruction. Record the conversation and the person\'s decision: "discussed …; pt chose …", "recommended …; pt agreed to try …".';

function nameOk(m: RegExpExecArray, group: number): boolean {
  const obj = m[group];
  return !obj || !NOT_A_NAME.test(obj.trim());
}

function inOrderContext(m: RegExpExecArray, ctx: RunContext): boolean {
  const s = near(ctx, m.index);
  return ORDER_CONTEXT.test(ctx.text.slice(s.start, s.end));
}

/** Rules about visitors, food or devices are facility rules, not a decision about the person. */
function thingSubject(m: RegExpExecArray, ctx: RunContext): boolean {
  return /\b(?:visitors?|food|drinks?|phones?|pets?|dogs?|animals?|smoking|vaping|guests?|family members|students|staff|nobody|no one|cars?|vehicles?|devices?|chairs?|scooters?)\b[^.;]{0,25}$/i.test(ctx.text.slice(Math.max(0, m.index - 40), m.index));
}

/**
 * The match opens a subjectless note fragment ("Told pt …", "Then allowed him …", after an optional
 * "Plan:" label), so the writer is the implied subject.
 */
function startsFragment(m: RegExpExecArray, ctx: RunContext): boolean {
  const s = near(ctx, m.index);
  const lead = ctx.text.slice(s.start, m.index).replace(/^[\s\-*>•]*(?:(?:\*\*|__)?[A-Z][A-Za-z /]{0,20}(?:\*\*|__)?:\s*)?/, '');
  return /^(?:(?:then|also|again|later|so|and)\s+)?$/i.test(lead);
}

const phrases: Phrase[] = [
  {
    // "I told him to stop" → "I recommended that he stop"; "I told her that" → "I explained to her that"
    pattern: new RegExp(`\\b(?:I|[Ww]e)\\s+(?:have\\s+|had\\s+|then\\s+|also\\s+|firmly\\s+|clearly\\s+|always\\s+|keep\\s+|kept\\s+)?(told|tell|telling)\\s+(${OBJ})(?:\\s+(to|that)\\b)?`, 'g'),
    message: TELL_MESSAGE,
    suggest: (m) => {
      const obj = m[2]!;
      const lead = m[0].slice(0, m.index === undefined ? 0 : m[0].indexOf(m[1]!));
      if (m[3] === 'to') return [`${lead}recommended that ${subjectOf(obj)}`];
      if (m[3] === 'that') return [`${lead}explained to ${obj} that`];
      return [`${lead}discussed with ${obj} that`];
    },
    fix: 'suggest',
    unless: (m, ctx) => !nameOk(m, 2) || /^(?:my|our)\s+(?:CI|supervisor|instructor|preceptor|mentor)/i.test(m[2]!) || /^\s+(?:about|my|a\s+joke|a\s+story)\b/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    // Note style drops the "I": "Told pt he must use the walker", "Told him to stop …" at the start of a sentence.
    pattern: new RegExp(`(?<![\\w'’])(?:[Tt]old|[Tt]elling|[Ii]nstructed)\\s+(${OBJ})\\s+(?:(?:not\\s+|never\\s+)?(to|that)|(?=(?:he|she|they|it)\\s+(?:must|has\\s+to|have\\s+to|needs?\\s+to|cannot|can't|can\\s+not|should|will\\s+(?:have|need)|is\\s+not|may\\s+not)\\b))`, 'g'),
    message: TELL_MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      if (!nameOk(m, 1)) return true;
      // Only as a fragment: the writer is the implied subject ("Told pt …", "Then told him …").
      if (!startsFragment(m, ctx)) return true;
      // Safety teaching ("to stop if chest pain occurs") is education, not a ruling.
      if (/^[^.;]{0,40}?\b(?:if|when|whenever|in case|should\s+(?:symptoms|pain)|until cleared)\b/i.test(ctx.text.slice(m.index + m[0].length))) return true;
      // "Instructed pt to …" is usually education; only the prohibitive form is a ruling.
      // "Told pt that results will be faxed" is information; only a directive after "that" is a ruling.
      if (m[2] === 'that' && !/^[^.;]{0,40}?\b(?:must|ha(?:s|ve)\s+to|needs?\s+to|cannot|can't|should|(?:is|are)\s+not|may\s+not|not\s+allowed|will\s+(?:need|have)\s+to)\b/i.test(ctx.text.slice(m.index + m[0].length))) return true;
      if (/^instructed/i.test(m[0])) return !/^\s*(?:stop|not|never)\b/i.test(ctx.text.slice(m.index + m[0].length)) || inOrderContext(m, ctx);
      return false;
    },
  },
  {
    // "Pt was told to keep the tilt at 30°" → "Pt was advised to …"
    pattern: /\b(was|were|has\s+been|have\s+been|had\s+been|been)\s+told\s+(?:(?:repeatedly|again|already|multiple\s+times|several\s+times|many\s+times|twice|firmly|clearly|strictly)\s+)?(?:not\s+|never\s+)?to\b/gi,
    message: TELL_MESSAGE,
    suggest: (m) => (/^\S+(?:\s+been)?\s+told\s+(?:(?:not|never)\s+)?to$/i.test(m[0]) ? [`${m[1]} advised ${/\b(?:not|never)\s+to$/i.test(m[0]) ? m[0].match(/(not|never)\s+to$/i)![1] + ' ' : ''}to`] : []),
    fix: 'suggest',
    personSubject: true,
    unless: (m, ctx) => /\bby\s+(?:the\s+)?(?:surgeon|physician|MD|Dr|doctor|ortho\w*)\b/i.test(ctx.text.slice(m.index, near(ctx, m.index).end)),
  },
  {
    // "Pt told to avoid stairs" (verbless passive in a note) → "Pt advised to avoid stairs"
    pattern: /(?<=\b(?:pt|patient|client|he|she|they)\s+(?:(?:then|also|again|previously|repeatedly)\s+)?)told(?:\s+to\b(?!\s+(?:the|a|an|his|her|my|me|us|them|him|staff|everyone)\b)|(?=\s+(?:he|she|they)\s+(?:must|has\s+to|have\s+to|needs?\s+to|cannot|can't|is\s+not|may\s+not|should)\b))/gi,
    message: TELL_MESSAGE,
    suggest: (m) => (/to$/i.test(m[0]) ? ['advised to'] : ['advised']),
    fix: 'suggest',
    unless: (m, ctx) => /\bby\s+(?:the\s+|his\s+|her\s+)?(?:surgeon|physician|MD|Dr|doctor|ortho\w*)\b/i.test(ctx.text.slice(m.index, near(ctx, m.index).end)),
  },
  {
    // "I insisted that he use the board"
    pattern: /\b(?:I|[Ww]e)\s+(?:(?:then|also|firmly|strongly)\s+)?insisted\s+(?:that|on)\b/g,
    message: '"I insisted" records a one-way decision. Record the recommendation, the reason and what the person chose.',
    suggest: [],
    fix: 'none',
  },
  {
    // "I instructed her to never sit …" → "I recommended that she never sit …"
    pattern: new RegExp(`\\b(?:I|[Ww]e)\\s+(?:have\\s+|had\\s+|also\\s+|firmly\\s+|strictly\\s+|then\\s+)?(instructed|ordered|forbade|forbid|prohibited)\\s+(${OBJ})\\s+(?:to\\s+)?(stop|not|never|to\\s+stop|to\\s+not|to\\s+never|from)\\b`, 'g'),
    message: TELL_MESSAGE,
    suggest: (m) => {
      const obj = subjectOf(m[2]!);
      const how = m[3]!.replace(/^to\s+/, '');
      if (how === 'from') return [];
      const lead = m[0].slice(0, m[0].indexOf(m[1]!));
      return [`${lead}recommended that ${obj} ${how}`];
    },
    fix: 'suggest',
    // Safety education about warning signs ("to stop if chest pain occurs") is teaching, not a ruling.
    unless: (m, ctx) => !nameOk(m, 2) || inOrderContext(m, ctx) || /^[^.;]{0,40}?\b(?:if|when|should|in case|whenever|until cleared)\b/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    // "I ordered him to use the board", "Pt ordered to use the sliding board"
    pattern: new RegExp(`\\b(?:(?:I|[Ww]e)\\s+ordered\\s+(?:${OBJ})\\s+to|(?:(?:was|were|is|has\\s+been)\\s+)?ordered\\s+to)\\b`, 'g'),
    message: '"Ordered to" makes the plan an order to be obeyed. Record the recommendation and the person\'s decision ("recommended …; pt agreed").',
    suggest: [],
    fix: 'none',
    personSubject: true,
    unless: (m, ctx) => inOrderContext(m, ctx) || /\b(?:surgeon|physician|MD|Dr\.?|doctor|referr\w*|provider|NP|PA)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)),
  },
  {
    // "Pt not allowed to drive …" → "Pt advised not to drive …"
    pattern: /\b(?:not|never|n't|no\s+longer)\s+(?:be\s+|been\s+)?(?:allowed|permitted)\s+(?:to|out|up|off|home|outside|OOB|on|in|into|near|outdoors)\b/gi,
    message: '"Not allowed to" casts the clinician as the one granting permission. Give the reason and the recommendation ("advised not to … until …; pt agreed"), or cite the order it comes from.',
    suggest: (m) => (/\bto$/i.test(m[0]) ? ['advised not to'] : []),
    fix: 'suggest',
    personSubject: true,
    unless: (m, ctx) => inOrderContext(m, ctx) || thingSubject(m, ctx),
  },
  {
    // "I allowed her to skip", "He is permitted to leave early only if …"
    pattern: new RegExp(`\\b(?:I|[Ww]e)\\s+(?:(?:only|then|finally|also|just|will|would|did|do|not|won't|wouldn't|didn't|don't|cannot|can't)\\s+){0,3}(?:allow(?:ed)?|permit(?:ted)?|let)\\s+(?:${OBJ})\\s+to\\b|\\b(?:is|was|are|were|be|been)\\s+(?:only\\s+)?(?:allowed|permitted)\\s+to\\b`, 'g'),
    message: '"Allowed" casts the clinician as the one granting permission for the person\'s own choices. Describe the choice: "she chose to skip the balance circuit today (fatigue after labs)".',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => inOrderContext(m, ctx) || thingSubject(m, ctx) || passiveThingSubject(m, ctx) || (/^(?:is|was|are|were|be|been)\b/i.test(m[0]) && !personSubj(ctx, m.index)),
  },
  {
    // "I let him skip the last set" (but not "let him know", "let her choose")
    pattern: new RegExp(`\\b(?:I|[Ww]e)\\s+(?:(?:only|then|finally|also|just|will|would|did|do|not|won't|wouldn't|didn't|don't|cannot|can't)\\s+){0,3}let\\s+(${OBJ})\\s+(?!know\\b|see\\b|choose\\b|decide\\b|lead\\b|set\\b|pick\\b|guide\\b|speak\\b|talk\\b|explain\\b|tell\\b|ask\\b|finish\\b|vent\\b|express\\b|share\\b)[a-z]+`, 'g'),
    message: '"I let him" casts the clinician as the one granting permission for the person\'s own choices. Describe the choice and its reason ("he chose to stop after 2 sets because of calf pain").',
    suggest: [],
    fix: 'none',
    unless: (m) => !nameOk(m, 1),
  },
  {
    pattern: /\bnon[-\s]?negotiable\b|\bno\s+exceptions\b/gi,
    message: '"Non-negotiable" shuts the person out of a decision about their own care. Explain why it matters and what the person agreed to.',
    suggest: [],
    fix: 'none',
  },
  {
    // "I made him do the last set" / "Pt was made to practice floor recovery"
    pattern: new RegExp(`\\b(?:I|[Ww]e)\\s+(?:(?:then|finally|still|also)\\s+)?(?:made|make|forced|force)\\s+(${OBJ})(?=\\s+(?:to\\s+)?[a-z]+)|\\b(?:[Ww]as|[Ww]ere|[Ii]s|been)\\s+(?:made|forced)\\s+to\\b`, 'g'),
    message: '"I made him" describes care done to the person rather than with them. Record what was proposed, what the person chose and how they responded.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      if (m[1] && !nameOk(m, 1)) return true;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // "I made her laugh", "made him a splint", "made her feel at ease"
      if (m[1] && /^\s+(?:to\s+)?(?:laugh|smile|feel|comfortable|a|an|the|some|his|her|their|my|one|two|\d)\b/i.test(after)) return true;
      return !m[1] && (passiveThingSubject(m, ctx) || !personSubj(ctx, m.index));
    },
  },
  {
    // Verbless or passive note style: "Pt was instructed to stop running", "Pt instructed not to lift"
    pattern: /\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)\s+(?:(?:strictly|firmly|repeatedly|again|also)\s+)?|(?<=\b(?:pt|patient|client|resident|he|she|they)\s+))instructed\s+(?:to\s+(?:stop|never|not)|not\s+to|never\s+to)\b/gi,
    message: TELL_MESSAGE,
    suggest: [],
    fix: 'none',
    personSubject: true,
    unless: (m, ctx) => inOrderContext(m, ctx) || /^[^.;]{0,40}?\b(?:if|when|should|in case|whenever|until cleared)\b/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    // Note-style fragment without "I": "Allowed pt to rest", "Did not let pt leave", "Won't permit him to …"
    pattern: new RegExp(`(?<![\\w'’])(?:(?:[Dd]id\\s+not|[Dd]idn't|[Ww]ill\\s+not|[Ww]on't|[Dd]o\\s+not|[Dd]on't)\\s+)?(?:[Aa]llow(?:ed)?|[Pp]ermit(?:ted)?|[Ll]et)\\s+(${OBJ})\\s+(?!know\\b|see\\b|choose\\b|decide\\b|lead\\b|set\\b|pick\\b|guide\\b|speak\\b|talk\\b|explain\\b|tell\\b|ask\\b|vent\\b|express\\b|share\\b)(?:to\\s+)?[a-z]+`, 'g'),
    message: '"Allowed pt to" casts the clinician as the one granting permission for the person\'s own choices. Describe the choice and its reason ("pt chose to rest 2 min between sets").',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      if (!nameOk(m, 1)) return true;
      return !startsFragment(m, ctx) || inOrderContext(m, ctx);
    },
  },
  {
    // "Pt forbidden from using the stairs", "stair climbing is forbidden"
    pattern: /\bforbidden\b/gi,
    message: '"Forbidden" casts the clinician as the one granting permission. Give the reason and the recommendation ("advised against stairs until …; pt agreed"), or cite the order it comes from.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => inOrderContext(m, ctx) || thingSubject(m, ctx),
  },
  {
    // "Pt is prohibited from driving"
    pattern: /\b(?:is|was|are|were|be|been)\s+(?:strictly\s+|now\s+)?prohibited\s+from\b/gi,
    message: '"Prohibited" casts the clinician as the one granting permission. Give the reason and the recommendation ("advised not to drive until …; pt agreed"), or cite the order it comes from.',
    suggest: [],
    fix: 'none',
    personSubject: true,
    unless: (m, ctx) => inOrderContext(m, ctx) || thingSubject(m, ctx),
  },
  {
    // "Pt is not to get up without staff": a ruling phrased as a rule for the person.
    pattern: /\b(?:is|are)\s+not\s+to\s+(?:get|go|walk|leave|drive|shower|bathe|use|stand|transfer|sit|lift|climb|return|remove|take)\b/gi,
    message: TELL_MESSAGE,
    suggest: [],
    fix: 'none',
    personSubject: true,
    unless: (m, ctx) => inOrderContext(m, ctx) || thingSubject(m, ctx) || !personSubj(ctx, m.index),
  },
  {
    // "The PT told him to sit down", "Nursing told pt she cannot leave": a clinician's one-way instruction reported.
    pattern: new RegExp(`\\b(?:(?:[Tt]he|[Tt]his|[Aa]nother|[Aa])\\s+)?(?:[Tt]herapist|PTA?|OT|COTA|[Nn]urse|[Nn]ursing|RN|LPN|[Ss]taff|[Aa]ide|CNA|[Tt]ech|[Ww]riter|CI|[Ss]tudent)\\s+(?:then\\s+|also\\s+|again\\s+|repeatedly\\s+)?told\\s+(${OBJ})(?:\\s+(?:not\\s+|never\\s+)?to\\b|\\s+that(?=\\s+(?:he|she|they)\\s+(?:must|has\\s+to|have\\s+to|needs?\\s+to|cannot|can't|is\\s+not|may\\s+not|should)\\b)|(?=\\s+(?:he|she|they)\\s+(?:must|has\\s+to|have\\s+to|needs?\\s+to|cannot|can't|is\\s+not|may\\s+not|should)\\b))`, 'g'),
    message: TELL_MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => !nameOk(m, 1) || inOrderContext(m, ctx) || /^(?:my|our)\s/i.test(m[1]!) || /^[^.;]{0,40}?\b(?:if|when|whenever|in case|should\s+(?:symptoms|pain)|until cleared)\b/i.test(ctx.text.slice(m.index + m[0].length)),
  },
];

export default defineRule({
  id: 'power.unilateral',
  family: 'power',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /insisted|told|\bnot\s+to\b|\btell|instructed|exceptions|\ballow\b|\bpermit\b|ordered|forb|prohibited|allowed|permitted|\blet\b|negotiable|made|forced|\bmake\b|\bforce\b/i,
  docs: {
    summary: 'The clinician deciding for the person: "I told him to", "not allowed to", "I made her", "non-negotiable".',
    why:
      'The source text is plain that care is not something a clinician does to a patient but with them, and that the clinician\'s job is to empower people to reach their own goals. Phrases in which the clinician tells, orders, allows or makes the person do things record a one-way decision and leave out the person\'s view. Studies of notes describe this "unilateral" or authoritarian language as a stigmatizing theme, and found it more often in notes about disabled patients.',
    prefer: '"Discussed the fall risk of independent transfers; pt chose to transfer with the caregiver present", "recommended a 30° tilt during lectures; pt agreed to try it for a week".',
    exceptions: [
      'Passives whose subject is not a person ("a decision was made to …", "the abdomen was allowed to deflate").',
      'Patient education, a required element of PT documentation: "instructed in HEP", "educated on hip precautions", "trained in pressure relief".',
      'Physician orders and precautions stated as facts: "NWB LLE per surgeon", "weight bearing as tolerated", "brace allowed 0-60° per protocol".',
      'Patients telling the clinician things ("Pt told me he prefers mornings").',
    ],
    sources: ['seed', 'S2', 'S8', 'S10', 'S30'],
  },
  examples: {
    flagged: [
      '{{I told him}} he must stop transferring alone.',
      '{{Told pt}} he must use the walker at all times.',
      '{{I told the patient to}} stop using the manual chair on campus.',
      'Pt {{was told to}} keep the tilt at 30 degrees during lectures.',
      'Pt {{not allowed to}} drive the power chair outdoors until the joystick is recalibrated.',
      'I {{instructed her to never}} sit more than an hour without a weight shift.',
      'Pt {{ordered to}} use the sliding board for all transfers.',
      'Wearing the night splints is {{non-negotiable}}.',
      '{{I made him}} do the last set even though he was tired.',
      '{{I allowed her to}} skip the balance circuit today.',
      'Pt {{is prohibited from}} driving until the next follow-up.',
      'Pt {{is not to get}} up without staff.',
      '{{The PT told him to}} sit back down.',
      'Pt {{forbidden}} from using the stairs at home.',
      '{{Allowed pt to}} rest 2 min between sets.',
    ],
    clean: [
      'A decision was made to proceed with preoperative chemotherapy.',
      'The abdomen was allowed to deflate before the trocars were removed.',
      'Pt instructed in HEP: seated calf stretch with strap 3 x 30 s.',
      'Educated on hip precautions; pt returned demonstration without cues.',
      'NWB LLE per surgeon.',
      'Brace allowed 0-60 degrees of knee flexion per protocol this week.',
      'Pt told me he prefers morning appointments before classes.',
      'Physician ordered a modified barium swallow study.',
      'I told my CI that I felt unsure about guarding the transfer.',
      'I made him a resting hand splint from thermoplastic.',
      'Told pt to stop the exercise if chest pain or dizziness occurs.',
      'Told pt that the re-eval report will be faxed to her PCP.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
