/**
 * Named conditions a term can require (`when`) or be vetoed by (`unless`).
 * Each one asks the shared clinical context layer; a rule names them instead of
 * writing its own closure, and a new one is added here when a rule needs it.
 */
import type { RunContext } from '../rules/define.ts';
import { atSentenceStart } from '../context/subject.ts';
import { isHospitalAdmission, isMedicalCare, isRespiratory } from '../context/senses.ts';
import { isVolumeMeasurement } from '../context/medication.ts';
import { SPEECH_VERBS } from '../context/quotes.ts';
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
  /** A speech or reporting verb earlier in the sentence ("was told … even on a 'good day'"): someone's words are reported. */
  speechInSentence: (ctx, c) => SPEECH_VERBS.test(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start)),
  /** A review of systems: its section, or an "ROS:" label earlier on the line. */
  reviewOfSystems: (ctx, c) => ctx.section === 'ros' || leadWords(ctx, c).some((w) => w === 'ros'),
  /** "Admit(ted)" in its hospital sense, judged on the verb alone ("admitted to the floor", "Admit to neurology"). */
  admissionVerb: (ctx, c) => isHospitalAdmission(ctx.text, c.start, ctx.tokens()[tokenAt(ctx.tokens(), c.start)]?.end ?? c.end),
  /** A person word anywhere in the clause, or a subjectless fragment ("Allegedly fell at home"). */
  personInClause: (ctx, c) => ctx.personBefore(c.start) || atSentenceStart(ctx.text, ctx.sentenceAt(c.start), c.start, 1) || nextWords(ctx, c, 8).some((w) => WORD_SETS.subject.has(w) || WORD_SETS.relative.has(w)),
  /**
   * Exactly a short quotation the writer put around a word or two: unattributed, one to three words, not
   * the patient's first-person words, not a Title Case name ("Four Square"), not a quoted letter or number
   * used as a label, and not in a `>` blockquote, a Goals section or operative shorthand.
   */
  scareQuote: (ctx, c) => {
    // The candidate includes the marks; the quotation layer answers for the words inside them.
    const q = ctx.quoteAt(c.start + 1, c.end - 1);
    if (!q || q.start !== c.start || q.end !== c.end || q.attributed || q.words < 1 || q.words > 3) return false;
    if (ctx.inBlockquote || ctx.section === 'goals' || ctx.section === 'procedure') return false;
    const all = ctx.tokens();
    const words: Token[] = [];
    for (let i = tokenAt(all, q.innerStart); i < all.length && all[i]!.end <= q.innerEnd; i++) if (all[i]!.shape !== 'punct') words.push(all[i]!);
    if (words.length === 0 || words.some((t) => WORD_SETS.firstPerson.has(t.text))) return false;
    if (words.length >= 2 && words.every((t) => t.text.charAt(0) !== t.text.charAt(0).toLowerCase() || t.shape === 'number')) return false;
    return !(words.length === 1 && (words[0]!.shape === 'number' || words[0]!.text.length === 1));
  },

  // -- labels --

  // -- adherence --

  // -- power --

  // -- descriptors --

  // -- disability --

  // -- condition --

  // -- substance-use --

  // -- dignity --

  // -- documentation --

  // -- identifiers --
} satisfies Record<string, Condition>;

export type ConditionName = keyof typeof CONDITIONS;
