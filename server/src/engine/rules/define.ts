/**
 * How a rule is declared. A rule states what it is (id, family, default
 * severities, documentation, examples) and finds spans; the engine stamps the
 * id, severity, docs link and source text onto each report, applies quotation
 * and negation exemptions it asked for, and honours disable comments and
 * configuration. One rule lives in one file with its data, docs and examples;
 * docs/rules/<id>.md is generated from that file and its examples run as tests.
 */
import type { Family, FixLevel, Mode, Severity, SeveritySetting, LanguagePreference } from '../types.ts';
import type { SourceId } from './sources.ts';
import type { Section } from '../context/sections.ts';
import type { QuoteSpan } from '../context/quotes.ts';
import type { Span } from '../text/sentences.ts';
import type { Experiencer } from '../context/experiencer.ts';
import { tokenize, type Token } from '../terms/tokens.ts';
import { compilePattern, type CompiledPattern } from '../terms/pattern.ts';
import { compileTerms, findTerms, indexTerms, registerTermRule, termReport, termTriggers, type Term, type TermDefaults } from '../terms/terms.ts';

export interface RuleDocs {
  /** One line: what the rule flags. */
  summary: string;
  /** Why it matters, tied to the source text and the evidence, in a short paragraph. */
  why: string;
  /** Better wording, as guidance. */
  prefer: string;
  /** What the rule deliberately does not flag. */
  exceptions: string[];
  sources: SourceId[];
}

/** An example sentence. In `flagged` examples the expected span is marked `{{like this}}`. */
export type Example = string | { text: string; mode?: Mode; options?: { languagePreference?: LanguagePreference; identifiesAs?: string[] } };

export interface Report {
  /** Offsets relative to the run text. */
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
  fix?: FixLevel;
  /** Overrides the rule's default severity for this report (e.g. a weaker variant of the term). */
  severity?: Severity;
  /** Set by the engine when a declared context softens the finding: its severity is capped at info. */
  atMostInfo?: boolean;
  /** Contexts of the term that produced the report, applied with the rule's own. */
  contexts?: Partial<Record<ContextName, ContextEffect>>;
}

/** Everything a rule may look at for one prose run. */
export interface RunContext {
  /** Masked prose of the run (see prose/parse.ts). */
  readonly text: string;
  /**
   * The unmasked source of the same span (same length and offsets as `text`). Only for rules that
   * must see what the prose view hides, such as identifiers in link targets or autolinks.
   */
  readonly source: string;
  readonly mode: Mode;
  readonly section: Section;
  readonly inBlockquote: boolean;
  readonly kind: 'paragraph' | 'heading' | 'tableCell';
  readonly sentences: readonly Span[];
  readonly quotes: readonly QuoteSpan[];
  readonly languagePreference: LanguagePreference;
  /** Whether a preference was stated (front matter, project file or setting) rather than the default person-first. */
  readonly preferenceStated: boolean;
  /** Lower-cased identity terms the person uses for themself. */
  readonly identifiesAs: readonly string[];
  /** The patient's age in years as the note states it (context/patient.ts), if it does. */
  readonly patientAgeYears: number | undefined;
  sentenceAt(offset: number): Span;
  /** The run's tokens, computed once and shared by the rules. */
  tokens(): readonly Token[];
  /** Negated within its clause ("not combative", "denies pain"), or within a negated list. */
  negated(offset: number): boolean;
  /** Conditional or hypothetical ("if he refuses …"). */
  hypothetical(offset: number): boolean;
  /** Whom the clause is about: the patient, a relative (or a family-history entry), an organisation, or another person (a clinician, a teacher). */
  experiencer(offset: number): Experiencer;
  /** A person is the stated or implied subject of the clause. */
  personSubject(offset: number): boolean;
  /** A person word appears earlier in the clause. */
  personBefore(offset: number): boolean;
  /** A dose, route, unit or frequency is nearby. */
  medication(start: number, end: number): boolean;
  /** The quotation containing the span, if any. */
  quoteAt(start: number, end: number): QuoteSpan | undefined;
  report(report: Report): void;
}

/**
 * Clinical contexts a rule can declare (after ConText: negation, hypothetical, experiencer). The engine
 * asks the shared context layer and applies the effect, so rules do not each re-implement them.
 */
export type ContextName = 'negated' | 'hypothetical' | 'relative' | 'organisation' | 'other';
/**
 * 'silent' drops the finding; 'info' keeps it, at most at info severity (a hint at better wording); 'keep', set on
 * a term, undoes the rule's effect for that term (a slur is a slur in a negated clause: "never met a junkie").
 */
export type ContextEffect = 'silent' | 'info' | 'keep';

export interface RuleDefinition {
  id: string;
  family: Exclude<Family, 'engine'>;
  severity: Record<Mode, SeveritySetting>;
  docs: RuleDocs;
  examples: { flagged: Example[]; clean: Example[] };
  /**
   * Cheap pre-filter over a block's raw source, for rules written as code. A block it does not match is
   * never parsed for this rule. Must match whenever `check` could report. Rules written as `terms` get
   * their pre-filter from the terms.
   */
  anchor?: RegExp;
  /** The rule as data: what it looks for (see terms/terms.ts). */
  terms?: Term[];
  /** Fields shared by all of the rule's terms. */
  defaults?: TermDefaults;
  /** The message of terms that have none of their own; `{match}` names the flagged words. */
  message?: string;
  /** Skip matches inside an attributed quotation or a `>` blockquote of the patient's words (default true). */
  quoteExempt?: boolean;
  /** What the rule does in each clinical context; contexts it does not name change nothing. */
  contexts?: Partial<Record<ContextName, ContextEffect>>;
  /**
   * Match terms against the run's unmasked source (same offsets) instead of the prose view: for rules
   * that look for what the prose view hides, such as addresses in link targets and autolinks.
   */
  readsSource?: boolean;
  /**
   * Patterns (pattern.ts; `[ ]` marks the lead-in's own words) that open what the rule's findings go on to report: a
   * finding after one in the same sentence starts at it, and findings that then overlap are one (terms.ts, leadInReports).
   */
  leadIn?: string[];
  /** Run on headings and table cells too (default: paragraphs and headings only). */
  kinds?: Array<'paragraph' | 'heading' | 'tableCell'>;
  /** For rules written as code; rules written as `terms` get theirs from the terms. */
  check?(ctx: RunContext): void;
}

export type Rule = RuleDefinition &
  Required<Pick<RuleDefinition, 'quoteExempt' | 'kinds' | 'contexts' | 'check'>> & {
    /** Lower-case words any term can start with (`#num`, `#word`, `#any` for shapes); only for term rules. */
    triggers?: ReadonlySet<string>;
    /** The compiled `leadIn` patterns. */
    leadIns?: readonly CompiledPattern[];
  };

export function defineRule(def: RuleDefinition): Rule {
  if (!/^[a-z]+\.[a-z0-9-]+$/.test(def.id)) throw new Error(`Rule id "${def.id}" must look like family.name`);
  if (def.anchor && (def.anchor.global || def.anchor.sticky)) throw new Error(`Rule ${def.id}: anchor must not be global or sticky`);
  const base = { quoteExempt: true, kinds: ['paragraph', 'heading', 'tableCell'] as Rule['kinds'], contexts: {}, ...def, ...(def.leadIn ? { leadIns: def.leadIn.map(compilePattern) } : {}) };
  if (!def.terms) {
    if (!def.check || !def.anchor) throw new Error(`Rule ${def.id}: needs either terms or an anchor and a check`);
    return { ...base, check: def.check };
  }
  const compiled = compileTerms(def.terms, def.defaults);
  const index = indexTerms(compiled);
  const message = def.message ?? '';
  const check = (ctx: RunContext) => {
    const extra = def.check;
    const view = def.readsSource && typeof ctx.source === 'string' && ctx.source.length === ctx.text.length && ctx.source !== ctx.text ? sourceView(ctx) : ctx;
    for (const hit of findTerms(view, view.tokens(), index, message)) ctx.report(termReport(hit));
    extra?.(ctx);
  };
  // A rule that is only terms can be run by the engine together with the others (linter.ts, findTermsMulti).
  if (!def.check) registerTermRule(check, { index, message, readsSource: def.readsSource === true });
  return { ...base, triggers: termTriggers(compiled), check };
}

/** The run seen through its unmasked source: same offsets and context, other text and tokens. */
function sourceView(ctx: RunContext): RunContext {
  const tokens = tokenize(ctx.source);
  return { ...ctx, text: ctx.source, tokens: () => tokens };
}

