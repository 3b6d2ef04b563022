/**
 * The context object the engine hands to rules for one prose run, and the
 * effect of the clinical contexts a rule declares. Engine wiring, not rule
 * code: rules only read the context (rules/define.ts declares its shape).
 */
import type { ContextEffect, ContextName, Report, Rule, RunContext } from './rules/define.ts';
import type { Span } from './text/sentences.ts';
import { isNegated } from './context/negation.ts';
import { nearSpan } from './context/window.ts';
import { hasPersonSubject, personBefore } from './context/subject.ts';
import { isMedicationContext } from './context/medication.ts';
import { isHypothetical } from './context/hypothetical.ts';
import { experiencerAt } from './context/experiencer.ts';
import { findQuotes, quoteAround, type QuoteSpan } from './context/quotes.ts';
import { sentenceSpans } from './text/sentences.ts';
import { tokenize, type Token } from './terms/tokens.ts';

const ASK: Record<ContextName, (ctx: RunContext, offset: number) => boolean> = {
  negated: (ctx, offset) => ctx.negated(offset),
  hypothetical: (ctx, offset) => ctx.hypothetical(offset),
  relative: (ctx, offset) => ctx.experiencer(offset) === 'relative',
  organisation: (ctx, offset) => ctx.experiencer(offset) === 'organisation',
  other: (ctx, offset) => ctx.experiencer(offset) === 'other',
};

/** The strongest effect of the contexts the rule declares that hold at `offset` ('silent' beats 'info'). */
export function contextEffect(rule: Rule, ctx: RunContext, offset: number, extra?: Report['contexts']): ContextEffect | undefined {
  let effect: ContextEffect | undefined;
  const declaredContexts = extra ? { ...rule.contexts, ...extra } : rule.contexts;
  for (const [name, declared] of Object.entries(declaredContexts) as Array<[ContextName, ContextEffect]>) {
    if (declared === 'keep' || effect === declared || !ASK[name](ctx, offset)) continue;
    if (declared === 'silent') return 'silent';
    effect = declared;
  }
  return effect;
}


/** Internal: builds the context object the engine hands to rules. */
export function makeRunContext(
  base: Omit<RunContext, 'sentences' | 'quotes' | 'sentenceAt' | 'tokens' | 'negated' | 'hypothetical' | 'experiencer' | 'personSubject' | 'personBefore' | 'medication' | 'quoteAt' | 'report'>,
  report: (r: Report) => void,
): RunContext {
  // Sentences and quotations are found when a rule first asks: most runs that reach the rules hold a
  // trigger word but no finding, and never need them.
  let sentences: Span[] | undefined;
  let quotes: QuoteSpan[] | undefined;
  const sentenceList = () => (sentences ??= sentenceSpans(base.text));
  const quoteList = () => (quotes ??= findQuotes(base.text));
  // Binary search: rules ask for the sentence of every match, and a long note has thousands.
  const sentenceAt = (offset: number): Span => {
    const list = sentenceList();
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return { start: Math.max(0, offset - 200), end: Math.min(base.text.length, offset + 200) };
  };
  let tokens: Token[] | undefined;
  const { text } = base;
  // The fields are listed, and the two lazy ones are accessors shared by every context, defined afterwards:
  // an object literal that spreads `base` and declares getters got a hidden class of its own per run (in
  // dictionary mode), so building one took tens of µs and every `ctx.x` read in the rules and the context
  // layer missed its inline cache. Own enumerable accessors, so `{ ...ctx }` still copies the values.
  const ctx = {
    text,
    source: base.source,
    mode: base.mode,
    section: base.section,
    inBlockquote: base.inBlockquote,
    kind: base.kind,
    languagePreference: base.languagePreference,
    preferenceStated: base.preferenceStated,
    identifiesAs: base.identifiesAs,
    patientAgeYears: base.patientAgeYears,
    [LAZY]: { sentences: sentenceList, quotes: quoteList },
    sentenceAt,
    tokens: () => (tokens ??= tokenize(text)),
    // Context questions look at a bounded window of the sentence, so a rule asking about many matches
    // in one run-on sentence stays linear; ordinary sentences fit the window whole.
    negated: (offset: number) => isNegated(text, nearSpan(text, sentenceAt(offset), offset), offset),
    hypothetical: (offset: number) => isHypothetical(text, nearSpan(text, sentenceAt(offset), offset), offset),
    experiencer: (offset: number) => experiencerAt(text, nearSpan(text, sentenceAt(offset), offset), offset, base.section),
    personSubject: (offset: number) => hasPersonSubject(text, nearSpan(text, sentenceAt(offset), offset), offset),
    personBefore: (offset: number) => personBefore(text, nearSpan(text, sentenceAt(offset), offset), offset),
    medication: (start: number, end: number) => isMedicationContext(text, start, end),
    quoteAt: (start: number, end: number) => quoteAround(quoteList(), start, end),
    report,
  };
  Object.defineProperty(ctx, 'sentences', SENTENCES);
  Object.defineProperty(ctx, 'quotes', QUOTES);
  return ctx as unknown as RunContext;
}

const LAZY = Symbol('lazy');
interface Lazy {
  [LAZY]: { sentences(): Span[]; quotes(): QuoteSpan[] };
}
const SENTENCES: PropertyDescriptor = {
  get(this: Lazy) {
    return this[LAZY].sentences();
  },
  enumerable: true,
  configurable: true,
};
const QUOTES: PropertyDescriptor = {
  get(this: Lazy) {
    return this[LAZY].quotes();
  },
  enumerable: true,
  configurable: true,
};
