/**
 * desc.irrelevant-identity — race, insurance, housing or status used as a person label.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { PERSON_NOUN } from '../../text/lexicon.ts';
import { clipSpan } from '../../text/sentences.ts';

/** The match's sentence, clipped to a window around it (linear time on pathological input). */
const near = (ctx: RunContext, at: number) => clipSpan(ctx.sentenceAt(at), at);

/** Race, ethnicity and religion terms as they appear in a one-liner. Case-sensitive: these are proper adjectives. */
const RACE =
  '(?:AA|African[-\\s]American|Afro[-\\s]Caribbean|[Bb]lack|[Ww]hite|[Cc]aucasian|[Hh]ispanic|Latin[oax]|Latine|[Aa]sian(?:[-\\s]American)?|Native\\s+American|American\\s+Indian|Alaska\\s+Native|Pacific\\s+Islander|Middle[-\\s]Eastern|Arab(?:ic)?|Mexican|Puerto\\s+Rican|Dominican|Haitian|Somali|Chinese|Korean|Vietnamese|Filipin[oa]|Jamaican|Nigerian|Muslim|Jewish|Hindu|Sikh|Romani|Gypsy)';
const SEX = '(?:male|female|man|woman|gentleman|lady|guy|pt|patient|boy|girl|M|F|m|f|transgender\\s+(?:man|woman)|trans\\s+(?:man|woman))';
const AGE = '\\b\\d{1,3}\\s*(?:-\\s*)?(?:yo|y/o|y\\.o\\.?|yr\\.?\\s*old|yrs?\\s*old|years?\\s*old|year[-\\s]old|-year-old|YO|Y/O|y)\\b';
/** Race + sex abbreviations: "WM", "BF", "AAM", "HF". */
const COMBO = '(?:AA|W|B|H|C|A)(?:M|F)';

const RACE_MESSAGE =
  'Race or ethnicity in the opening line, without a stated clinical reason, primes readers before any clinical fact; studies found more negative descriptors in notes about Black patients. Include it only where it matters clinically, and say why.';

/** Insurance, billing and registration lines are administrative, not a label for the person. */
const ADMIN = /\b(?:insurance|payer|payor|coverage|covered|authori[sz]ation|prior\s+auth|billing|billed|reimburs\w*|claims?|copay|co-pay|benefits?|eligib\w*|enrol\w*|plan|policy|visits?\s+(?:cap|limit|per)|certif\w*|requires?|required|registration|intake\s+form|demographics?)\b/i;

function admin(m: RegExpExecArray, ctx: RunContext): boolean {
  const s = near(ctx, m.index);
  return ADMIN.test(ctx.text.slice(s.start, s.end));
}

/** At the start of the sentence or the note's one-liner (after a label or "Pt is a"). */
function oneLinerStart(m: RegExpExecArray, ctx: RunContext): boolean {
  const s = near(ctx, m.index);
  const lead = ctx.text.slice(s.start, m.index).replace(/^[\s\-*>•]*(?:(?:\*\*|__)?[A-Z][A-Za-z /]{0,25}(?:\*\*|__)?:\s*)?/, '');
  return /^(?:(?:(?:pt|patient|client|he|she|this|the|Mr\.?|Mrs\.?|Ms\.?|[A-Z][a-z]+)\s+)?(?:is|was)\s+|(?:pt|patient|client|resident)\s*,\s*)?(?:a|an|the)?\s*(?:(?:young|old|older|elderly|middle[-\s]aged|pleasant|uninsured|underinsured|unemployed|retired|married|single|divorced|widowed|local|obese|frail|tall|short|heavy[-\s]set|thin)[\s,]+){0,2}$/i.test(lead);
}

const phrases: Phrase[] = [
  {
    // "45 yo AA male" → the race term
    pattern: new RegExp(`(?<=${AGE}[,\\s]+)${RACE}(?=[,\\s]+${SEX}\\b)`, 'g'),
    message: RACE_MESSAGE,
    suggest: [],
    fix: 'none',
  },
  {
    // "58 yo Latina s/p fall", "40 yo Caucasian with LBP": the race term standing in for the person after the age.
    pattern: new RegExp(`(?<=${AGE}[,\\s]+)(?:AA|African[-\\s]American|[Cc]aucasian|[Hh]ispanic|Latin[oax]|Latine|Asian(?:[-\\s]American)?)(?=\\s*(?:[,.;:]|$)|\\s+(?:with|w\\/|s\\/p|who|presents?|presenting|here|seen|referred|admitted)(?![\\w/]))`, 'g'),
    message: RACE_MESSAGE,
    suggest: [],
    fix: 'none',
  },
  {
    // "62 yo WM"
    pattern: new RegExp(`(?<=${AGE}[,\\s]+)${COMBO}\\b`, 'g'),
    message: RACE_MESSAGE,
    suggest: [],
    fix: 'none',
  },
  {
    // "Black female with sickle cell disease", "Pt is a Hispanic male"
    pattern: new RegExp(`\\b${RACE}[,\\s]+${SEX}(?=[\\s,.;:]|$)`, 'g'),
    message: RACE_MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) =>
      !oneLinerStart(m, ctx) ||
      /^\s+(?:staff|nurse|aide|therapist|student|clinician|interpreter|member|colleague|provider|physician|doctor|PT|OT|CI|tech|technician|volunteer|coworker|co-worker)\b/i.test(ctx.text.slice(m.index + m[0].length)) || /\b(?:M|F|m|f)$/.test(m[0]) && !/^\s*(?:[,.;:]|$|with|w\/|presents|here|seen|referred|s\/p|who)/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    // "Medicaid pt", "welfare mom"
    pattern: new RegExp(`\\b(?:Medicaid|Medi-Cal|MassHealth|welfare|uninsured|self-pay|charity(?:[-\\s]care)?|food[-\\s]stamp|section[-\\s]8)\\s+(?:pt|pts|patients?|clients?|moms?|mothers?|family|families|kids?|child(?:ren)?|cases?|recipients?|queen|${PERSON_NOUN})\\b`, 'gi'),
    message: 'Naming a person by their insurance or benefits is a class label. Leave it to the insurance field, or say why it matters ("power-chair authorization requires …").',
    suggest: [],
    fix: 'none',
    unless: admin,
  },
  {
    // "Pt is on welfare"
    pattern: /\bon\s+(?:welfare|food\s+stamps|the\s+dole|benefits|public\s+assistance)\b/gi,
    message: 'Benefit status is rarely clinical and reads as a class judgment. If it matters (e.g. equipment funding), say how.',
    suggest: [],
    fix: 'none',
    personSubject: true,
    unless: (m, ctx) => admin(m, ctx) && !/welfare/i.test(m[0]),
  },
  {
    // "homeless man" → "man experiencing homelessness"
    pattern: new RegExp(`\\bhomeless\\s+(${PERSON_NOUN}|vets?|veterans?|famil(?:y|ies)|mom|mother|father|dad|youth|teens?)\\b`, 'gi'),
    message: 'Housing status is a situation, not an identity. Put the person first ("man experiencing homelessness") and say why it matters (e.g. where the HEP will be done).',
    suggest: (m) => [`${m[1]} experiencing homelessness`],
    fix: 'suggest',
  },
  {
    pattern: /\bthe\s+homeless\b(?!\s+(?:shelter|services?|outreach|program|population|count|coalition|camp|encampment))/gi,
    message: 'Housing status is a situation, not a group identity. Say "people experiencing homelessness".',
    suggest: ['people experiencing homelessness'],
    fix: 'suggest',
  },
  {
    pattern: /\b(?:illegal|illegals)\s+(?:aliens?|immigrants?|migrants?)\b|\billegals\b|\ban\s+illegal(?=\s*(?:[.,;:]|$|who|from|with))/gi,
    message: 'No person is illegal. "Undocumented" describes immigration status; include it only where it matters for care (e.g. coverage, follow-up access).',
    suggest: (m) => [/s$/i.test(m[0]) ? 'undocumented immigrants' : /^an\s/i.test(m[0]) ? 'an undocumented immigrant' : 'undocumented immigrant'],
    fix: 'suggest',
  },
  {
    // "Pt is an undocumented immigrant with …": immigration status as the person's label in the opening line.
    pattern: /\b(?:undocumented|unauthori[sz]ed)\s+(?:immigrants?|migrants?|aliens?|workers?|m[ae]n|wom[ae]n|pts?|patients?)\b/gi,
    message: 'Immigration status in the opening line, without a stated reason, labels the person before any clinical fact. Include it only where it matters for care (coverage, follow-up access) and say how.',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      if (admin(m, ctx) || !oneLinerStart(m, ctx)) return true;
      // A stated reason that it matters for care: coverage, cost, access to follow-up.
      const s = near(ctx, m.index);
      return /\b(?:uninsured|underinsured|free\s+clinic|sliding[-\s]scale|cost|afford\w*|follow[-\s]?up\s+access|so|because|therefore)\b/i.test(ctx.text.slice(m.index + m[0].length, s.end));
    },
  },
  {
    // "Pt's father is a prominent surgeon"
    pattern: /(?<=\b(?:father|mother|dad|mom|wife|husband|spouse|partner|son|daughter|parents?|brother|sister|family|uncle|aunt|grandfather|grandmother)(?:['’]s)?\s+(?:is|was|are|were)\s+(?:a|an|the)\s+)(?:prominent|successful|well[-\s]known|renowned|famous|wealthy|rich|respected|distinguished|high[-\s]powered|influential|prestigious|important|VIP)\s+[\w-]+/gi,
    message: 'A relative\'s status is not clinical information, and noting it signals who deserves deference. Record the family\'s role in care (e.g. "father assists with weekend transfers").',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\bfrom\s+(?:a\s+)?(?:good|wealthy|affluent|well[-\s]off|well[-\s]to[-\s]do|prominent|rich|poor|broken|bad|trashy|low[-\s]class|upper[-\s]class)\s+(?:family|home|background|neighbou?rhood|part\s+of\s+town)\b/gi,
    message: 'Class judgments about a person\'s family or neighbourhood are not clinical data. Record what matters for care (support at home, access, barriers).',
    suggest: [],
    fix: 'none',
  },
  {
    // "speaks with a heavy accent"
    pattern: /\b(?:heavy|thick|strong|broken)\s+(?:foreign\s+)?accent\b/gi,
    message: 'Commenting on a person\'s accent marks them as foreign and rarely helps care. Record language facts: preferred language, interpreter use, how well you understood each other.',
    suggest: [],
    fix: 'none',
  },
  {
    // "speaks broken English" → "speaks limited English"
    pattern: /\b(?:broken|poor|bad|pidgin)\s+English\b/gi,
    message: 'Describing someone\'s English as "broken" judges them; record the language facts instead: preferred language, English proficiency, interpreter used.',
    suggest: ['limited English'],
    fix: 'suggest',
  },
  {
    // "Pt is a wealthy retired executive": approving status detail in the opening line (power/privilege).
    pattern: new RegExp(`\\b(?:wealthy|affluent|rich|well[-\\s]off|well[-\\s]to[-\\s]do|prominent|famous|well[-\\s]known|high[-\\s]powered|influential|distinguished|prestigious|VIP)(?=\\s+(?:(?:retired|local|young|older|elderly|middle[-\\s]aged|former)\\s+)?(?:${PERSON_NOUN}|executives?|attorneys?|lawyers?|surgeons?|physicians?|doctors?|professors?|CEOs?|business(?:m[ae]n|wom[ae]n|\\s+owners?)|owners?|bankers?|entrepreneurs?|politicians?|celebrit(?:y|ies)|donors?|philanthropists?|investors?|judges?|senators?|officials?)\\b)`, 'gi'),
    message: 'A person\'s wealth or status is not clinical information, and noting it signals who deserves deference. Record what matters for care (support at home, access, barriers).',
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => !oneLinerStart(m, ctx),
  },
];

export default defineRule({
  id: 'desc.irrelevant-identity',
  family: 'descriptors',
  severity: { clinical: 'info', reflection: 'info' },
  anchor: /\b(?:AA|African|Afro|Black|White|Caucasian|Hispanic|Latin|Asian|Native|American Indian|Pacific|Middle|Arab|Mexican|Puerto|Dominican|Haitian|Somali|Chinese|Korean|Vietnamese|Filipin|Jamaican|Nigerian|Muslim|Jewish|Hindu|Sikh|Romani|Gypsy)|(?:yo|y\/o|y\.o\.?|old|y)[,\s]+[WBHCA][MF]\b|Medicaid|Medi-Cal|MassHealth|welfare|uninsured|self-pay|charity|food.stamp|section.8|on benefits|dole|public assistance|homeless|illegal|undocumented|unauthori[sz]ed|(?:is|was|are|were)\s+(?:a|an|the)\s+(?:prominent|successful|well.known|renowned|famous|wealthy|rich|respected|distinguished|high.powered|influential|prestigious|important|VIP)|from\s+(?:a\s+)?(?:good|wealthy|affluent|well|prominent|rich|poor|broken|bad|trashy|low|upper)|(?:broken|poor|bad|pidgin)\s+English|accent|wealthy|affluent|\brich\b|well.off|well.to.do|prominent|famous|well.known|high.powered|influential|distinguished|prestigious|VIP/i,
  docs: {
    summary: 'Race, insurance, housing, immigration or status used as a label for the person ("45 yo AA male", "Medicaid pt", "homeless man", "illegal immigrant", "father is a prominent surgeon").',
    why:
      'In a randomised study, notes that added irrelevant social detail to the same clinical facts shifted readers\' attitudes toward the patient; in admission notes, Black patients had more than twice the odds of a negative descriptor. Race in the one-liner, insurance or housing as a label, and approving mentions of a relative\'s status all tell the next reader how to see the person before the clinical facts. The source text asks for respect for every patient; the person-first way is to include identity and social details only when they matter clinically, and to say why.',
    prefer: '"20-year-old university student with SMA"; "person experiencing homelessness — HEP adapted to need no equipment"; "undocumented immigrant" only where it matters for access; "preferred language Tamil; interpreter used".',
    exceptions: [
      'Insurance, registration and authorization lines ("Insurance: Medicaid; seating authorization submitted").',
      'Language facts ("primary language is Tamil; interpreter used").',
      'Race or ethnicity outside the one-liner slot, where the writer may have stated a clinical reason.',
    ],
    sources: ['S1', 'S2', 'S4', 'S8', 'S9', 'S14', 'S17b'],
  },
  examples: {
    flagged: [
      'Uninsured {{Hispanic male}} presenting with low back pain.',
      'Pt is an {{undocumented immigrant}} with a L ankle sprain.',
      '45 yo {{AA}} male with L knee OA.',
      '61 yo {{Latino}} with R shoulder pain.',
      '{{Medicaid pt}}, no-showed twice.',
      '{{Homeless man}} with R ankle fracture.',
      '{{Hispanic female}}, speaks {{broken English}}, here for LBP.',
      'Pt is {{on welfare}}; seen for calf strain.',
      'Pt\'s father is a {{prominent surgeon}} at the university hospital.',
      '{{Illegal immigrant}}, works construction, L shoulder pain.',
      '{{Black female}} with sickle cell disease seen for hip pain.',
      'Pt is an {{affluent}} business owner seen for neck pain.',
      'Pt, an {{Asian female}}, presents with neck pain.',
    ],
    clean: [
      'Pt\'s primary language is Tamil; a professional interpreter was used for the full session.',
      'Insurance: Medicaid; power-wheelchair seating authorization submitted with FVC and pressure-mapping data.',
      'Pt is experiencing homelessness; HEP adapted to need no equipment, with a printed copy in a waterproof sleeve.',
      'White blood cell count normal per labs.',
      'Referred by the homeless shelter clinic for foot pain.',
      'Prominent osteophytes at the medial joint line on X-ray.',
      'Emergency Medicaid covers the visit because pt is an undocumented immigrant; follow-up arranged at the free clinic.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
