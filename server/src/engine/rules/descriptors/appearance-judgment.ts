/**
 * desc.appearance-judgment — judgments of a person's appearance, grooming or smell.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { PERSON_NOUN } from '../../text/lexicon.ts';
import { personBefore } from '../../context/subject.ts';
import { clipSpan } from '../../text/sentences.ts';

/** A mental-status "Appearance:" line is a standard field: noted at info only. */
function appearanceLine(m: RegExpExecArray, ctx: RunContext): boolean {
  const from = Math.max(0, m.index - 200);
  const lineStart = from + ctx.text.slice(from, m.index).lastIndexOf('\n') + 1;
  return /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:general\s+)?(?:appearance|appearance\s*(?:&|and|\/)\s*behaviou?r|MSE|mental\s+status(?:\s+exam)?)(?:\*\*|__)?\s*:/i.test(ctx.text.slice(lineStart, m.index));
}

/** The match's sentence, clipped to a window around it (linear time on pathological input). */
const near = (ctx: RunContext, at: number) => clipSpan(ctx.sentenceAt(at), at);

/** A person is the stated subject (any capitalisation: "Pt", "He") or the implied subject of a fragment. */
const personLead = (ctx: RunContext, at: number) => personBefore(ctx.text, near(ctx, at), at);
const personSubj = (ctx: RunContext, at: number) => ctx.personSubject(at) || personLead(ctx, at);

/** Things that can be dirty, clean or malodorous without it being about the person. */
const OBJECT_AFTER =
  /^\s*(?:wounds?|incisions?|drainage|discharge|exudate|dressings?|linens?|laundry|sheets|needles?|utensils?|dishes|equipment|floor|room|catheter|site|urine|stool|sputum|breath|feet\s+ulcer|ulcers?|lesions?|case|class|procedure|field|surgery|cases?|contaminated|water|diapers?|briefs?|bandages?)\b/i;
const OBJECT_BEFORE =
  /\b(?:wounds?|incisions?|drainage|discharge|exudate|dressings?|ulcers?|lesions?|urine|stool|sputum|catheter|site|field|class|room|floor|equipment|linen|laundry|bed|sheets|brief|briefs|diapers?|breath|clean(?:\s+or|\s*\/)|clean-contaminated)\b[^.;,]{0,25}$/i;

const MESSAGE =
  'A judgment of the person\'s appearance invites the reader to judge them too. If it matters clinically, describe it specifically and say why ("clothing soiled; reports difficulty reaching the toilet in time").';

function notAboutPerson(m: RegExpExecArray, ctx: RunContext): boolean {
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  const before = ctx.text.slice(Math.max(near(ctx, m.index).start, m.index - 50), m.index);
  return OBJECT_AFTER.test(after) || OBJECT_BEFORE.test(before);
}

const base: Phrase[] = [
  {
    pattern: /\b(?:dishevell?ed|unkempt|slovenly|scruffy|bedraggled|grubby)\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: notAboutPerson,
  },
  {
    pattern: /\b(?:poorly|badly|un)[-\s]?groomed\b|\bpoor\s+(?:personal\s+)?grooming\b/gi,
    message: MESSAGE,
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\b(?:malodorous|foul[-\s]smelling|smelly|stinks?|stank|reek(?:s|ed|ing)?(?:\s+of)?)\b/gi,
    message: 'Describing a person as smelling bad is a judgment that follows them through the chart. If an odour is clinically relevant (a wound, incontinence), name its source and the plan.',
    suggest: [],
    fix: 'none',
    unless: notAboutPerson,
  },
  {
    // "Smells of smoke": the person as the subject.
    pattern: /\b(?:smells|smelled|smelt|smelling)\s+(?:strongly\s+|heavily\s+)?(?:of|like)\b/gi,
    message: 'Describing a person as smelling of something is a judgment that follows them through the chart. If it is clinically relevant, say what you observed and why it matters.',
    suggest: [],
    fix: 'none',
    personSubject: true,
    unless: (m, ctx) => {
      if (OBJECT_BEFORE.test(ctx.text.slice(Math.max(near(ctx, m.index).start, m.index - 50), m.index))) return true;
      // "Pt reports food smells like metal": the person is reporting, not being described.
      const lead = ctx.text.slice(near(ctx, m.index).start, m.index);
      if (/\b(?:reports?|states?|says?|notes?|noticed?|complains?|food|room|house|apartment|everything|it|that|this)\b/i.test(lead)) return true;
      // "smells" as a noun in a sensory test: "able to identify smells of coffee", "olfaction intact".
      return /\b(?:identif\w*|detects?|detected|distinguish\w*|recogni[sz]\w*|discriminat\w*|names?|named|different|various|familiar|common|the|olfact\w*|anosmia|smell\s+test|UPSIT)\s*$|\b(?:olfact\w*|anosmia|UPSIT|smell\s+test)\b/i.test(lead);
    },
  },
  {
    // "Pt looked dirty", "dirty clothes", "a dirty old man"
    pattern: new RegExp(`\\b(?:dirty|filthy|grimy)\\b(?=\\s+(?:(?:and|,)\\s+\\w+\\s+)?(?:clothes|clothing|hair|nails|fingernails|hands|appearance|${PERSON_NOUN})\\b|\\s*(?:$|[.,;:!?]|and\\b))`, 'gi'),
    message: MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      if (notAboutPerson(m, ctx)) return true;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (/^\s+(?:clothes|clothing|hair|nails|fingernails|hands|appearance)\b/i.test(after)) return false;
      // "dirty" on its own must describe the person.
      return !personSubj(ctx, m.index) || /\b(?:clean|wound|incision|needle|urine|UDS|tox|screen|test)\b/i.test(ctx.text.slice(near(ctx, m.index).start, near(ctx, m.index).end));
    },
  },
];

/** Each phrase again at info, for a mental-status "Appearance:" line. */
const inAppearanceLine: Phrase[] = base.map((p) => ({ ...p, severity: 'info' as const, unless: (m, ctx) => !appearanceLine(m, ctx) || (p.unless?.(m, ctx) ?? false) }));
const outsideAppearanceLine: Phrase[] = base.map((p) => ({ ...p, unless: (m, ctx) => appearanceLine(m, ctx) || (p.unless?.(m, ctx) ?? false) }));

export default defineRule({
  id: 'desc.appearance-judgment',
  family: 'descriptors',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /dishevel|unkempt|slovenly|scruffy|bedraggled|grubby|groom|malodor|smell|stink|stank|reek|dirty|filthy|grimy/i,
  docs: {
    summary: 'Judgments of a person\'s appearance or smell: "disheveled", "unkempt", "poorly groomed", "malodorous", "smells of", "dirty".',
    why:
      'Words like "disheveled" and "unkempt" appear in studies of stigmatizing notes as descriptors that frame the person before any clinical fact. They say nothing about why: a student with a progressive neuromuscular disease who relies on a part-time caregiver may arrive in yesterday\'s clothes because dressing takes help he did not have that morning. The source text asks clinicians to meet people where they are and to bring respect and compassion to every interaction; the useful note is the specific observation and its clinical relevance.',
    prefer: '"Clothing soiled; pt reports difficulty reaching the toilet in time — toileting transfer assessment added." "Caregiver unavailable this morning; pt dressed with partial help."',
    exceptions: [
      'Wound and surgical classifications ("clean", "dirty", "contaminated") and odours with a source ("malodorous drainage from the sacral wound").',
      'A mental-status "Appearance:" line is a standard field and is reported at info only.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S6', 'seed'],
  },
  examples: {
    flagged: [
      'Pt arrived {{disheveled}} and late.',
      '{{Unkempt}} appearance; hair uncombed.',
      '{{Poorly groomed}}, clothes stained.',
      '{{Malodorous}}; strong body odor in the treatment room.',
      '{{Smells of}} smoke.',
      'Pt looked {{dirty}} and tired.',
      '{{Slovenly}} dress at every visit.',
    ],
    clean: [
      'Incision clean and dry; no erythema.',
      'Malodorous drainage from the sacral wound; wound nurse notified.',
      'Wound classified as contaminated (class III) per the surgical note.',
      'Clothing soiled; pt reports difficulty reaching the toilet in time, so a toileting transfer assessment was added.',
      'Pt reports food smells like metal since starting the new medication.',
      'Olfaction intact; pt able to identify smells of coffee and mint.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, [...outsideAppearanceLine, ...inAppearanceLine]),
});
