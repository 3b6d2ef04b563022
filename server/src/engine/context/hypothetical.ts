/**
 * Hypothetical and conditional mentions, after ConText's hypothetical feature: "If the patient refuses
 * treatment, …", "in case he declines", "should she refuse". Nothing has happened yet, so nothing
 * about the patient is being recorded; rules that judge how an event is framed stay silent there.
 * Watching for something is the same ("monitor for agitation overnight", "watch for refusal of meds"): the
 * plan names what may happen.
 * The scope is the clause, as for negation: "If fatigued, refused the last set" keeps "refused".
 */
import { clauseAt, type Span } from '../text/sentences.ts';

const TRIGGERS = /\b(?:if|unless|in\s+case|in\s+the\s+event(?:\s+that)?|should\s+(?:he|she|they|the\s+(?:patient|pt|client))|whether(?:\s+or\s+not)?|(?:monitor|watch|observe|assess|screen)(?:ed|ing|s)?\s+(?:closely\s+)?for)\b/i;

export function isHypothetical(text: string, sentence: Span, offset: number): boolean {
  const clause = clauseAt(text, sentence, offset);
  return TRIGGERS.test(text.slice(clause.start, offset));
}
