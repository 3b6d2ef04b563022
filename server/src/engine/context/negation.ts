/**
 * Negation with clause scope, after NegEx (S34): a handful of triggers cover
 * most negation in clinical text, and their scope ends at the clause boundary.
 * "Not combative", "denies pain", "no agitation", "without resistance" must not
 * fire the rule for the negated term. Pseudo-negations ("not only", "no change
 * in") do not negate.
 */
import { clauseAt, type Span } from '../text/sentences.ts';

const TRIGGERS =
  /\b(?:no|not|never|neither|nor|denie[sd]|deny|denying|without|negative for|free of|absence of|absent|rule[sd]? out|ruled out|r\/o|cannot|can't|isn't|wasn't|aren't|weren't|doesn't|didn't|don't|unable to|nothing)\b/gi;
const PSEUDO = /\b(?:not only|no change|no increase|no decrease|not necessarily|not certain (?:if|whether)|without difficulty|no longer|gram negative|not just)\b/gi;

/** Maximum words between trigger and term: NegEx used a window of five. */
const WINDOW_WORDS = 6;

export function isNegated(text: string, sentence: Span, termStart: number): boolean {
  const clause = clauseAt(text, sentence, termStart);
  const lead = text.slice(clause.start, termStart);
  const pseudo: Span[] = [];
  PSEUDO.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = PSEUDO.exec(lead))) pseudo.push({ start: p.index, end: p.index + p[0].length });
  TRIGGERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  let negated = false;
  while ((m = TRIGGERS.exec(lead))) {
    const at = m.index;
    if (pseudo.some((s) => at >= s.start && at < s.end)) continue;
    const between = lead.slice(at + m[0].length).trim();
    const words = between === '' ? 0 : between.split(/\s+/).length;
    negated = words <= WINDOW_WORDS;
  }
  return negated;
}
