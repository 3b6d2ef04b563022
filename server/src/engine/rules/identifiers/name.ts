/**
 * phi.name — personal names: an honorific with a capitalised name ("Mr. Patel"),
 * "named Jake", a first name with an initial ("Jake T."), or a name set off
 * after "my patient," / "his caregiver,".
 */
import { defineRule, type Report } from '../define.ts';
import { DEIDENTIFY, hits, placeholder, reportHits, rawText } from './patterns.ts';

/** A capitalised name of two or more letters, with accents, apostrophes and hyphens ("Tomás", "O'Neil", "Robinson-Smith"). */
const NAME = "\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu}?\\p{Ll}+|-\\p{Lu}\\p{Ll}+)?\\p{Ll}(?![\\p{L}\\p{M}])";
/** Words that follow an honorific or "named" but are not names. */
const NOT_NAMES = new Set([
  'patient', 'pt', 'client', 'and', 'or', 'the', 'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'a', 'an', 'x', 'y', 'z', 'doe', 'smith-jones',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** First words that take a letter after them without being a name ("Vitamin D.", "Grade A."). */
const NOT_FIRST = new Set([
  'vitamin', 'hepatitis', 'hep', 'grade', 'type', 'group', 'plan', 'appendix', 'level', 'class', 'stage', 'zone', 'phase', 'section',
  'part', 'table', 'figure', 'fig', 'option', 'room', 'unit', 'ward', 'bed', 'step', 'team', 'factor', 'strep', 'influenza', 'exhibit',
  'category', 'schedule', 'form', 'wing', 'building', 'floor', 'suite', 'block', 'lot', 'gate', 'line', 'lead', 'test', 'trial', 'site',
  'week', 'day', 'visit', 'session', 'cohort', 'arm', 'version', 'model', 'station', 'bay', 'pod', 'hall', 'lab', 'row', 'seat', 'string',
  'component', 'domain', 'item', 'question', 'scale', 'subscale', 'criterion', 'criteria', 'region', 'area', 'axis', 'tier', 'point',
  'mr', 'mrs', 'ms', 'dr', 'pt', 'am', 'pm', 'jr', 'sr', 'dept', 'fig', 'see', 'in', 'on', 'at', 'by', 'of', 'to', 'for', 'and', 'with',
  'knee', 'hip', 'ankle', 'shoulder', 'elbow', 'wrist', 'side', 'foot', 'hand', 'leg', 'arm', 'eye', 'ear', 'hepatitis',
  'pts', 'i', 'we', 'he', 'she', 'they', 'his', 'her', 'their', 'our', 'my', 'the', 'this', 'that', 'plan', 'note', 'noted',
]);

const HONORIFIC = new RegExp(`\\b(Mr|Mrs|Ms|Mx|Miss|Mister|Dr)\\.?[ \\t]+(${NAME})(?:[ \\t]+(${NAME}))?`, 'gu');
const NAMED = new RegExp(`\\b(?:named|name\\s+is|name\\s+was|goes\\s+by|nicknamed|call(?:ed|s)?\\s+(?:him|her|them|himself|herself|themself|themselves)|(?<=\\b(?:[Aa]n?|[Oo]ne)[ \\t]+(?:\\p{Ll}+[ \\t]+)?(?:[Pp]atient|[Pp]t|[Cc]lient|[Rr]esident|[Ss]tudent|[Mm]an|[Ww]oman|[Bb]oy|[Gg]irl|[Kk]id|[Tt]een|[Gg]entleman|[Ll]ady|[Pp]erson|[Cc]aregiver|[Aa]ide|[Ff]riend|[Rr]oommate|[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Pp]artner|[Bb]rother|[Ss]ister)[ \\t]{1,2}(?:who[ \\t]+is[ \\t]+)?|\\b(?:[Pp]atient|[Pp]t|[Cc]lient|[Rr]esident|[Ss]tudent|[Mm]an|[Ww]oman|[Bb]oy|[Gg]irl|[Kk]id|[Tt]een|[Gg]entleman|[Ll]ady|[Pp]erson|[Cc]aregiver|[Aa]ide|[Ff]riend|[Rr]oommate|[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Pp]artner|[Bb]rother|[Ss]ister)[ \\t]{0,2},[ \\t]{1,2}(?:who[ \\t]+is[ \\t]+)?)called)[ \\t]+(${NAME}(?:[ \\t]+${NAME})?)`, 'gu');
const PERSON_CUE = /\b(?:from|about|saw|see|seen|met|meet|treated|treating|worked with|with|named|patient|pt|client|resident|caregiver|carer|aide|and|called|evaluated|assessed|visited|greeted|asked|told|by|mother|father|mom|dad|brother|sister|son|daughter|wife|husband|partner|friend|roommate|employer|boss)\s*,?\s*$/i;
const INITIAL = new RegExp(`(?<![\\w.])(${NAME})[ \\t]+[A-Z]\\.(?=[\\s,;:)]|$)`, 'gu');
const ROLES = ['patient', 'pt', 'client', 'caregiver', 'carer', 'aide', 'roommate', 'wife', 'husband', 'partner', 'son', 'daughter', 'mother', 'father', 'mom', 'dad', 'brother', 'sister', 'friend', 'employer', 'boss', 'supervisor', 'girlfriend', 'boyfriend'];
/** Case-sensitive on purpose: the name must be capitalised, the role word may be. */
const APPOSITIVE = new RegExp(`\\b(?:${ROLES.map((r) => `[${r[0]}${r[0]!.toUpperCase()}]${r.slice(1)}`).join('|')}),[ \\t]+(${NAME}),`, 'gu');

export default defineRule({
  id: 'phi.name',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  anchor: /\b(?:mr|mrs|ms|mx|miss|mister|dr)\b|named|name\s+(?:is|was)|goes\s+by|call(?:ed|s)?\s+(?:him|her|them)|called\s+\p{Lu}|\p{L}{2} \p{L}\.|,\s*\p{L}{2,},/iu,
  docs: {
    summary: 'Personal names of the patient, relatives, caregivers or employers: an honorific with a name ("Mr. Patel"), "named Jake", a first name with an initial ("Jake T."), or a name set off by commas after "my patient," or "his caregiver,".',
    why:
      'Names are the first identifier on the Safe Harbor list, and it covers relatives, employers and household members as well as the patient: Naren\'s volunteer caregiver counts. A reflection is for learning from the encounter; it can be written about "a university student in his twenties" without naming anyone.',
    prefer: 'Describe the person by their role and a generalised profile: "the patient", "a university student in his twenties", "his caregiver".',
    exceptions: [
      'An honorific alone ("Mr." or "Ms." without a name), and "MS" for multiple sclerosis.',
      'Placeholder initials ("Mr. X"), "Vitamin D.", "Grade A." and similar letter labels.',
      'A clinician\'s name after "Dr." is not reported in clinical mode (it is not the patient\'s identifier); in a reflection it is reported as a warning because it identifies the site.',
    ],
    sources: ['S31', 'S38', 'seed'],
  },
  examples: {
    flagged: [
      { text: 'Today I worked with {{Mr. Patel}} on transfers.', mode: 'reflection' },
      { text: "{{Mrs. O'Neil}} brought her son to the session.", mode: 'reflection' },
      { text: 'A student named {{Jake}} was my first patient.', mode: 'reflection' },
      { text: 'I saw {{Jake T.}}, 20, in clinic this morning.', mode: 'reflection' },
      { text: 'A student named {{Tomás}} joined the group; I also met {{Zoë K.}} there.', mode: 'reflection' },
      { text: 'He asked me to call him {{Jake}}.', mode: 'reflection' },
      { text: 'A student called {{Marisol}} was my first patient of the day.', mode: 'reflection' },
      { text: 'His caregiver, {{Samuel}}, helps with mornings.', mode: 'reflection' },
      { text: '{{Dr. Alvarez}} supervised my first evaluation.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Dx: MS; pt ambulates with forearm crutches.', mode: 'reflection' },
      { text: 'I called him Mr. and he said to use his first name.', mode: 'reflection' },
      { text: 'The patient called Monday to move her visit; her caregiver called Transport.', mode: 'reflection' },
      { text: 'Vitamin D. levels pending; Grade A. evidence for exercise.', mode: 'reflection' },
      { text: 'Exercise A. Step B. Phase II.', mode: 'reflection' },
      { text: 'Discussed with Dr. Alvarez; ortho follow-up in 2 weeks.', mode: 'clinical' },
      { text: 'The patient, a university student in his twenties, uses a power wheelchair.', mode: 'reflection' },
    ],
  },
  check: (ctx) => {
    const reports: Report[] = [];
    const message = (what: string): string =>
      `${what} ${DEIDENTIFY} Use a role or a generalised description instead ("the patient", "a university student in his twenties").`;
    for (const h of hits(rawText(ctx), HONORIFIC)) {
      const title = h.match[1]!;
      const first = h.match[2]!;
      if (NOT_NAMES.has(first.toLowerCase())) continue;
      if (title === 'Dr') {
        if (ctx.mode === 'clinical') continue;
        reports.push({
          start: h.start,
          end: h.end,
          message: 'A clinician\'s name in a reflection identifies the site, and with it the patient. Use a role ("my clinical instructor", "the physician").',
          severity: 'warning',
          suggestions: ['the physician'],
          fix: 'suggest',
        });
        continue;
      }
      reports.push({ start: h.start, end: h.end, message: message('This is a personal name.'), ...placeholder('name') });
    }
    for (const h of hits(rawText(ctx), NAMED, 1)) {
      if (NOT_NAMES.has(h.match[1]!.split(/\s+/)[0]!.toLowerCase())) continue;
      reports.push({ start: h.start, end: h.end, message: message('This is a personal name.'), ...placeholder('name') });
    }
    for (const h of hits(rawText(ctx), INITIAL)) {
      const first = h.match[1]!.toLowerCase();
      if (NOT_FIRST.has(first) || NOT_NAMES.has(first)) continue;
      // A letter after a capitalised word is usually a label ("Exercise A.", "Phase B."); require a person cue before it.
      const ageAfter = /^,?\s*\(?\d{1,2}\b/.test(ctx.text.slice(h.end, h.end + 8));
      if (!ageAfter && !PERSON_CUE.test(ctx.text.slice(Math.max(0, h.start - 40), h.start))) continue;
      // "…with Jake T." at a sentence start is still a name; "Type B." is filtered above.
      reports.push({ start: h.start, end: h.end, message: message('A first name with an initial still identifies the person.'), ...placeholder('name') });
    }
    for (const h of hits(rawText(ctx), APPOSITIVE, 1)) {
      if (NOT_NAMES.has(h.match[1]!.toLowerCase()) || NOT_FIRST.has(h.match[1]!.toLowerCase())) continue;
      reports.push({ start: h.start, end: h.end, message: message('This is a personal name.'), ...placeholder('name') });
    }
    reportHits(ctx, reports);
  },
});
