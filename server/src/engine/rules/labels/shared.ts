/** Helpers shared by the label rules. */
import type { Report, RunContext } from '../define.ts';
import { nearClause, nearSpan } from '../../context/window.ts';
import { sentenceOf } from '../credibility/shared.ts';
export { bounded, nearSentence } from '../credibility/shared.ts';

/** A person noun that a label can be pinned on ("difficult patient", "demanding family"). */
export const LABEL_TARGET =
  '(?:pt|pts|patients?|clients?|residents?|persons?|individuals?|people|m[ae]n|wom[ae]n|gentlem[ae]n|lad(?:y|ies)|guys?|famil(?:y|ies)|caregivers?|carers?|parents?|mothers?|fathers?|moms?|mums?|dads?|spouses?|wives|wife|husbands?|partners?|sons?|daughters?|relatives?|visitors?|students?|teens?|teenagers?|kids?|child(?:ren)?|boys?|girls?|adults?|athletes?|case)';

/** Clause text before `offset`. */
export function clauseLead(ctx: RunContext, offset: number): string {
  const clause = nearClause(ctx.text, sentenceOf(ctx, offset), offset);
  return ctx.text.slice(clause.start, offset);
}

/** Sentence text before `offset`, cut at the last semicolon. */
export function sentenceLead(ctx: RunContext, offset: number): string {
  const s = nearSpan(ctx.text, sentenceOf(ctx, offset), offset);
  const lead = ctx.text.slice(s.start, offset);
  return lead.slice(lead.lastIndexOf(';') + 1);
}

const SPEAKER = '(?:caregivers?|carers?|family|families|mother|father|mom|mum|dad|parents?|spouse|wife|husband|partner|sister|brother|son|daughter|roommate|friends?|teachers?|coach|instructors?|professors?|staff|nurses?|nursing|aides?|doctors?|physicians?|surgeons?|team|school|employer|landlord|he|she|they|pt|patient|the patient|[A-Z][a-z]+)';
const SAYS = '(?:says?|said|states?|stated|reports?|reported|describes?|described|calls?|called|feels?|felt|thinks?|thought|believes?|believed|considers?|considered|labels?|labell?ed|finds?|found|complains?|complained|worries|worried|admits?|admitted|jokes?|joked)';
/** "Caregiver says he is lazy", "family describes him as unmotivated", "per mom, …". */
const REPORTED = new RegExp(`(?:\\b${SPEAKER}\\s+(?:\\w+\\s+)?${SAYS}\\b|\\bper\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?${SPEAKER}\\b|\\baccording to\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?${SPEAKER}\\b)`);

/** The label is someone else's (or the patient's own) word being reported, not the writer's judgment. */
export function reportedLabel(ctx: RunContext, offset: number): boolean {
  return REPORTED.test(sentenceLead(ctx, offset));
}

/** The patient reports the feeling themself: "reports feeling angry", "states she felt agitated". */
export function feelingReport(ctx: RunContext, offset: number): boolean {
  return /\b(?:feel|feels|feeling|felt|reports?|reported|reporting|states?|stated|describes?|described|endorses?|endorsed|expresses?|expressed|admits?|admitted)\s+(?:(?:very|so|quite|a bit|a little|really|more|less|increasingly|being|that|he|she|they|is|was|were|gets|got|became|has been|had been)\s+){0,3}$/i.test(
    clauseLead(ctx, offset),
  );
}

/** Downgrades a report about a label someone else used to info, with guidance for that case. */
export function reportLabel(ctx: RunContext, report: Report, reported: boolean): void {
  if (reported) {
    ctx.report({
      ...report,
      severity: 'info',
      message: `${report.message} Repeating someone else's label passes it on to every later reader; record the behaviour they described instead.`,
    });
  } else ctx.report(report);
}

/** A run context whose reports are downgraded to info when the label is reported from someone else. */
export function withReportedLabels(ctx: RunContext): RunContext {
  return { ...ctx, report: (r: Report) => reportLabel(ctx, r, reportedLabel(ctx, r.start)) };
}

/** A copula (with an optional adverb) right before the label: "is very", "can be", "became". */
export const COPULA_LEAD =
  /\b(?:is|was|are|were|been|being|be|became|becomes|become|becoming|remains?|remained|seems?|seemed|appears?|appeared|gets|got|getting|acts?|acted|acting|sounds?|sounded|known to be)\s+(?:(?:very|so|quite|rather|really|extremely|increasingly|often|sometimes|at times|a bit|somewhat|too|more|less|particularly|especially|notably|always|also|still|again|overly|fairly|pretty|highly|a little|kind of|sort of|bit of a|a bit of a|a real|a|an|the|such a|quite a)\s+){0,3}$/i;

/** Person words, case-insensitive ("Pt", "Family" at the start of a sentence count too). */
const PERSON_RE = new RegExp(`\\b(?:${LABEL_TARGET}|he|she|they|him|her|them|himself|herself|themselves)\\b`, 'i');

/** A person word appears earlier in the clause. */
export function personLead(ctx: RunContext, offset: number): boolean {
  return PERSON_RE.test(clauseLead(ctx, offset));
}

/** A person is the stated subject earlier in the clause, or the implied subject of a fragment. */
export function personSubj(ctx: RunContext, offset: number): boolean {
  return personLead(ctx, offset) || ctx.personSubject(offset);
}
