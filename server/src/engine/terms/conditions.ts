/**
 * Named conditions a term can require (`when`) or be vetoed by (`unless`).
 * Each one asks the shared clinical context layer; a rule names them instead of
 * writing its own closure, and a new one is added here when a rule needs it.
 */
import type { RunContext } from '../rules/define.ts';
import { atSentenceStart } from '../context/subject.ts';
import { isHospitalAdmission, isMedicalCare, isRespiratory } from '../context/senses.ts';
import { isVolumeMeasurement } from '../context/medication.ts';
import { clauseAt } from '../text/sentences.ts';
import type { Token } from './tokens.ts';
import { WORD_SETS } from './words.ts';

export interface Candidate {
  start: number;
  end: number;
}

type Condition = (ctx: RunContext, c: Candidate) => boolean;

/** Index of the first token starting at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words of the clause before the candidate, lower-cased. */
function leadWords(ctx: RunContext, c: Candidate): string[] {
  const tokens = ctx.tokens();
  const clause = clauseAt(ctx.text, ctx.sentenceAt(c.start), c.start);
  const out: string[] = [];
  for (let i = tokenAt(tokens, c.start) - 1; i >= 0 && tokens[i]!.start >= clause.start; i--) if (tokens[i]!.shape !== 'punct') out.unshift(tokens[i]!.lower);
  return out;
}

/** Lower-case words right after the candidate, up to `n`. */
function nextWords(ctx: RunContext, c: Candidate, n: number): string[] {
  const tokens = ctx.tokens();
  const out: string[] = [];
  for (let i = tokenAt(tokens, c.end); i < tokens.length && out.length < n && tokens[i]!.shape !== 'punct'; i++) out.push(tokens[i]!.lower);
  return out;
}

/** A passive form of the verb ("was refused entry"), unless the patient is the agent ("… by the patient"). */
function passiveNotByPatient(ctx: RunContext, c: Candidate): boolean {
  const lead = leadWords(ctx, c);
  if (!WORD_SETS.be.has(lead[lead.length - 1] ?? '')) return false;
  const after = nextWords(ctx, c, 3);
  return !(after[0] === 'by' && after.slice(1).some((w) => WORD_SETS.subject.has(w)));
}

/**
 * The patient is the one deciding: a person is the subject, the object is care ("the TKA in bed 12
 * refused PT"), or the verb opens its clause with at most adverbs before it ("Offered ice; refused.").
 */
function patientDecides(ctx: RunContext, c: Candidate): boolean {
  if (ctx.personSubject(c.start) || ctx.personBefore(c.start)) return true;
  const after = nextWords(ctx, c, 3);
  // An infinitive ("refused to walk") or care as the object.
  if (after[0] === 'to' || / to$/i.test(ctx.text.slice(c.start, c.end)) || after.some((w) => WORD_SETS.care.has(w))) return true;
  return leadWords(ctx, c).every((w) => WORD_SETS.adverb.has(w) || WORD_SETS.have.has(w) || WORD_SETS.be.has(w) || w === 'and' || w === 'but');
}

/** What may precede a label in a one-liner: a subject and "is a", and up to two plain descriptors ("a pleasant 45 yo"). */
const ONE_LINER_LEAD =
  /^(?:(?:(?:pt|patient|client|he|she|this|the|Mr\.?|Mrs\.?|Ms\.?|[A-Z][a-z]+)\s+)?(?:is|was)\s+|(?:pt|patient|client|resident)\s*,\s*)?(?:a|an|the)?\s*(?:(?:young|old|older|elderly|middle[-\s]aged|pleasant|uninsured|underinsured|unemployed|retired|married|single|divorced|widowed|local|obese|frail|tall|short|heavy[-\s]set|thin)[\s,]+){0,2}$/i;

/** A word of the set anywhere in the candidate's sentence. */
function sentenceHas(ctx: RunContext, c: Candidate, words: ReadonlySet<string>): boolean {
  const s = ctx.sentenceAt(c.start);
  return ctx.tokens().some((t) => t.start >= s.start && t.end <= s.end && words.has(t.lower));
}

/** The candidate's line opens with a label ("- **Appearance:**") that `label` accepts. */
function fieldLabel(ctx: RunContext, c: Candidate, label: RegExp): boolean {
  const from = Math.max(0, c.start - 200);
  const line = ctx.text.slice(from + ctx.text.slice(from, c.start).lastIndexOf('\n') + 1, c.start);
  const m = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([^:*_]{1,40}?)(?:\*\*|__)?\s*:/.exec(line);
  return !!m && label.test(m[1]!.trim());
}

export const CONDITIONS = {
  /** A person is the stated subject or, at the start of a fragment, the implied one. */
  personSubject: (ctx, c) => ctx.personSubject(c.start) || ctx.personBefore(c.start),
  patientDecides,
  passiveNotByPatient,
  /** A person word earlier in the clause. */
  personBefore: (ctx, c) => ctx.personBefore(c.start),
  /** Within the first words of its sentence (a verbless fragment's implied subject). */
  sentenceStart: (ctx, c) => atSentenceStart(ctx.text, ctx.sentenceAt(c.start), c.start, 3),
  /** A dose, route, unit or frequency nearby. */
  medication: (ctx, c) => ctx.medication(c.start, c.end),
  /** A measured volume ("EBL 200 cc") rather than a dose. */
  volume: (ctx, c) => isVolumeMeasurement(ctx.text, c.start, c.end),
  /** "admit" in the sense of a hospital admission. */
  hospitalAdmission: (ctx, c) => isHospitalAdmission(ctx.text, c.start, c.end),
  /** The sentence is about medical care (treatment, therapy, dosing). */
  medicalCare: (ctx, c) => isMedicalCare(ctx.text.slice(ctx.sentenceAt(c.start).start, ctx.sentenceAt(c.start).end), ctx.section),
  /** The sentence is about breathing ("on inspiration"). */
  respiratory: (ctx, c) => isRespiratory(ctx.text.slice(ctx.sentenceAt(c.start).start, ctx.sentenceAt(c.start).end)),
  /** Inside quotation marks, attributed or not. */
  quoted: (ctx, c) => ctx.quoteAt(c.start, c.end) !== undefined,
  /** A student's reflection rather than a clinical note. */
  reflection: (ctx) => ctx.mode === 'reflection',
  /** The patient is a child by the age the note states. */
  paediatric: (ctx) => ctx.patientAgeYears !== undefined && ctx.patientAgeYears < 18,
  /** A heading or a table cell rather than running prose. */
  heading: (ctx) => ctx.kind === 'heading',
  tableCell: (ctx) => ctx.kind === 'tableCell',
  // Conditions first needed by one family; shared by any rule that names them.

  // -- credibility --

  // -- labels --

  // -- adherence --

  // -- power --

  // -- descriptors --
  /**
   * A person subject, then only verbs of being, intensifiers and other praise, up to the candidate ("Pt
   * presented as well-groomed and pleasant"): the praise is predicated of the person.
   */
  praisedSubject: (ctx, c) => {
    const tokens = ctx.tokens();
    let i = tokenAt(tokens, c.start) - 1;
    for (let links = 0; i >= 0 && WORD_SETS.praiseLink.has(tokens[i]!.lower) && links < 8; links++) i--;
    if (i >= 0 && tokens[i]!.lower === '.') i--;
    return i >= 0 && WORD_SETS.praiseSubject.has(tokens[i]!.lower);
  },
  /** Nothing but intensifiers or other praise opens the sentence before the candidate ("Such a sweet …", "Very pleasant."). */
  fragmentStart: (ctx, c) => {
    const s = ctx.sentenceAt(c.start);
    const lead = ctx.text.slice(s.start, c.start).replace(/^[\s\-*>•]*(?:[A-Z][A-Za-z ]{0,20}:\s*)?/, '');
    const from = c.start - lead.length;
    return ctx.tokens().every((t) => t.start < from || t.start >= c.start || WORD_SETS.praiseLead.has(t.lower));
  },
  /** On a labelled line ("Behavior: calm, cooperative"), within the label's field. */
  labelledField: (ctx, c) => /(?:^|\n)\s*(?:[-*+]\s+)?(?:\*\*|__)?[A-Za-z][A-Za-z /&]{0,30}(?:\*\*|__)?\s*:[^\n.;]*$/.test(ctx.text.slice(Math.max(0, c.start - 80), c.start)),
  /** The sentence is an insurance, billing or registration line, not a label for the person. */
  adminSentence: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.admin),
  /** At the start of the sentence or the note's one-liner (after a label, "Pt is a", "Pt, a"). */
  oneLinerStart: (ctx, c) => ONE_LINER_LEAD.test(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start).replace(/^[\s\-*>•]*(?:(?:\*\*|__)?[A-Z][A-Za-z /]{0,25}(?:\*\*|__)?:\s*)?/, '')),
  /** On a mental-status "Appearance:" line, a standard field ("Appearance: disheveled, poor eye contact"). */
  appearanceField: (ctx, c) => fieldLabel(ctx, c, /^(?:general\s+)?(?:appearance|appearance\s*(?:&|and|\/)\s*behaviou?r|mse|mental\s+status(?:\s+exam)?)$/i),
  /** On a mental-status "Mood:" or "Affect:" line. */
  moodField: (ctx, c) => fieldLabel(ctx, c, /^(?:mood|affect|mood\s*(?:&|and|\/)\s*affect)$/i),

  // -- disability --
  /** Between a label and its person noun stand only modifiers ("wheelchair-bound university student"), no clause words. */
  modifiersOnly: (ctx, c) => !ctx.tokens().some((t) => t.start >= c.start && t.end <= c.end && WORD_SETS.clauseWord.has(t.lower)),
  /** The person's own terms (front matter `patient-identifies-as`). */
  identifiesAutistic: (ctx) => ctx.identifiesAs.includes('autistic'),
  identifiesDisabled: (ctx) => ctx.identifiesAs.includes('disabled'),
  /** A word of the match (or its singular) is one the person uses for themself ("amputee", "dwarf"). */
  ownTerm: (ctx, c) => ctx.tokens().some((t) => t.start >= c.start && t.end <= c.end && (ctx.identifiesAs.includes(t.lower) || ctx.identifiesAs.includes(t.lower.replace(/s$/, '')))),
  /** The language preference stated for the note (setting, project file or front matter). */
  preferIdentityFirst: (ctx) => ctx.preferenceStated && ctx.languagePreference === 'identity-first',
  preferPersonFirst: (ctx) => ctx.preferenceStated && ctx.languagePreference === 'person-first',
  preferAsk: (ctx) => ctx.preferenceStated && ctx.languagePreference === 'ask',
  /** Identity-first is the preference in force, stated or by default ("amputee" is then left alone). */
  identityFirst: (ctx) => ctx.languagePreference === 'identity-first',
  /** The sentence records how the person wants to be named ("identifies as autistic", "prefers …", "calls herself …"). */
  statesPreference: (ctx, c) => {
    const s = ctx.sentenceAt(c.start);
    const words = ctx.tokens().filter((t) => t.start >= s.start && t.end <= s.end).map((t) => t.lower);
    return words.some(
      (w, i) =>
        WORD_SETS.preferWord.has(w) ||
        (WORD_SETS.identifyWord.has(w) && (words[i + 1] === 'as' || words[i + 1] === 'with')) ||
        (WORD_SETS.selfNameVerb.has(w) && WORD_SETS.reflexive.has(words[i + (words[i + 1] === 'to' ? 2 : 1)] ?? '')),
    );
  },

  // -- condition --

  // -- substance-use --

  // -- dignity --

  // -- documentation --

  // -- identifiers --
} satisfies Record<string, Condition>;

export type ConditionName = keyof typeof CONDITIONS;
