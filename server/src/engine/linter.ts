/**
 * The lint pipeline: front matter → settings → blocks → (lazy) prose runs →
 * rules → directives → findings.
 *
 * A Linter keeps a bounded cache of per-block results keyed by the block's text
 * and everything a rule can see (mode, section, preferences, enabled rules), so
 * re-linting a long note after a keystroke parses and checks only the block
 * that changed. Blocks in which no enabled rule's anchor occurs are never
 * parsed, which is what makes batch runs fast.
 */
import type { Family, Finding, LintOptions, LintResult, Mode, Severity, SeveritySetting } from './types.ts';
import { scanBlocks, type Block, type FrontMatter } from './prose/blocks.ts';
import { proseRuns, type ProseRun } from './prose/parse.ts';
import { fastProseRuns } from './prose/fast.ts';
import { parseUnits, plainRuns, type ParseUnit } from './prose/units.ts';
import { proseOnly } from './prose/prose-only.ts';
import { detach } from './text/detach.ts';
import { unchanged } from './text/unchanged.ts';
import { inSectionLabel, scanSections, sectionAt, type Section, type SectionMark } from './context/sections.ts';
import { scanPatient, statedPreference, type PatientFacts } from './context/patient.ts';
import { readFrontMatter, type NoteSettings } from './frontmatter.ts';
import { scanDirectives, suppression } from './directives.ts';
import { triggeredRules, type Index as TriggerIndex } from './terms/trigger-index.ts';
import type { Token } from './terms/tokens.ts';
import { WORD_SHAPE_KEYS } from './terms/pattern.ts';
import { isMention } from './terms/conditions.ts';
import { findTermsMulti, leadInReports, multiIndex, termReport, termRuleOf, type MultiIndex, type TermRule } from './terms/terms.ts';
import type { Report, Rule } from './rules/define.ts';
import { contextEffect, makeRunContext } from './run-context.ts';
import { RULES, RULES_BY_ID } from './rules/index.ts';
import { FAMILIES } from './types.ts';
import { vocabularyRule } from './rules/vocabulary.ts';
import { acceptedRanges } from './accepted.ts';
import { ENGINE_MESSAGES } from './messages.ts';

export const DEFAULT_DOCS_BASE = 'https://github.com/rapport-notes/rapport/blob/main/docs/rules/';
/** Larger inputs are reported, not linted: nobody writes a 20 MB clinical note. */
export const MAX_LINT_CHARS = 20 * 1024 * 1024;
/** Beyond this many findings in one note, linting stops (see `maxFindings`). */
export const DEFAULT_MAX_FINDINGS = 2_000;
/** Default bound of the block cache, in characters of keys and results (about 8 MB of strings). */
export const DEFAULT_CACHE_CHARS = 4_000_000;
/** Notes whose last version a linter keeps for the next keystroke (an editor has a few open at once). */
const RECENT_NOTES = 4;
/** What a cached finding costs besides its strings (object, offsets, array slot), in characters. */
const FINDING_OVERHEAD = 48;

/**
 * A finding before configuration is applied, as cached per parse unit. It names its rule by id, never by
 * object: rule objects (a team vocabulary's) are rebuilt, and a cached result outlives them.
 */
interface RawFinding {
  ruleId: string;
  family: Family;
  /** For `rapport.rule-error`: the rule that failed. */
  failed?: string;
  /** Offsets relative to the unit. */
  start: number;
  end: number;
  report: Report;
}

interface EffectiveSettings {
  mode: Mode;
  rules: Array<{ rule: Rule; severity: Severity; explicit: boolean }>;
  key: string;
  /**
   * Names the enabled rules when all of them are the built-in ones (no team vocabulary): what the trigger
   * index and the plan depend on, so that they can be shared by every linter (see SHARED).
   */
  ruleList?: string;
  languagePreference: NonNullable<LintOptions['languagePreference']>;
  preferenceStated: boolean;
  identifiesAs: string[];
  blockquotesAreQuotes: boolean;
}

function modeFromFileName(fileName: string | undefined): Mode | undefined {
  if (!fileName) return undefined;
  const normalised = fileName.replace(/\\/g, '/').toLowerCase();
  if (/\.reflection\.(md|markdown)$/.test(normalised) || /(^|\/)reflections?\//.test(normalised)) return 'reflection';
  return undefined;
}

/** The rule's severity for this mode after configuration, and whether the user set it explicitly. */
function severityFor(rule: Rule, mode: Mode, overrides: Array<Record<string, SeveritySetting> | undefined>): { severity: SeveritySetting; explicit: boolean } {
  let severity = rule.severity[mode];
  let explicit = false;
  for (const layer of overrides) {
    if (!layer) continue;
    const byFamily = layer[rule.family];
    if (byFamily) [severity, explicit] = [byFamily, true];
    const byId = layer[rule.id];
    if (byId) [severity, explicit] = [byId, true];
  }
  return { severity, explicit };
}

/** Longest stretch of prose a rule sees at once. */
export const MAX_SEGMENT = 8_000;

/**
 * Splits a very long run (a pasted transcript, a note with no paragraph breaks) into segments of
 * whole sentences, so that no rule can take time quadratic in the size of a paragraph. Context
 * never needs to reach across thousands of characters; quotation and clause scope stay within
 * a segment.
 */
function segments(run: ProseRun): ProseRun[] {
  if (run.text.length <= MAX_SEGMENT) return [run];
  const out: ProseRun[] = [];
  let from = 0;
  while (from < run.text.length) {
    let to = Math.min(run.text.length, from + MAX_SEGMENT);
    if (to < run.text.length) {
      // Prefer the last sentence end in the window, then the last white space.
      const window = run.text.slice(from, to);
      const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const space = window.lastIndexOf(' ');
      const cut = sentenceEnd > MAX_SEGMENT / 2 ? sentenceEnd + 1 : space > MAX_SEGMENT / 2 ? space : window.length;
      to = from + cut;
    }
    out.push({ ...run, start: run.start + from, text: run.text.slice(from, to) });
    from = to;
  }
  return out;
}

const RULE_ERROR = 'rapport.rule-error';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * A finding's severity: the one the user chose for the rule wins over a rule's per-finding variant
 * (e.g. a weaker form at info); a clinical context that softens the finding caps it at info either way.
 */
function findingSeverity(report: Report, chosen: { severity: Severity; explicit: boolean }): Severity {
  const severity = chosen.explicit ? chosen.severity : (report.severity ?? chosen.severity);
  return report.atMostInfo && RANK[severity] < RANK.info ? 'info' : severity;
}

let known: Set<string> | undefined;
/** Ids a directive may name: rules, families and the engine's own ids. */
function knownIds(): Set<string> {
  known ??= new Set<string>([...RULES_BY_ID.keys(), ...FAMILIES, ...ENGINE_MESSAGES.map((m) => m.id)]);
  return known;
}

interface CacheEntry {
  /** Everything besides the unit's text that its findings depend on (settings, section, age, reading, prefix). */
  context: string;
  findings: RawFinding[];
  /** Characters this entry holds (key and result), for the byte bound. */
  chars: number;
}

/**
 * A unit's cached results, one per context it was checked in, under its text. The text is the map key on its own
 * so that a keystroke's lookups hash only the units' own strings, which the block memo hands back unchanged (a
 * key concatenated per lookup had to be copied and hashed whole, a sixth of a keystroke's re-lint).
 */
interface CacheBucket {
  /** The detached key, for refreshing the entry's recency without pinning the note it was first cut from. */
  key: string;
  entries: CacheEntry[];
}

/** What a block's text alone determines, remembered across keystrokes (see `Linter.blockFacts`). */
interface BlockFacts {
  units: ParseUnit[];
  /** Section labels in the block, at offsets within it. */
  marks: SectionMark[];
}

/** Whether a run holds one of a term rule's trigger words (the block did; most of its runs do not). */
function runMayMatch(triggers: ReadonlySet<string>, tokens: readonly Token[]): boolean {
  if (triggers.has('#any')) return true;
  const words = WORD_SHAPE_KEYS.some((key) => triggers.has(key));
  const numbers = triggers.has('#num');
  for (const t of tokens) {
    if (triggers.has(t.lower)) return true;
    if ((words && t.shape === 'word') || (numbers && t.shape === 'number')) return true;
  }
  return false;
}

/** How a rule runs on a run (checkUnit). */
const ALONE = 1;
const TOGETHER = 2;

/** The enabled rules of one settings id: each rule's slot, the check its term data belongs to, and the merged index. */
interface Plan {
  slotOf: Map<Rule, number>;
  checks: Array<Rule['check']>;
  rules: Array<TermRule | undefined>;
  multi: MultiIndex;
}

/**
 * Trigger indexes and plans of the built-in rules, by the list of those enabled, shared by all linters: they
 * depend on nothing else, and built in the CLI's startup snapshot they no longer cost each run 35 ms (the
 * snapshot's warm-up lint made them for its own linter, which the run does not use).
 */
const SHARED = { triggerIndexes: new Map<string, TriggerIndex>(), plans: new Map<string, Plan>() };

export class Linter {
  private cache = new Map<string, CacheBucket>();
  private cacheChars = 0;
  private cacheEntries = 0;
  private blockMemo = new Map<string, BlockFacts>();
  private blockMemoChars = 0;
  /** The last version linted of the most recent notes, by file name, with its blocks' facts (see `factsOf`). */
  private recent = new Map<string, { text: string; blocks: Block[]; facts: BlockFacts[] }>();
  private settingsIds = new Map<string, string>();
  /** Trigger indexes of the enabled rules, by settings id. */
  private triggerIndexes = new Map<string, TriggerIndex>();
  private nextSettingsId = 0;
  private readonly maxEntries: number;
  private readonly maxChars: number;

  /**
   * @param options.cacheEntries most parse units remembered (0 = no cache);
   * @param options.cacheChars most characters of keys and results remembered. Both bounds hold: a
   *   keystroke in a long block adds that whole block, so an entry count alone let memory grow without end.
   */
  constructor(options: { cacheEntries?: number; cacheChars?: number } = {}) {
    this.maxEntries = options.cacheEntries ?? 20_000;
    this.maxChars = options.cacheChars ?? DEFAULT_CACHE_CHARS;
  }

  /** Size of the block cache (for tests and benchmarks). */
  cacheStats(): { entries: number; chars: number } {
    return { entries: this.cacheEntries, chars: this.cacheChars + this.blockMemoChars };
  }

  /** Characters the block memo may hold: a quarter of the cache's bound, the rest being the units' results. */
  private get blockMemoBound(): number {
    return this.maxChars / 4;
  }

  /**
   * A block's parse units and section labels, from the memo when the block is unchanged since an earlier lint.
   * Both depend on the block's text alone (a block starts and ends outside fenced code, HTML and comments, and
   * a section label is one line), so a keystroke recomputes them for the edited block only: over the whole note
   * they were a third of a keystroke's re-lint of a long note.
   */
  /**
   * The facts of every block of a note. Blocks inside the stretches a keystroke left unchanged take the facts of
   * the same block of the previous version, found by position; only the others are looked up by their text,
   * which costs hashing it (for 1,000 lines, a tenth of a keystroke's re-lint).
   */
  private factsOf(text: string, scan: { blocks: Block[]; codeRanges: ReadonlyArray<readonly [number, number]> }, name: string): BlockFacts[] {
    const before = this.maxEntries > 0 ? this.recent.get(name) : undefined;
    let previous: (block: Block) => BlockFacts | undefined = () => undefined;
    if (before) {
      const { prefix, suffix } = unchanged(before.text, text);
      const shift = text.length - before.text.length;
      const byStart = new Map(before.blocks.map((b, i) => [b.start, i]));
      previous = (block) => {
        const end = block.start + block.text.length;
        const i = end <= prefix ? byStart.get(block.start) : block.start >= text.length - suffix ? byStart.get(block.start - shift) : undefined;
        return i !== undefined && before.blocks[i]!.text.length === block.text.length ? before.facts[i] : undefined;
      };
    }
    const facts = scan.blocks.map((block) => previous(block) ?? this.blockFacts(block, scan.codeRanges));
    if (this.maxEntries > 0) {
      this.recent.delete(name);
      this.recent.set(name, { text, blocks: scan.blocks, facts });
      if (this.recent.size > RECENT_NOTES) this.recent.delete(this.recent.keys().next().value!);
    }
    return facts;
  }

  private blockFacts(block: Block, codeRanges: ReadonlyArray<readonly [number, number]>): BlockFacts {
    const known = this.blockMemo.get(block.text);
    if (known) {
      this.blockMemo.delete(block.text);
      this.blockMemo.set(block.text, known);
      return known;
    }
    const end = block.start + block.text.length;
    const local = codeRanges.filter(([s, e]) => s < end && e > block.start).map(([s, e]) => [s - block.start, e - block.start] as const);
    if (this.maxEntries === 0) return { units: parseUnits(block.text), marks: scanSections(block.text, local) };
    // Detached, so that the memo (and the units cut from it) pin this block only, never the note.
    const text = detach(block.text);
    const facts: BlockFacts = { units: parseUnits(text), marks: scanSections(text, local) };
    if (text.length > this.blockMemoBound / 4) return facts;
    this.blockMemo.set(text, facts);
    this.blockMemoChars += text.length + FINDING_OVERHEAD * (facts.units.length + facts.marks.length);
    while (this.blockMemo.size > this.maxEntries || this.blockMemoChars > this.blockMemoBound) {
      const [oldest, old] = this.blockMemo.entries().next().value!;
      this.blockMemoChars -= oldest.length + FINDING_OVERHEAD * (old.units.length + old.marks.length);
      this.blockMemo.delete(oldest);
    }
    return facts;
  }

  lint(text: string, options: LintOptions = {}): LintResult {
    const docsBase = options.docsBaseUrl ?? DEFAULT_DOCS_BASE;
    const engineFinding = (ruleId: string, start: number, end: number, message: string, severity: Severity = 'warning'): Finding => ({
      ruleId,
      family: 'engine' as Family,
      severity,
      message,
      start,
      end,
      text: text.slice(start, end),
      suggestions: [],
      fix: 'none',
      docsUrl: `${docsBase}${ruleId}.md`,
    });

    if (text.length > MAX_LINT_CHARS) {
      const mb = (text.length / 1024 / 1024).toFixed(1);
      return { mode: options.mode ?? 'clinical', findings: [engineFinding('rapport.unlintable', 0, 0, `This file is ${mb} MB, above the ${MAX_LINT_CHARS / 1024 / 1024} MB limit for one note; it was not linted.`, 'info')] };
    }
    if (text.includes('\u0000')) {
      return { mode: options.mode ?? 'clinical', findings: [engineFinding('rapport.unlintable', 0, 0, 'This file contains binary data (NUL bytes), so it is not a text note; it was not linted.', 'info')] };
    }

    // Every finding, the engine's own messages included, counts against the cap.
    const cap = Math.max(0, options.maxFindings ?? DEFAULT_MAX_FINDINGS);
    const findings: Finding[] = [];
    let capped = false;
    const add = (f: Finding): boolean => {
      if (findings.length >= cap) {
        capped = true;
        return false;
      }
      findings.push(f);
      return true;
    };
    const result = (mode: Mode): LintResult => {
      // Pathological input (a pasted transcript full of one term) must not stall the editor.
      if (capped) findings.push(engineFinding('rapport.too-many-findings', 0, 0, `Stopped after ${cap} findings; the rest of this note was not checked. Fix these first, or raise the limit.`, 'info'));
      findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
      return { mode, findings };
    };

    const scan = scanBlocks(text);
    let note: NoteSettings = {};
    if (scan.frontMatter) {
      const { settings, problems } = this.frontMatter(scan.frontMatter);
      note = settings;
      for (const p of problems) if (!add(engineFinding('rapport.front-matter', p.start, p.end, p.message))) break;
    }
    // A preference the note records in its own words applies to the note, unless its front matter states one.
    if (note.languagePreference === undefined) {
      const stated = statedPreference(text, scan.codeRanges);
      if (stated) note = { ...note, languagePreference: stated };
    }
    const settings = this.settings(options, note);
    if (settings.rules.length === 0) return result(settings.mode);

    // Section marks: the front matter's lines (it is no block) and then each block's, moved to note offsets.
    const facts = this.factsOf(text, scan, options.fileName ?? '');
    const sections: SectionMark[] = scan.frontMatter ? scanSections(text.slice(0, scan.frontMatter.end), []) : [];
    facts.forEach(({ marks }, b) => {
      const at = scan.blocks[b]!.start;
      for (const mark of marks) sections.push({ offset: at + mark.offset, section: mark.section });
    });
    const patient = scanPatient(text, scan.codeRanges);
    const directives = scanDirectives(text, scan.codeRanges);
    const suppressed = suppression(text, directives);
    unknown: for (const d of directives) {
      for (const id of d.ids) {
        if (!knownIds().has(id.id) && !add(engineFinding('rapport.unknown-rule', id.start, id.end, `Unknown rule or family "${id.id}" in a rapport directive; nothing was disabled for it.`))) break unknown;
      }
    }

    const severityOf = new Map(settings.rules.map((r) => [r.rule.id, r]));
    const failedRules = new Set<string>();
    /** Adds a unit's findings to the note's; false once the cap is reached. */
    const take = (block: Block, unit: ParseUnit, raws: readonly RawFinding[]): boolean => {
      for (const raw of raws) {
        const start = block.start + unit.start + raw.start;
        const end = block.start + unit.start + raw.end;
        if (suppressed(raw.ruleId, raw.family, start)) continue;
        if (raw.ruleId === RULE_ERROR) {
          // One report per failing rule and note, however many blocks it failed on.
          if (failedRules.has(raw.failed!)) continue;
          failedRules.add(raw.failed!);
          if (!add(engineFinding(RULE_ERROR, start, end, raw.report.message))) return false;
          continue;
        }
        const configured = severityOf.get(raw.ruleId);
        if (!configured) continue;
        const finding: Finding = {
          ruleId: raw.ruleId,
          family: raw.family,
          severity: findingSeverity(raw.report, configured),
          message: raw.report.message,
          start,
          end,
          text: text.slice(start, end),
          suggestions: raw.report.suggestions ?? [],
          fix: raw.report.fix ?? 'none',
          docsUrl: `${docsBase}${raw.ruleId}.md`,
        };
        if (!add(finding)) return false;
      }
      return true;
    };
    blocks: for (const [b, block] of scan.blocks.entries()) {
      if (capped) break;
      const units = facts[b]!.units;
      if (units.some((u) => u.plain)) {
        const notice = engineFinding(
          'rapport.too-complex',
          block.start,
          block.start,
          'This block holds more nested or unclosed Markdown, or more text, than Rapport parses quickly, so it was checked as plain text: its findings are shown without automatic fixes.',
          'info',
        );
        if (!add(notice)) break;
      }
      for (const unit of units) {
        // A unit is checked only until it holds more findings than the note has room for (a pasted transcript with
        // one term 46,000 times took seconds to fill a cap of 2,000). If suppressed or unconfigured findings leave the
        // cap unreached after all, the unit is checked again in full.
        const checked = this.lintUnit(block, unit, sections, patient, settings, cap - findings.length);
        if (!checked.truncated) {
          if (!take(block, unit, checked.findings)) break blocks;
          continue;
        }
        // Only a cut-short unit needs the state to go back to (the common case copies nothing).
        const count = findings.length;
        const failed = new Set(failedRules);
        if (!take(block, unit, checked.findings)) break blocks;
        findings.length = count;
        failedRules.clear();
        for (const id of failed) failedRules.add(id);
        if (!take(block, unit, this.lintUnit(block, unit, sections, patient, settings, Infinity).findings)) break blocks;
      }
    }
    // Accepted team terms: a rule finding whose span lies inside an accepted term's occurrence is dropped.
    const accepted = acceptedRanges(text, options.vocabulary?.accept);
    if (accepted.length) {
      const kept = findings.filter((f) => f.family === 'engine' || !accepted.some(([s, e]) => s <= f.start && f.end <= e));
      findings.length = 0;
      findings.push(...kept);
    }
    return result(settings.mode);
  }

  /**
   * The team-vocabulary rule is built once per distinct vocabulary. Cached block results hold the
   * rule object they were found by, so a new object per lint would orphan them (and did: a cache hit
   * then had no severity to look up).
   */
  private vocabularyRules = new Map<string, Rule | undefined>();
  private vocabulary(vocabulary: LintOptions['vocabulary']): Rule | undefined {
    const key = JSON.stringify(vocabulary?.reject ?? []);
    if (!this.vocabularyRules.has(key)) {
      if (this.vocabularyRules.size >= 100) this.vocabularyRules.clear();
      this.vocabularyRules.set(key, vocabularyRule(vocabulary));
    }
    return this.vocabularyRules.get(key);
  }

  /** Front matter is parsed once per distinct YAML text: a class of notes shares a handful of headers. */
  private frontMatterCache = new Map<string, ReturnType<typeof readFrontMatter>>();
  private frontMatter(fm: FrontMatter): ReturnType<typeof readFrontMatter> {
    // Detached first: parsed values are slices of the YAML, which would otherwise pin the whole note.
    const key = detach(`${fm.yamlStart}\u0000${fm.yaml}`);
    let result = this.frontMatterCache.get(key);
    if (!result) {
      result = readFrontMatter({ ...fm, yaml: detach(fm.yaml) });
      if (this.frontMatterCache.size >= 1_000) this.frontMatterCache.clear();
      this.frontMatterCache.set(key, result);
    }
    return result;
  }

  /**
   * Settings by what they are made from. A batch's notes mostly share one configuration: resolving every rule's
   * severity and naming the rule list for each note was 2 % of a batch of real reports.
   */
  private settingsMade = new Map<string, EffectiveSettings>();
  private settings(options: LintOptions, note: NoteSettings): EffectiveSettings {
    const mode = note.mode ?? modeFromFileName(options.fileName) ?? options.mode ?? 'clinical';
    const inputs = JSON.stringify([
      mode,
      options.rules ?? null,
      note.rules ?? null,
      note.languagePreference ?? options.languagePreference ?? null,
      note.identifiesAs ?? options.identifiesAs ?? null,
      options.blockquotesAreQuotes ?? null,
      options.vocabulary ?? null,
    ]);
    let made = this.settingsMade.get(inputs);
    if (!made) {
      made = this.makeSettings(mode, options, note);
      if (this.settingsMade.size >= 1_000) this.settingsMade.clear();
      this.settingsMade.set(detach(inputs), made);
    }
    return made;
  }

  private makeSettings(mode: Mode, options: LintOptions, note: NoteSettings): EffectiveSettings {
    const all: Rule[] = [...RULES];
    const vocab = this.vocabulary(options.vocabulary);
    if (vocab) all.push(vocab);
    const rules: EffectiveSettings['rules'] = [];
    for (const rule of all) {
      const { severity, explicit } = severityFor(rule, mode, [options.rules, note.rules]);
      if (severity !== 'off') rules.push({ rule, severity, explicit });
    }
    const stated = note.languagePreference ?? options.languagePreference;
    const languagePreference = stated ?? 'person-first';
    const preferenceStated = stated !== undefined;
    const identifiesAs = (note.identifiesAs ?? options.identifiesAs ?? []).map((s) => s.toLowerCase());
    const blockquotesAreQuotes = options.blockquotesAreQuotes ?? true;
    const fullKey = JSON.stringify([
      mode,
      languagePreference,
      preferenceStated,
      identifiesAs,
      blockquotesAreQuotes,
      rules.map((r) => r.rule.id),
      options.vocabulary ?? null,
    ]);
    // Block cache keys start with a short id for the settings, not the long settings string:
    // hashing it for every block of every lint was the main cost of a keystroke re-lint.
    let key = this.settingsIds.get(fullKey);
    if (key === undefined) {
      // A counter, not the map's size: ids must never be reused while cached results carry them.
      if (this.settingsIds.size >= 1_000) this.settingsIds.clear();
      key = String(this.nextSettingsId++);
      this.settingsIds.set(detach(fullKey), key);
    }
    const ruleList = vocab ? undefined : detach(rules.map((r) => r.rule.id).join(','));
    return { mode, rules, key, ...(ruleList === undefined ? {} : { ruleList }), languagePreference, preferenceStated, identifiesAs, blockquotesAreQuotes };
  }

  /**
   * A unit's findings, from the cache or checked. With a `limit`, checking stops at the first run after the findings
   * exceed it, and such a result (`truncated`) is not cached.
   */
  private lintUnit(block: Block, unit: ParseUnit, marks: readonly SectionMark[], patient: PatientFacts, settings: EffectiveSettings, limit: number): { findings: RawFinding[]; truncated: boolean } {
    const section = sectionAt(marks, block.start + unit.start);
    // The patient's age is part of what a unit's findings depend on (child words in a paediatric note).
    const context = `${settings.key}\u0000${section}\u0000${patient.ageYears ?? ''}\u0000${unit.plain ? 'p' : ''}\u0000${unit.prefix}`;
    const bucket = this.cache.get(unit.text);
    const cached = bucket?.entries.find((e) => e.context === context);
    if (cached) {
      // Refresh recency: Map iteration order is insertion order.
      this.cache.delete(unit.text);
      this.cache.set(bucket!.key, bucket!);
      return { findings: cached.findings, truncated: false };
    }
    const indexes = settings.ruleList === undefined ? this.triggerIndexes : SHARED.triggerIndexes;
    const candidates = triggeredRules(settings.rules, unit.text, settings.ruleList ?? settings.key, indexes);
    const result = candidates.length === 0 ? { findings: [], truncated: false } : this.checkUnit(block, unit, marks, section, patient, settings, candidates.map((c) => c.rule), limit);
    if (this.maxEntries > 0 && !result.truncated) this.remember(unit.text, context, result.findings);
    return result;
  }

  /** Caches a unit's result within both bounds, evicting the least recently used units. */
  private remember(text: string, context: string, findings: RawFinding[]): void {
    const bucket = this.cache.get(text);
    let chars = context.length + (bucket ? 0 : text.length);
    for (const f of findings) {
      // Cached strings are copied so that none pins the note version it was cut from.
      f.report.message = detach(f.report.message);
      if (f.report.suggestions) f.report.suggestions = f.report.suggestions.map(detach);
      chars += FINDING_OVERHEAD + f.report.message.length + (f.report.suggestions?.reduce((n, x) => n + x.length, 0) ?? 0);
    }
    const bound = this.maxChars - this.blockMemoBound;
    if (chars > bound / 4) return; // one giant unit would evict everything else for little gain
    const entry: CacheEntry = { context: detach(context), findings, chars };
    if (bucket) {
      bucket.entries.push(entry);
      this.cache.delete(text);
      this.cache.set(bucket.key, bucket);
    } else {
      const key = detach(text);
      this.cache.set(key, { key, entries: [entry] });
    }
    this.cacheChars += chars;
    this.cacheEntries++;
    while (this.cacheEntries > this.maxEntries || this.cacheChars > bound) {
      const [oldest, old] = this.cache.entries().next().value!;
      for (const e of old.entries) this.cacheChars -= e.chars;
      this.cacheEntries -= old.entries.length;
      this.cache.delete(oldest);
    }
  }

  /** The enabled rules' term indexes merged into one, by settings id (see checkUnit). */
  private plans = new Map<string, Plan>();
  private plan(settings: EffectiveSettings): Plan {
    const plans = settings.ruleList === undefined ? this.plans : SHARED.plans;
    const key = settings.ruleList ?? settings.key;
    let plan = plans.get(key);
    if (!plan) {
      const checks = settings.rules.map(({ rule }) => rule.check);
      const rules = checks.map((check) => termRuleOf(check));
      plan = { slotOf: new Map(settings.rules.map(({ rule }, slot) => [rule, slot])), checks, rules, multi: multiIndex(rules) };
      if (plans.size >= 64) plans.delete(plans.keys().next().value!);
      plans.set(key, plan);
    }
    return plan;
  }

  private checkUnit(block: Block, unit: ParseUnit, marks: readonly SectionMark[], unitSection: Section, patient: PatientFacts, settings: EffectiveSettings, rules: Rule[], limit: number): { findings: RawFinding[]; truncated: boolean } {
    const out: RawFinding[] = [];
    let truncated = false;
    const plan = this.plan(settings);
    // How each rule runs on a run, and which term rules take part in the shared pass: made once per unit and cleared
    // for each run (they were made for every run), with each rule's slot in the plan looked up once.
    const how = new Uint8Array(rules.length);
    const active = new Uint8Array(plan.rules.length);
    const slots = rules.map((rule) => plan.slotOf.get(rule));
    // Unit-relative offsets: runs are parsed at offset 0 so the result can be cached and moved.
    const runs = unit.plain
      ? plainRuns(unit.text, 0)
      : unit.prefix
        ? proseRuns(unit.prefix + unit.text, -unit.prefix.length).filter((r) => r.start >= 0)
        : (fastProseRuns(unit.text, 0) ?? proseRuns(unit.text, 0));
    for (const run of runs.flatMap(segments)) {
      if (out.length > limit) {
        truncated = true;
        break;
      }
      // A section label can change inside a block ("S: …\nO: …"): use the mark nearest before the run.
      const section = marks.length ? sectionAt(marks, block.start + unit.start + run.start) : unitSection;
      const quotedBlock = run.inBlockquote && settings.blockquotesAreQuotes;
      // One context per run, shared by the rules (creating it per rule was a large share of batch time).
      let current: Rule = rules[0]!;
      const source = unit.text.slice(run.start, run.start + run.text.length);
      const ctx = makeRunContext(
        {
          text: run.text,
          source,
          mode: settings.mode,
          section,
          inBlockquote: run.inBlockquote,
          kind: run.kind,
          languagePreference: settings.languagePreference,
          preferenceStated: settings.preferenceStated,
          identifiesAs: settings.identifiesAs,
          patientAgeYears: patient.ageYears,
        },
        (report) => {
          const rule = current;
          if (rule.quoteExempt) {
            const quote = ctx.quoteAt(report.start, report.end);
            if (quote?.attributed || (quote && isMention(ctx, report))) return;
          }
          const effect = contextEffect(rule, ctx, report.start, report.contexts);
          if (effect === 'silent') return;
          const { contexts: _contexts, ...plain } = report;
          const kept = effect === 'info' || inSectionLabel(run.text, report.start, report.end) ? { ...plain, atMostInfo: true } : plain;
          const confined = proseOnly(kept, run.text, source, unit.plain);
          if (confined) out.push({ ruleId: rule.id, family: rule.family, start: run.start + confined.start, end: run.start + confined.end, report: confined });
        },
      );
      // How each rule runs here: not at all, by its own check, or (a rule that is only terms) in one pass over
      // the run's tokens with the other term rules, which reads each token once instead of once per rule.
      how.fill(0);
      active.fill(0);
      let together = false;
      const sourceDiffers = typeof source === 'string' && source.length === run.text.length && source !== run.text;
      rules.forEach((rule, r) => {
        if (!rule.kinds.includes(run.kind)) return;
        if (quotedBlock && rule.quoteExempt) return;
        // The unit matched the anchor; most runs of a long block (list items, cells) do not.
        if (rule.anchor && !rule.anchor.test(source)) return;
        const slot = slots[r];
        // A rule whose check is not the one its terms were registered with (replaced, as tests do) runs alone.
        // A rule that reads the unmasked source sees other tokens when the source differs: it runs alone.
        const terms = slot === undefined || plan.checks[slot] !== rule.check ? undefined : plan.rules[slot];
        if (terms && !(terms.readsSource && sourceDiffers)) {
          how[r] = TOGETHER;
          active[slot!] = 1;
          together = true;
        } else if (!rule.triggers || rule.readsSource || runMayMatch(rule.triggers, ctx.tokens())) how[r] = ALONE;
      });
      const results = together ? findTermsMulti(ctx, ctx.tokens(), plan.multi, active) : undefined;
      for (let r = 0; r < rules.length; r++) {
        if (!how[r]) continue;
        const rule = rules[r]!;
        current = rule;
        const before = out.length;
        try {
          if (how[r] === ALONE) rule.check(ctx);
          else {
            const found = results![slots[r]!];
            if (found && !Array.isArray(found)) throw found.error;
            if (found) for (const hit of found) ctx.report(termReport(hit));
          }
          // Findings that follow one of the rule's lead-ins start at it (terms.ts, leadInReports). A span so widened
          // can take in markup between the lead-in and the finding ("Told pt `x` that …"), so it is confined again.
          if (rule.leadIns && out.length > before) {
            const reports = out.splice(before).map((f) => f.report);
            for (const report of leadInReports(ctx, reports, rule.leadIns)) {
              const confined = proseOnly(report, run.text, source, unit.plain);
              if (confined) out.push({ ruleId: rule.id, family: rule.family, start: run.start + confined.start, end: run.start + confined.end, report: confined });
            }
          }
        } catch (error) {
          // One failing rule must not take the other rules' findings with it: drop what it reported
          // here and say so once. Only the error's type is named: its message might quote the note.
          out.length = before;
          const kind = error instanceof Error ? error.name : typeof error;
          const message = `The rule ${rule.id} failed on this note (${kind}) and was skipped, so its findings are missing; every other rule was applied. Please report this.`;
          out.push({ ruleId: RULE_ERROR, family: 'engine', failed: rule.id, start: run.start, end: run.start, report: { start: 0, end: 0, message } });
        }
      }
    }
    return { findings: out, truncated };
  }
}
