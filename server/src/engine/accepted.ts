/**
 * Accepted terms from the configuration: words the team has decided are fine
 * (a clinic name, an identity term), which no rule may flag. Matched as literal
 * words on tokens, like team vocabulary, so configuration is never a pattern.
 */
import { literalPattern, matchAt } from './terms/pattern.ts';
import { tokenize } from './terms/tokens.ts';

/** Occurrences [start, end) of the accepted terms in the text (literal, case-insensitive, whole words). */
export function acceptedRanges(text: string, accept: readonly string[] | undefined): Array<[number, number]> {
  const terms = (accept ?? []).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  if (terms.length === 0) return [];
  const patterns = terms.map(literalPattern);
  const tokens = tokenize(text);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const p of patterns) {
      const m = matchAt(p, tokens, i);
      if (m) out.push([tokens[m.from]!.start, tokens[m.to - 1]!.end]);
    }
  }
  return out;
}
