/**
 * Bounded context windows. Negation, subject and clause questions are asked of
 * a window of the sentence around the offset (WINDOW_CHARS each side), which
 * gives the same answers for ordinary sentences and bounded cost for a rule
 * asking about many matches in one run-on "sentence" (a pasted log, a 5 MB
 * line). RunContext's negated/personSubject/personBefore use the same window.
 */
import type { Span } from '../text/sentences.ts';
import { clauseAt } from '../text/sentences.ts';
import { isNegated } from './negation.ts';
import { hasPersonSubject } from './subject.ts';

/** Characters of context kept on each side of the offset. */
export const WINDOW_CHARS = 300;

/** The part of `sentence` within WINDOW_CHARS of `offset`, cut at white space. */
export function nearSpan(text: string, sentence: Span, offset: number, radius = WINDOW_CHARS): Span {
  let start = sentence.start;
  if (offset - start > radius) {
    start = offset - radius;
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < offset ? space + 1 : start;
  }
  let end = sentence.end;
  if (end - offset > radius) {
    end = offset + radius;
    const space = text.lastIndexOf(' ', end);
    end = space > offset ? space : end;
  }
  return { start, end };
}

/** clauseAt within the bounded window. */
export function nearClause(text: string, sentence: Span, offset: number): Span {
  return clauseAt(text, nearSpan(text, sentence, offset), offset);
}

/** isNegated within the bounded window. */
export function nearNegated(text: string, sentence: Span, offset: number): boolean {
  return isNegated(text, nearSpan(text, sentence, offset), offset);
}

/** hasPersonSubject within the bounded window (a truncated window never counts as a sentence start). */
export function nearPersonSubject(text: string, sentence: Span, offset: number): boolean {
  return hasPersonSubject(text, nearSpan(text, sentence, offset), offset);
}
