/**
 * Rules as data: a rule lists its terms (patterns over tokens), the words that
 * must or must not stand next to them, and named conditions; this module turns
 * that into reports. Nothing here knows any particular rule.
 */
import type { FixLevel, Mode, Severity } from '../types.ts';
import type { ContextEffect, ContextName, Report, RunContext } from '../rules/define.ts';
import { clauseAt } from '../text/sentences.ts';
import { CONDITIONS, textTestOf, type ConditionName } from './conditions.ts';
import { caseLike, joinRelatives, withArticle } from './grammar.ts';
import { anchorKeys, anchorOf, compilePattern, exact, fillTemplate, GAP, hasWordShape, lastMatch, literalPattern, matchEnd, nextInReach, nextTokenKeys, partFrom, partTo, startsWithMark, WORD_SHAPE_KEYS, type CompiledPattern, type Element, type NextTokens, type PatternMatch, type WordShapeKey } from './pattern.ts';
import type { Token } from './tokens.ts';

/** One thing a rule looks for. Every field but `match` may also be set once for all terms in the rule's `defaults`. */
export interface Term {
  /** One or more patterns (see pattern.ts). */
  match: string | string[];
  /** The match strings are literal text, not patterns (team vocabulary from configuration). */
  literal?: boolean;
  /** What to say; `{match}` is replaced by the flagged words and `$N` by item N's text. Falls back to the rule's `message`. */
  message?: string;
  /** Replacement templates (`$N`, `word/v`); their case and article follow the text. */
  suggest?: string[];
  fix?: FixLevel;
  /** The severity of this term's findings, or one per mode ({ clinical: 'info', reflection: 'warning' }). */
  severity?: Severity | Partial<Record<Mode, Severity>>;
  /** Patterns of which one must end right before the match (a leading `...` allows a gap within the clause). */
  before?: string[];
  /** Patterns none of which may end right before the match. */
  notBefore?: string[];
  /** Patterns of which one must start right after the match (a trailing `...` allows a gap within the clause). */
  after?: string[];
  notAfter?: string[];
  /** Conditions that must all hold. */
  when?: ConditionName[];
  /** Conditions any of which vetoes the match. */
  unless?: ConditionName[];
  /** Clinical contexts for this term, added to the rule's. */
  contexts?: Partial<Record<ContextName, ContextEffect>>;
  /**
   * Patterns that, found later in the same clause (within GAP tokens of the match), carry the finding on to their
   * end: "How are we getting on" goes on to "… with our crutches", the words that say whose the task is. Not when the
   * match already holds one.
   */
  extendTo?: string[];
  /** Words swapped in the text an extension adds, for the suggestions ("our" → "your"); without it an extended finding has none. */
  extendRewrite?: Record<string, string>;
}

export type TermDefaults = Omit<Term, 'match'>;

export interface CompiledTerm {
  patterns: CompiledPattern[];
  term: Term;
  before: CompiledPattern[];
  notBefore: CompiledPattern[];
  after: CompiledPattern[];
  notAfter: CompiledPattern[];
  extendTo: CompiledPattern[];
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function compileTerms(terms: readonly Term[], defaults: TermDefaults = {}): CompiledTerm[] {
  return terms.map((t) => {
    const term: Term = {
      ...defaults,
      ...t,
      notBefore: [...(defaults.notBefore ?? []), ...(t.notBefore ?? [])],
      notAfter: [...(defaults.notAfter ?? []), ...(t.notAfter ?? [])],
      unless: [...(defaults.unless ?? []), ...(t.unless ?? [])],
      contexts: { ...defaults.contexts, ...t.contexts },
    };
    return {
      term,
      patterns: list(t.match).map((m) => (t.literal ? literalPattern(m) : compilePattern(m))),
      before: list(term.before).map(compilePattern),
      notBefore: list(term.notBefore).map(compilePattern),
      after: list(term.after).map(compilePattern),
      notAfter: list(term.notAfter).map(compilePattern),
      extendTo: list(term.extendTo).map(compilePattern),
    };
  });
}

/**
 * The words (and `#num`/`#word`/`#any`) of which a block must hold one for any of the terms to match:
 * for each pattern, the keys of its most selective required item (pattern.ts, anchorKeys).
 */
export function termTriggers(terms: readonly CompiledTerm[]): Set<string> {
  const keys = new Set<string>();
  for (const t of terms) for (const p of t.patterns) for (const k of anchorKeys(p)) keys.add(k);
  return keys;
}

/** The token range [from, to) of the clause around token `i`. */
function clauseTokens(ctx: RunContext, tokens: readonly Token[], from: number, to: number): [number, number] {
  const offset = tokens[from]!.start;
  const clause = clauseAt(ctx.text, ctx.sentenceAt(offset), offset);
  let a = from;
  while (a > 0 && tokens[a - 1]!.start >= clause.start) a--;
  let b = to;
  while (b < tokens.length && tokens[b]!.end <= clause.end) b++;
  return [a, b];
}

/**
 * The most tokens a neighbour pattern can take, so that a `before` pattern is tried from every start it could
 * have: a fixed reach of six tokens silently never matched a longer one ("even after the long discussion,").
 */
const longestOf = new WeakMap<CompiledPattern, number>();
function longest(p: CompiledPattern): number {
  let n = longestOf.get(p);
  if (n === undefined) longestOf.set(p, (n = p.elements.reduce((sum, el) => sum + maxLength(el), 0)));
  return n;
}

function endsBefore(p: CompiledPattern, tokens: readonly Token[], at: number, lo: number): boolean {
  const reach = p.gapBefore ? GAP : 0;
  for (let j = at - 1; j >= lo && j >= at - longest(p) - reach; j--) {
    const to = matchEnd(p, tokens, j, at);
    if (to >= 0 && to >= at - reach) return true;
  }
  return false;
}

function startsAfter(p: CompiledPattern, tokens: readonly Token[], at: number, hi: number): boolean {
  const reach = p.gapAfter ? GAP : 0;
  for (let j = at; j <= at + reach && j < hi; j++) {
    if (matchEnd(p, tokens, j, hi) >= 0) return true;
  }
  return false;
}

/** Whether a match passes the term's neighbours and conditions. */
function accepted(ctx: RunContext, t: CompiledTerm, tokens: readonly Token[], m: PatternMatch, span: { start: number; end: number }): boolean {
  const { term } = t;
  if (t.before.length || t.notBefore.length || t.after.length || t.notAfter.length) {
    // Adjacent neighbours may sit across a clause break ("not, …" is rare; "refuse bins" never is), so
    // adjacency is checked on the whole run and only gaps are kept inside the clause. The clause is found only
    // when a gapped neighbour asks for it: most terms have none, and finding it was a tenth of the checks' cost.
    let clause: [number, number] | undefined;
    const lo = (p: CompiledPattern) => (p.gapBefore ? (clause ??= clauseTokens(ctx, tokens, m.from, m.to))[0] : 0);
    const hi = (p: CompiledPattern) => (p.gapAfter ? (clause ??= clauseTokens(ctx, tokens, m.from, m.to))[1] : tokens.length);
    if (t.notBefore.some((p) => endsBefore(p, tokens, m.from, lo(p)))) return false;
    if (t.before.length && !t.before.some((p) => endsBefore(p, tokens, m.from, lo(p)))) return false;
    if (t.notAfter.some((p) => startsAfter(p, tokens, m.to, hi(p)))) return false;
    if (t.after.length && !t.after.some((p) => startsAfter(p, tokens, m.to, hi(p)))) return false;
  }
  if (term.when?.some((name) => !CONDITIONS[name](ctx, span))) return false;
  if (term.unless?.some((name) => CONDITIONS[name](ctx, span))) return false;
  return true;
}

/**
 * Where an accepted match `[a, b)` goes on to (Term.extendTo): the end token of the first extension in its clause that
 * ends past it, or -1. An extension already inside the match gives none.
 */
function extensionEnd(ctx: RunContext, t: CompiledTerm, tokens: readonly Token[], a: number, b: number): number {
  for (const p of t.extendTo) for (let k = a; k < b; k++) if (matchEnd(p, tokens, k, b) >= 0) return -1;
  const [, hi] = clauseTokens(ctx, tokens, a, b);
  // An extension may begin inside the match ("Have we opened our" goes on to "… our bowels"), but must end past it.
  for (let j = a; j <= b + GAP && j < hi; j++) {
    for (const p of t.extendTo) {
      const to = matchEnd(p, tokens, j, hi);
      if (to > b) return to;
    }
  }
  return -1;
}

/** The text an extension adds, with the term's word swaps ("with our crutches" → "with your crutches"). */
function rewritten(text: string, swaps: Record<string, string>): string {
  // Each swapped word takes the case of the one it replaces, as a suggestion takes the case of its text.
  return text.replace(/[\p{L}']+/gu, (w) => {
    const to = swaps[w.toLowerCase()];
    return to === undefined ? w : caseLike(w, to, false);
  });
}

/** True when nothing but list markers, labels or opening punctuation precedes `offset` in its sentence. */
function sentenceInitial(ctx: RunContext, offset: number): boolean {
  const lead = ctx.text.slice(ctx.sentenceAt(offset).start, offset);
  return !/[\p{L}\p{N}]/u.test(lead.replace(/^[^:]{0,30}:/u, ''));
}

export interface TermHit {
  report: Report;
  /** Term-level contexts, applied by the engine with the rule's own. */
  contexts: Partial<Record<ContextName, ContextEffect>> | undefined;
}

/** The report a hit gives the engine: with the term's contexts when it declares any. */
export function termReport(hit: TermHit): Report {
  return hit.contexts && Object.keys(hit.contexts).length ? { ...hit.report, contexts: hit.contexts } : hit.report;
}

/** One pattern of one term in the trigger index, entered under the keys of its most selective item. */
export interface IndexEntry {
  term: CompiledTerm;
  order: number;
  pattern: CompiledPattern;
  /** The item whose keys index the entry, and how many tokens the items before it can take. */
  anchor: number;
  before: [number, number];
  /**
   * For a one-token pattern ("#word") whose term requires conditions on the matched text alone: those tests,
   * run on the token before anything is built. They are the term's own `when` conditions, so a token that fails
   * them is one whose match `accepted` would refuse; "#word" was otherwise tried in full at every word.
   */
  pretest?: (text: string) => boolean;
  /** The words the item after the anchor starts with, and how far ahead (see nextTokenKeys), when the pattern says. */
  next?: NextTokens;
}

export type TermIndex = ReadonlyMap<string, readonly IndexEntry[]>;

type Found = TermHit & { order: number };

/**
 * Tries one index entry found at token `i` (its anchor item's token): each start the items before the anchor
 * allow, in order, and pushes each accepted match's report onto `found`.
 */
function tryEntry(ctx: RunContext, tokens: readonly Token[], entry: IndexEntry, i: number, ruleMessage: string, found: Found[]): void {
  const { term: t, order, pattern: p, anchor, before } = entry;
  if (entry.pretest !== undefined && !entry.pretest(tokens[i]!.text)) return;
  if (entry.next !== undefined && !nextInReach(entry.next, tokens, i)) return;
  for (let d = before[0]; d <= before[1]; d++) {
    const from = i - d;
    if (from < 0) break;
    const to = matchEnd(p, tokens, from);
    // Found through its anchor item: the item must be the one at this token (also when the keyed word is inside it).
    if (to < 0 || ((anchor > 0 || d > 0) && !(partFrom(anchor) <= i && i < partTo(anchor)))) continue;
    const a = p.spanFrom < p.elements.length ? partFrom(p.spanFrom) : from;
    const b = p.spanTo > 0 ? partTo(p.spanTo - 1) : to;
    if (b <= a) continue;
    // The match object is built only now that the match stands (the neighbour checks below reuse the matcher).
    const m = lastMatch(p, from, to);
    const span = { start: tokens[a]!.start, end: tokens[b - 1]!.end };
    if (!accepted(ctx, t, tokens, m, span)) continue;
    const extended = t.extendTo.length ? extensionEnd(ctx, t, tokens, a, b) : -1;
    const end = extended > 0 ? tokens[extended - 1]!.end : span.end;
    const tail = extended > 0 && t.term.extendRewrite ? rewritten(ctx.text.slice(span.end, end), t.term.extendRewrite) : '';
    const matched = ctx.text.slice(span.start, end);
    // A message may quote an item of the match as `$N`, like a suggestion ("write \"autistic $2\""); items
    // are filled in before the flagged words, whose own text may hold a "$4" ("a $40 gift card").
    const template = t.term.message ?? ruleMessage;
    const withItems = /\$\d/.test(template) ? template.replace(/\$(\d)/g, (_, d: string) => fillTemplate(`$${d}`, m, tokens, ctx.text)) : template;
    const message = withItems.replace(/\{match\}/g, () => matched.replace(/\s+/g, ' '));
    const initial = sentenceInitial(ctx, span.start);
    let start = span.start;
    const suggestions: string[] = [];
    for (const template of extended > 0 && !t.term.extendRewrite ? [] : t.term.suggest ?? []) {
      // A unit written onto its number ("10U") is replaced with a space before it ("10 units").
      const spaced = tokens[a]!.joined && tokens[a - 1]?.shape === 'number' && /^\p{L}/u.test(template) ? ' ' : '';
      const filled = spaced + joinRelatives(ctx.text, span.end, caseLike(ctx.text.slice(span.start, span.end), fillTemplate(template, m, tokens, ctx.text), initial)) + tail;
      const fitted = withArticle(ctx.text, span.start, filled);
      // All suggestions of a report replace the same range: only the first may reach back for its article.
      if (suggestions.length === 0) start = fitted.start;
      suggestions.push(fitted.start === start ? fitted.replacement : filled);
    }
    const report: Report = { start, end, message, suggestions, fix: extended > 0 && !suggestions.length ? 'none' : t.term.fix ?? (suggestions.length ? 'suggest' : 'none') };
    const severity = typeof t.term.severity === 'object' ? t.term.severity[ctx.mode] : t.term.severity;
    if (severity) report.severity = severity;
    // Patterns of one term that match at the same place overlap; the longest is kept below.
    found.push({ report, contexts: t.term.contexts, order });
  }
}

/**
 * A rule's lead-ins (RuleDefinition.leadIn): words that open what its findings go on to report, such as the telling in
 * "Told pt that if she pulls her NG tube again she will be restrained" or "Pt was told it is not his decision". A finding
 * that follows a lead-in in the same sentence, with no semicolon or new joined clause (", and …", "later") between, starts at the lead-in (one that holds the
 * lead-in's own words, "was told" at "told", stays as it is, suggestion and all), and findings that then
 * overlap are one finding ("Told pt she is not allowed to run …, no exceptions" is one ruling, not three), with the
 * message of the first one moved. Only findings that survived the engine's contexts are given here, so a ruling in an
 * attributed quotation is never brought back; a lead-in inside a quotation leads nothing. A moved or joined finding
 * keeps no suggestion: its span is no longer the words a suggestion was written for.
 */
/** What ends a lead-in's reach: a semicolon, a line break, or a new clause joined on ("…, and later she was made to …"). */
const LEAD_BREAK = /[;\n]|,\s*(?:and|but|so|then)\b|\b(?:and|but) (?:then|later|afterwards)\b|\b(?:later|afterwards|after that)\b/i;

export function leadInReports(ctx: RunContext, reports: readonly Report[], leads: readonly CompiledPattern[]): Report[] {
  if (reports.length === 0 || leads.length === 0) return [...reports];
  const tokens = ctx.tokens();
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const p of leads) {
      const to = matchEnd(p, tokens, i);
      if (to < 0) continue;
      const a = p.spanFrom < p.elements.length ? partFrom(p.spanFrom) : i;
      const b = p.spanTo > 0 ? partTo(p.spanTo - 1) : to;
      if (b <= a) continue;
      const span = { start: tokens[a]!.start, end: tokens[b - 1]!.end };
      if (!ctx.quoteAt(span.start, span.end)) spans.push(span);
      break;
    }
  }
  if (spans.length === 0) return [...reports];
  const moved = reports
    .map((r) => {
      if (ctx.quoteAt(r.start, r.end)) return { report: r, moved: false, from: r.start };
      const sentence = ctx.sentenceAt(r.start);
      let lead: { start: number; end: number } | undefined;
      for (const s of spans) if (s.start >= sentence.start && s.end <= r.start && !LEAD_BREAK.test(ctx.text.slice(s.end, r.start))) lead = s;
      return lead ? { report: { ...r, start: lead.start }, moved: true, from: r.start } : { report: r, moved: false, from: r.start };
    })
    .sort((x, y) => x.report.start - y.report.start);
  const out: Report[] = [];
  for (let i = 0; i < moved.length; ) {
    let j = i + 1;
    let end = moved[i]!.report.end;
    while (j < moved.length && moved[j]!.report.start < end) end = Math.max(end, moved[j++]!.report.end);
    const cluster = moved.slice(i, j);
    const pick = cluster.find((c) => c.moved) ?? cluster[0]!;
    const chosen = pick.report;
    if (cluster.length === 1 && !pick.moved) out.push(chosen);
    else {
      // The message names the flagged words: name the whole span now flagged.
      const start = cluster[0]!.report.start;
      const words = (a: number, b: number) => `"${ctx.text.slice(a, b).replace(/\s+/g, ' ')}"`;
      const message = chosen.message.replace(words(pick.from, chosen.end), () => words(start, end));
      out.push({ ...chosen, start, end, message, suggestions: [], fix: 'none' });
    }
    i = j;
  }
  return out;
}

/** Where matches overlap, the longest wins, then the earlier term, so each problem is reported once. */
function resolveOverlaps(found: Found[]): TermHit[] {
  found.sort((x, y) => x.report.start - y.report.start);
  const kept: TermHit[] = [];
  for (let i = 0; i < found.length; ) {
    let j = i + 1;
    let clusterEnd = found[i]!.report.end;
    while (j < found.length && found[j]!.report.start < clusterEnd) clusterEnd = Math.max(clusterEnd, found[j++]!.report.end);
    const cluster = found.slice(i, j).sort((x, y) => y.report.end - y.report.start - (x.report.end - x.report.start) || x.order - y.order);
    const chosen: TermHit[] = [];
    for (const { order: _o, ...hit } of cluster) if (!chosen.some((k) => hit.report.start < k.report.end && hit.report.end > k.report.start)) chosen.push(hit);
    kept.push(...chosen.sort((x, y) => x.report.start - y.report.start));
    i = j;
  }
  return kept;
}

/**
 * Finds the terms in a run's tokens. `index` maps a lower-case trigger to the
 * terms that may start there. Where matches overlap, the longest wins, then
 * the earlier term, so each problem is reported once.
 */
export function findTerms(ctx: RunContext, tokens: readonly Token[], index: TermIndex, ruleMessage: string): TermHit[] {
  const found: Found[] = [];
  const numKey = index.get('#num');
  const wordShaped = wordShapedLists(index);
  const anyKey = index.get('#any');
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const direct = index.get(tok.lower);
    if (direct) for (const entry of direct) tryEntry(ctx, tokens, entry, i, ruleMessage, found);
    if (tok.shape === 'word') for (const [key, list] of wordShaped) if (hasWordShape(key, tok)) for (const entry of list) tryEntry(ctx, tokens, entry, i, ruleMessage, found);
    if (tok.shape === 'number' && numKey) for (const entry of numKey) tryEntry(ctx, tokens, entry, i, ruleMessage, found);
    if (anyKey) for (const entry of anyKey) tryEntry(ctx, tokens, entry, i, ruleMessage, found);
  }
  return resolveOverlaps(found);
}

/** The index's lists under word-shape keys ("#word", "#cap", …; pattern.ts, WORD_SHAPE_KEYS), with their keys. */
function wordShapedLists<T>(index: ReadonlyMap<string, T>): Array<readonly [WordShapeKey, T]> {
  const lists: Array<readonly [WordShapeKey, T]> = [];
  for (const key of WORD_SHAPE_KEYS) {
    const list = index.get(key);
    if (list) lists.push([key, list]);
  }
  return lists;
}

/**
 * What the engine needs to run a term rule itself: its trigger index and message. Registered by the rule's
 * own check function, so a rule whose check has been replaced (tests do this) is simply run as code.
 */
export interface TermRule {
  index: TermIndex;
  message: string;
  readsSource: boolean;
}

const TERM_RULES = new WeakMap<object, TermRule>();

export function registerTermRule(check: object, rule: TermRule): void {
  TERM_RULES.set(check, rule);
}

/** The term rule whose check this is, if it is one. */
export function termRuleOf(check: object): TermRule | undefined {
  return TERM_RULES.get(check);
}

/** An index entry of one rule in the index of many: `slot` is the rule's place in the list. */
interface SlotEntry {
  slot: number;
  entry: IndexEntry;
}

/** The trigger indexes of several rules as one, so a run's tokens are read once for all of them. */
export interface MultiIndex {
  byKey: Map<string, SlotEntry[]>;
  /** The lists of `byKey` under word-shape keys, looked up by the token's shape rather than its text. */
  wordShaped: Array<readonly [WordShapeKey, SlotEntry[]]>;
  /** The lists under "#num", "#any" and "#emoji", looked up once here rather than for every run. */
  numKey: SlotEntry[] | undefined;
  anyKey: SlotEntry[] | undefined;
  emojiKey: SlotEntry[] | undefined;
  rules: ReadonlyArray<TermRule | undefined>;
}

/** Merges the rules' indexes; under each key, the entries keep their rule's order and their order within it. */
export function multiIndex(rules: ReadonlyArray<TermRule | undefined>): MultiIndex {
  const byKey = new Map<string, SlotEntry[]>();
  rules.forEach((rule, slot) => {
    if (!rule) return;
    // An entry listed under several keys gets one slot entry, shared by them.
    const slotEntries = new Map<IndexEntry, SlotEntry>();
    const slotEntry = (entry: IndexEntry): SlotEntry => {
      let made = slotEntries.get(entry);
      if (!made) slotEntries.set(entry, (made = { slot, entry }));
      return made;
    };
    // A rule whose every any-token entry starts with an emoji is looked up at marks outside ASCII only: trying
    // it at every token was 212,000 attempts for the 357 notes, and at every comma and full stop still 32,000.
    // Moved all together, so the rule's order holds.
    const marksOnly = rule.index.get('#any')?.every((e) => e.anchor === 0 && startsWithMark(e.pattern)) ?? false;
    for (const [k, entries] of rule.index) {
      const key = k === '#any' && marksOnly ? '#emoji' : k;
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      for (const entry of entries) list.push(slotEntry(entry));
    }
  });
  for (const [key, list] of byKey) byKey.set(key, exact(list));
  return { byKey, wordShaped: wordShapedLists(byKey), numKey: byKey.get('#num'), anyKey: byKey.get('#any'), emojiKey: byKey.get('#emoji'), rules };
}

/** Per rule slot: its hits, or the error it failed with. */
export type MultiResult = Array<TermHit[] | { error: unknown } | undefined>;

/**
 * `findTerms` for every rule slot with `active[slot]` set, in one pass over the tokens. Each rule gets exactly
 * the hits (in the same order) that its own `findTerms` would give; a rule that throws loses only its own.
 */
export function findTermsMulti(ctx: RunContext, tokens: readonly Token[], multi: MultiIndex, active: Uint8Array): MultiResult {
  // One array for the matches and then the results: a slot's matches are resolved in place. Failures are rare, so
  // their array is made only when one happens (these arrays were made for every run of every note).
  const found: Array<Found[] | undefined> = new Array(multi.rules.length);
  let failed: Array<{ error: unknown } | undefined> | undefined;
  const { byKey, numKey, emojiKey } = multi;
  // Only the word-shape lists that hold an enabled rule: in clinical mode the identifier rules' "#cap" and "#word" are off.
  const wordShaped = multi.wordShaped.filter(([, list]) => list.some((e) => active[e.slot]));
  const visit = (list: readonly SlotEntry[], i: number) => {
    for (let k = 0; k < list.length; k++) {
      const { slot, entry } = list[k]!;
      if (!active[slot]) continue;
      try {
        tryEntry(ctx, tokens, entry, i, multi.rules[slot]!.message, (found[slot] ??= []));
      } catch (error) {
        (failed ??= new Array(multi.rules.length))[slot] = { error };
        active[slot] = 0;
      }
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const direct = byKey.get(tok.lower);
    if (direct) visit(direct, i);
    if (tok.shape === 'word') {
      for (let w = 0; w < wordShaped.length; w++) if (hasWordShape(wordShaped[w]![0], tok)) visit(wordShaped[w]![1], i);
    } else {
      const shaped = tok.shape === 'number' ? numKey : tok.text.charCodeAt(0) > 0x7f ? emojiKey : undefined;
      if (shaped) visit(shaped, i);
    }
    if (multi.anyKey) visit(multi.anyKey, i);
  }
  const out = found as MultiResult;
  for (let slot = 0; slot < out.length; slot++) {
    const error = failed?.[slot];
    if (error) out[slot] = error;
    else if (found[slot]) {
      try {
        out[slot] = resolveOverlaps(found[slot]!);
      } catch (error) {
        out[slot] = { error };
      }
    }
  }
  return out;
}

/** The most tokens one item can take (a hyphenated compound is three). */
const maxLength = (el: Element) => el.max * Math.max(...el.alternatives.map((alt) => alt.length));

/** The term's `when` tests on the matched text, when the pattern is exactly one token (see IndexEntry.pretest). */
function textPretest(term: CompiledTerm, pattern: CompiledPattern): ((text: string) => boolean) | undefined {
  const el = pattern.elements[0]!;
  const oneToken = pattern.elements.length === 1 && el.min === 1 && el.max === 1 && el.alternatives.length === 1 && el.alternatives[0]!.length === 1 && !el.alternatives[0]![0]!.optional;
  if (!oneToken) return undefined;
  const tests = (term.term.when ?? []).map(textTestOf).filter((t): t is (text: string) => boolean => t !== undefined);
  if (tests.length === 0) return undefined;
  return tests.length === 1 ? tests[0] : (text) => tests.every((test) => test(text));
}

/**
 * Builds the trigger index of one rule's terms. A pattern is entered under the keys of its most selective
 * item (anchorKeys), not necessarily its first: "#num cc" is looked for at each "cc", not at every number,
 * and the match is then tried from each token where the items before the anchor could start.
 */
export function indexTerms(terms: readonly CompiledTerm[]): Map<string, IndexEntry[]> {
  const index = new Map<string, IndexEntry[]>();
  terms.forEach((term, order) => {
    for (const pattern of term.patterns) {
      const { index: anchor, groups } = anchorOf(pattern);
      const lead = pattern.elements.slice(0, anchor);
      const leadMin = lead.reduce((n, el) => n + el.min, 0);
      const leadMax = lead.reduce((n, el) => n + maxLength(el), 0);
      const pretest = textPretest(term, pattern);
      // One entry per reach, under each of its keys (a verb's forms, a list's words): the same object, as it is only read.
      for (const { keys, offset } of groups) {
        const before: [number, number] = [leadMin + offset[0], leadMax + offset[1]];
        const next = offset[0] === 0 && offset[1] === 0 ? nextTokenKeys(pattern, anchor) : undefined;
        // Every entry has the same fields, so the loop that tries them sees one shape of object.
        const entry: IndexEntry = { term, order, pattern, anchor, before, pretest, next };
        for (const k of keys) {
          let entries = index.get(k);
          if (!entries) index.set(k, (entries = []));
          entries.push(entry);
        }
      }
    }
  });
  for (const [k, entries] of index) index.set(k, exact(entries));
  return index;
}
