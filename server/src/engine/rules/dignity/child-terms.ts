/**
 * dignity.child-terms — words for children used about adults: "the boy",
 * "diaper", "bib", "feeder", "potty", "tantrum", "behaved well".
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';

/**
 * A paediatric note: an infant, toddler or school-age child, or a paediatric
 * setting, in the same paragraph. Child words are the right words there.
 */
const PAEDIATRIC =
  /\b(?:infants?|babies|baby|newborns?|neonat\w*|toddlers?|preschool\w*|pre-school\w*|kindergarten|nursery|daycare|day\s+care|p(?:a)?ediatrics?|p(?:a)?ediatric|peds|NICU|PICU|(?:[1-9]|1[0-2])\s*-?\s*(?:yo|y\/o|y\.o\.|years?[-\s]old|yrs?[-\s]old|year[-\s]old)|\d+\s*-?\s*(?:months?|mos?|weeks?|wks?)[-\s]old|(?:aged?|age)\s+(?:[1-9]|1[0-2])\b|school[-\s]age|(?:1st|2nd|3rd|[4-6]th|first|second|third|fourth|fifth|sixth)\s+grade|grade\s+[1-6]\b|IEP|well[-\s]child)\b/i;

/** An adult: 18 or older, a university student, an adult service. */
const ADULT =
  /\b(?:(?:1[89]|[2-9]\d|1[01]\d)\s*-?\s*(?:yo|y\/o|y\.o\.|years?[-\s]old|yrs?[-\s]old|year[-\s]old|yr\b)|(?:aged?|age)\s+(?:1[89]|[2-9]\d)\b|in\s+(?:his|her|their)\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|20s|30s|40s|50s|60s|70s|80s|90s)|university|college|undergrad\w*|graduate\s+student|grad\s+student|adults?|young\s+adult|(?:his|her)\s+(?:wife|husband|girlfriend|boyfriend|partner|job|employer|apartment)|employed|works\s+as|veteran|retired)\b|,\s*(?:1[89]|[2-9]\d)\s*,/i; // the last alternative: "Naren, 20, …"

/** Per-run memo: the paragraph-level tests run once per run, not once per match. */
let memoText: string | undefined;
let memo = { paediatric: false, adult: false };
function ages(text: string): { paediatric: boolean; adult: boolean } {
  if (text !== memoText) {
    const adultAge = /\b(?:1[89]|[2-9]\d)\s*-?\s*(?:yo|y\/o|years?[-\s]old|year[-\s]old)\b/i.test(text);
    memo = { paediatric: PAEDIATRIC.test(text) && !adultAge, adult: ADULT.test(text) };
    memoText = text;
  }
  return memo;
}
/** The note's stated age decides; a paragraph that names an age of its own (a sibling, a parent) may override it. */
const PAEDIATRIC_BELOW_YEARS = 13;
const isPaediatric = (ctx: RunContext) =>
  ages(ctx.text).paediatric || (ctx.patientAgeYears !== undefined && ctx.patientAgeYears < PAEDIATRIC_BELOW_YEARS && !ages(ctx.text).adult);
const isAdult = (ctx: RunContext) => ages(ctx.text).adult || (ctx.patientAgeYears !== undefined && ctx.patientAgeYears >= 18);

const phrases: Phrase[] = [
  {
    // "adult diaper(s)", "diaper", "diapered" → "incontinence brief(s)"
    pattern: /\b(?:adult\s+)?(diapers?|nappies|nappy)\b/gi,
    message: '"Diaper" is a word for babies. For adults say "incontinence brief" (or the product type).',
    suggest: (m) => [/s$|nappies/i.test(m[1]!) ? 'incontinence briefs' : 'incontinence brief'],
    fix: 'safe',
    unless: (m, ctx) => isPaediatric(ctx) || /^\s*rash/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\bdiaper\s+rash\b/gi,
    message: 'For adults, "diaper rash" is incontinence-associated dermatitis (IAD); the clinical name is also more precise.',
    suggest: ['incontinence-associated dermatitis'],
    fix: 'suggest',
    unless: (_m, ctx) => isPaediatric(ctx),
  },
  {
    pattern: /\bdiaper(?:ed|ing)\b|\b(?:change|changed|changing|changes)\s+(?:his|her|their|the\s+(?:patient|pt|resident)'?s?|pt'?s?)\s+diapers?\b/gi,
    message: '"Diaper" is a word for babies. Say "changed the incontinence brief" or "assisted with incontinence care".',
    suggest: [],
    fix: 'none',
    unless: (_m, ctx) => isPaediatric(ctx),
  },
  {
    // "bib" → "clothing protector" (not race bibs or bib shorts)
    pattern: /\bbibs?\b(?!\s*(?:shorts|tights|number|numbers|overalls|pants|#))/gi,
    message: 'A "bib" is for babies. Say "clothing protector".',
    suggest: (m) => [/s$/i.test(m[0]) ? 'clothing protectors' : 'clothing protector'],
    fix: 'safe',
    unless: (m, ctx) => isPaediatric(ctx) || /\b(?:race|marathon|runner'?s?|cycling|ski|number)\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)),
  },
  {
    // "is a feeder", "total feeder", "the feeders" → "needs assistance with eating"
    pattern: /\b(?:(?:is|was|are|were)\s+(?:an?\s+)?(?:(?:total|full|dependent|assisted|assist|slow|messy|difficult|independent|self)[-\s]+)?feeders?|(?:a|the|total|full|dependent|assisted|assist|slow|messy|difficult)[-\s]+feeders?|feeders)\b(?!\s*(?:vessels?|arter(?:y|ies)|tubes?|lines?|roads?|schools?|cells?|birds?))/gi,
    message: 'A person is not "a feeder". Describe the support: "needs assistance with eating" (and how much: set-up, cueing, full assistance).',
    suggest: (m) => {
      const verb = /^(?:is|was|are|were)\b/i.exec(m[0])?.[0];
      if (!verb) return ['person who needs assistance with eating'];
      if (/independent|self/i.test(m[0])) return [`${verb} independent with eating`];
      return [`${/^(?:was|were)$/i.test(verb) ? 'needed' : /^are$/i.test(verb) ? 'need' : 'needs'} ${/total|full|dependent/i.test(m[0]) ? 'full ' : ''}assistance with eating`];
    },
    fix: 'suggest',
    unless: (_m, ctx) => isPaediatric(ctx),
  },
  {
    pattern: /\bpott(?:y|ies)(?:[-\s]+(?:trained|training|chair|break|time))?\b/gi,
    message: '"Potty" is a word for toddlers. Say "toilet", "commode" or "toileting".',
    suggest: (m) => [/chair/i.test(m[0]) ? 'commode' : /train/i.test(m[0]) ? 'toileting program' : 'toilet'],
    fix: 'suggest',
    unless: (m, ctx) => isPaediatric(ctx) || /^\s*mouth/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\b(?:naughty|(?:temper\s+)?tantrums?|throwing\s+a\s+fit|threw\s+a\s+fit|acting\s+up|acted\s+up|misbehav(?:ed|ing|es|e|iour|ior))\b/gi,
    message: 'Words for children\'s behaviour make an adult\'s distress look like misbehaviour. Describe what happened ("raised voice and pushed the tray away after a 40-minute wait").',
    suggest: [],
    fix: 'none',
    unless: (_m, ctx) => isPaediatric(ctx),
  },
  {
    // "behaved well", "was well-behaved", "was good today"
    pattern: /\b(?:behaved|behaving|behaves|behave)\s+(?:(?:very|so|really|quite|much|a\s+lot)\s+)?(?:well|nicely|badly|poorly|better|worse|him|her|them)(?:sel(?:f|ves))?\b|\bwell[-\s]behaved\b|\b(?:was|were|is|been)\s+(?:(?:very|so|really)\s+)?good\s+(?:today|for\s+(?:me|us|the\s+\w+)|during\s+(?:the\s+)?(?:session|treatment|therapy))\b/gi,
    message: 'Adults do not "behave" for their therapist. Record participation and response instead ("participated fully", "followed 2-step cues").',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => isPaediatric(ctx) || !ctx.personSubject(m.index),
  },
  {
    // "the boy", "this kid", "a sweet kid" for an adult patient. With an adult marker in the paragraph
    // (age 18+, university) it is a warning; "the boy/the girl/the kid" with no age given is info.
    pattern: /\b(?:(?:the|this|that|our|a|poor|sweet|nice|young|little)\s+)(?:(?:young|little|poor|sweet|nice|lovely|good)\s+)?(boy|girl|kid|child)\b(?!['’]s\s+pose|\s+pose|\s+(?:abuse|care|protective|protection|development|psychiatr\w*|psycholog\w*|life|seat|lock|proof|custody|support|benefit|welfare|safeguarding|friendly|sized?|gloves|scouts?))/gi,
    message: 'Calling an adult "the boy" or "the kid" talks down to them. Say "the patient", "the student", "the young man/woman", or use their name.',
    suggest: (m) => [m[0].replace(/(?:(?:young|little|poor|sweet|nice|lovely|good)\s+)?(boy|girl|kid|child)$/i, (w) => (/boy/i.test(w) ? 'young man' : /girl/i.test(w) ? 'young woman' : 'patient'))],
    fix: 'suggest',
    unless: (m, ctx) => {
      if (isPaediatric(ctx)) return true;
      // "as a child he had …", "since she was a girl": the person's childhood, not a label.
      const lead = ctx.text.slice(Math.max(0, m.index - 30), m.index);
      if (/^a\s/i.test(m[0]) && /\b(?:as|was|were|when|since|being|from|had|have|has|of|like|for|s)\s*$/i.test(lead) && !/\b(?:is|are)\s*$/i.test(lead)) return true;
      if (/\b(?:his|her|their|my|your|our|pt'?s|patient'?s)\s*$/i.test(lead)) return true;
      // A different, actual child ("has a child", "their kid") is not the patient.
      if (/^a\s/i.test(m[0]) && /\b(?:has|had|have|with|expecting|adopted|raising|caring\s+for)\s*$/i.test(lead)) return true;
      if (isAdult(ctx)) return false;
      // No age at all: only the definite "the boy/the girl/the kid", which reads as the patient.
      return !/^(?:the|this|that)\s+(?:(?:young|little|poor|sweet|nice|lovely|good)\s+)?(?:boy|girl|kid)$/i.test(m[0]);
    },
  },  {
    // "acted like a child", "fed like a baby": an adult's behaviour or care compared to a child's.
    pattern: /\b(?:acts?|acted|acting|behav(?:es|ed|ing|e)|fed|feeding|feeds)\s+(?:\w+\s+){0,2}?like\s+a\s+(?:baby|child|toddler|kid|little\s+(?:boy|girl)|(?:two|three|\d)[-\s]year[-\s]old)\b/gi,
    message: 'Comparing an adult to a child talks down to them. Describe the behaviour or the help given ("needed hand-over-hand assistance to eat").',
    suggest: [],
    fix: 'none',
    unless: (_m, ctx) => isPaediatric(ctx),
  },
  {
    // "The boys from the SCI unit, all in their 30s", "the girls on 3 West (residents aged 80+)":
    // a group of adults called boys or girls, with the adult ages stated in the same sentence.
    pattern: /\b(?:the|these|those|our)\s+(?:(?:young|little|old)\s+)?(boys|girls|kids)\b(?!['’])/gi,
    message: 'Calling adults "the boys" or "the girls" talks down to them. Say "the patients", "the residents", "the players", or name the group.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      if (isPaediatric(ctx)) return true;
      if (/\b(?:his|her|their|my|your|pt'?s|patient'?s|grand\w*|wife|husband|partner)\b[^.;]{0,20}$/i.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return true;
      const sentence = ctx.sentenceAt(m.index);
      const text = ctx.text.slice(Math.max(sentence.start, m.index - 150), Math.min(sentence.end, m.index + 150));
      return !/\bin\s+their\s+(?:late\s+|early\s+|mid[-\s])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s)\b|\b(?:aged?|ages)\s+(?:1[89]|[2-9]\d)\b|\b(?:1[89]|[2-9]\d)\s*(?:-|–|to)\s*(?:[2-9]\d|1[01]\d)\s*(?:yo|y\/o|years?)\b/i.test(text);
    },
  },
];

export default defineRule({
  id: 'dignity.child-terms',
  family: 'dignity',
  severity: { clinical: 'warning', reflection: 'warning' },
  // "no diaper", "not a feeder": a negated word is not a label for this person.
  negationSensitive: true,
  anchor: /\bboy|\bgirl|\bkid\b|\bchild\b|\bbaby\b|toddler|year[-\s]old|diaper|napp|\bbibs?\b|feeder|pott|naughty|tantrum|fit\b|acting\s+up|acted\s+up|misbehav|behav|\bgood\b/i,
  docs: {
    summary: 'Words for children used about adults: "the boy", "the kid", "diaper", "bib", "feeder", "potty", "tantrum", "behaved well".',
    why:
      'Naren is a 20-year-old university student who lives in his own apartment and manages his own care with a volunteer caregiver. Words for children ("the boy", "diaper", "behaved well") recast an adult who needs physical help as a child who needs managing. The source text asks clinicians to bring respect to every interaction and to treat care as a partnership, which starts with age-appropriate words for the same care.',
    prefer: '"the patient", "the student", "young man/woman"; "incontinence brief", "clothing protector", "needs assistance with eating", "toilet/commode"; describe behaviour and participation concretely.',
    exceptions: [
      'Child words in a note whose stated age is under 13, wherever in the note the age is given.',
      'Paediatric notes: an infant, toddler or child under 13, or a paediatric setting, in the same paragraph.',
      '"Boy/girl/kid/child" get full severity only when the same paragraph shows the person is an adult (age 18+, university, adult services); "the boy", "the girl" or "the kid" with no age given is reported as info.',
      '"As a child", "his kids", "child\'s pose", "child care", "handle with kid gloves", "race bib", "bib shorts", "feeder vessel".',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S24', 'S14', 'seed'],
  },
  examples: {
    flagged: [
      '20 yo university student. {{The boy}} was tired after his lab.',
      'Pt {{acted like a child}} when the session ended.',
      '{{The girls}} on the memory-care unit, all in their 80s, joined the chair-yoga group.',
      'Pt wears {{adult diapers}} at night.',
      'Put a {{bib}} on before lunch.',
      'Resident {{is a total feeder}}.',
      'Assisted to the {{potty}} after therapy.',
      'Pt {{behaved well}} during the session today.',
      'Had a {{tantrum}} when the transport was late.',
    ],
    clean: [
      'Mr. ABC is a 2-year-old boy brought in by his parents.\n\nBACK: No findings. Diaper area normal.',
      '4 yo with spastic diplegia; uses a diaper at night; mother present.',
      'Pt wears incontinence briefs at night.',
      'As a child he played wheelchair basketball; now 20 and studies physics.',
      'Child\'s pose stretch held 30 s x3.',
      'Pt has a child and works part time; 34 yo.',
      'Handled the new chair with kid gloves; 20 yo student.',
      'Race bib pinned on for the 5K; 45 yo runner.',
    ],
  },
  check: (ctx) => {
    const adult = isAdult(ctx);
    checkPhrases(
      {
        ...ctx,
        // Without an adult marker, "the boy/the girl" is probably the patient but not certainly an adult.
        report: (r) => ctx.report(!adult && /^(?:the|this|that)\s/i.test(ctx.text.slice(r.start, r.end)) && /(?:boy|girl|kid)$/i.test(ctx.text.slice(r.start, r.end)) ? { ...r, severity: 'info' } : r),
      },
      phrases,
    );
  },
});
