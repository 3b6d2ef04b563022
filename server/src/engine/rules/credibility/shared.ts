/**
 * Run-context helpers that labels/shared.ts still imports. The credibility rules are data now and use
 * none of this; the file goes once the label rules no longer import it.
 */
import type { Report, RunContext } from '../define.ts';
import { nearNegated, nearPersonSubject, nearSpan } from '../../context/window.ts';

/** The sentence containing `offset` (ctx.sentenceAt is already a binary search). */
export function sentenceOf(ctx: RunContext, offset: number): { start: number; end: number } {
  return ctx.sentenceAt(offset);
}

/** The sentence around `offset`, bounded to a window so that very long run-on lines stay cheap. */
export function nearSentence(ctx: RunContext, offset: number): { start: number; end: number } {
  return nearSpan(ctx.text, sentenceOf(ctx, offset), offset);
}

/**
 * A run context whose subject and negation questions look at a bounded window of the sentence (see
 * context/window.ts), and which drops negated reports itself when `negation` is set.
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
