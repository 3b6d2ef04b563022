/** Helpers shared by the credibility rules. */
import type { Report, RunContext } from '../define.ts';
import { nearClause, nearNegated, nearPersonSubject, nearSpan } from '../../context/window.ts';

/**
 * Subjects whose "claims", "alleges" or "insists" are not about a patient's
 * account: literature, organisations, documents, and the writer themself.
 */
const NON_PATIENT_SUBJECT =
  /\b(?:study|studies|review|reviews|trial|trials|paper|papers|article|articles|author|authors|research|researchers|literature|evidence|guideline|guidelines|textbook|manufacturer|vendor|company|companies|insurer|insurance|payer|payor|carrier|plan|policy|lawsuit|suit|complaint|petition|report|website|ad|advert|advertisement|brand|product|theory|model|hypothesis|we|therapist|clinician|staff|surgeon|physician|doctor|nurse|team|instructor|writer|writers)\s*$/i;
const NON_PATIENT_CASED = /\b(?:I|PT|OT|CI|Dr\.?)\s*$/;

/** The words of the clause between its start and `offset`. */
export function clauseLead(ctx: RunContext, offset: number): string {
  const clause = nearClause(ctx.text, sentenceOf(ctx, offset), offset);
  return ctx.text.slice(clause.start, offset);
}

/** The clause containing `offset`. */
export function clauseText(ctx: RunContext, offset: number): { start: number; end: number; text: string } {
  const clause = nearClause(ctx.text, sentenceOf(ctx, offset), offset);
  return { ...clause, text: ctx.text.slice(clause.start, clause.end) };
}

/** The word right before `offset` (skipping adverbs such as "still" or "again") names a non-patient subject. */
export function nonPatientSubject(ctx: RunContext, offset: number): boolean {
  const lead = clauseLead(ctx, offset).replace(/\s+(?:still|again|also|now|repeatedly|continues to|continued to|always|often|keeps|kept|further|then)\s*$/i, ' ');
  return NON_PATIENT_SUBJECT.test(lead.trimEnd()) || NON_PATIENT_CASED.test(lead.trimEnd());
}

/** Person words for a patient, caregiver or family member, including a capitalised first name used as subject. */
export const PATIENT_WORD =
  /\b(?:pt|pts|patient|patients|client|resident|he|she|they|him|her|them|his|their|student|man|woman|caregiver|family|mother|father|mom|dad|parent|parents|spouse|wife|husband|partner|son|daughter)\b/i;

/** The sentence around `offset`, bounded to a window so that very long run-on lines stay cheap. */
export function nearSentence(ctx: RunContext, offset: number): { start: number; end: number } {
  return nearSpan(ctx.text, sentenceOf(ctx, offset), offset);
}

/** The sentence containing `offset` (ctx.sentenceAt is already a binary search). */
export function sentenceOf(ctx: RunContext, offset: number): { start: number; end: number } {
  return ctx.sentenceAt(offset);
}

/**
 * A run context whose subject and negation questions look at a bounded window
 * of the sentence (see context/window.ts), and which drops negated reports
 * itself when `negation` is set. Rules using it declare negationSensitive: false.
 */
export function bounded(ctx: RunContext, negation: boolean): RunContext {
  return {
    ...ctx,
    sentenceAt: (offset: number) => sentenceOf(ctx, offset),
    personSubject: (offset: number) => nearPersonSubject(ctx.text, sentenceOf(ctx, offset), offset),
    negated: (offset: number) => nearNegated(ctx.text, sentenceOf(ctx, offset), offset),
    report: (r: Report) => {
      if (negation && nearNegated(ctx.text, sentenceOf(ctx, r.start), r.start)) return;
      ctx.report(r);
    },
  };
}
