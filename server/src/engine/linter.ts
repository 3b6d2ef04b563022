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
import { inSectionLabel, scanSections, sectionAt, type Section, type SectionMark } from './context/sections.ts';
import { scanPatient, type PatientFacts } from './context/patient.ts';
import { sentenceSpans } from './text/sentences.ts';
import { findQuotes } from './context/quotes.ts';
import { readFrontMatter, type NoteSettings } from './frontmatter.ts';
import { scanDirectives, suppression } from './directives.ts';
import { contextEffect, makeRunContext, type Report, type Rule } from './rules/define.ts';
import { RULES, RULES_BY_ID } from './rules/index.ts';
import { FAMILIES } from './types.ts';
import { vocabularyRule, acceptedRanges } from './rules/vocabulary.ts';

export const DEFAULT_DOCS_BASE = 'https://github.com/rapport-notes/rapport/blob/main/docs/rules/';
/** Larger inputs are reported, not linted: nobody writes a 20 MB clinical note. */
export const MAX_LINT_CHARS = 20 * 1024 * 1024;
/** Beyond this many findings in one note, linting stops (see `maxFindings`). */
export const DEFAULT_MAX_FINDINGS = 2_000;

interface RawFinding {
  rule: Rule;
  /** Offsets relative to the block. */
  start: number;
  end: number;
  report: Report;
}

interface EffectiveSettings {
  mode: Mode;
  rules: Array<{ rule: Rule; severity: Severity; explicit: boolean }>;
  key: string;
  languagePreference: NonNullable<LintOptions['languagePreference']>;
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

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * A finding's severity: the one the user chose for the rule wins over a rule's per-finding variant
 * (e.g. a weaker form at info); a clinical context that softens the finding caps it at info either way.
 */
function findingSeverity(raw: RawFinding, chosen: { severity: Severity; explicit: boolean }): Severity {
  const severity = chosen.explicit ? chosen.severity : (raw.report.severity ?? chosen.severity);
  return raw.report.atMostInfo && RANK[severity] < RANK.info ? 'info' : severity;
}

let known: Set<string> | undefined;
/** Ids a directive may name: rules, families and the engine's own ids. */
function knownIds(): Set<string> {
  known ??= new Set<string>([...RULES_BY_ID.keys(), ...FAMILIES, 'rapport.unknown-rule', 'vocabulary.term']);
  return known;
}

export class Linter {
  private cache = new Map<string, RawFinding[]>();
  private settingsIds = new Map<string, string>();
  private readonly maxEntries: number;

  constructor(options: { cacheEntries?: number } = {}) {
    this.maxEntries = options.cacheEntries ?? 20_000;
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

    const findings: Finding[] = [];
    const scan = scanBlocks(text);
    let note: NoteSettings = {};
    if (scan.frontMatter) {
      const { settings, problems } = this.frontMatter(scan.frontMatter);
      note = settings;
      for (const p of problems) findings.push(engineFinding('rapport.front-matter', p.start, p.end, p.message));
    }
    const settings = this.settings(options, note);
    if (settings.rules.length === 0) return { mode: settings.mode, findings };

    const sections = scanSections(text, scan.codeRanges);
    const patient = scanPatient(text, scan.codeRanges);
    const directives = scanDirectives(text, scan.codeRanges);
    const suppressed = suppression(text, directives);
    for (const d of directives) {
      for (const id of d.ids) {
        if (!knownIds().has(id.id)) findings.push(engineFinding('rapport.unknown-rule', id.start, id.end, `Unknown rule or family "${id.id}" in a rapport directive; nothing was disabled for it.`));
      }
    }

    const severityOf = new Map(settings.rules.map((r) => [r.rule, r]));
    const cap = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    let capped = false;
    for (const block of scan.blocks) {
      if (findings.length >= cap) {
        // Pathological input (a pasted transcript full of one term) must not stall the editor.
        capped = true;
        break;
      }
      for (const raw of this.lintBlock(block, sections, patient, settings)) {
        const start = block.start + raw.start;
        const end = block.start + raw.end;
        if (suppressed(raw.rule.id, raw.rule.family, start)) continue;
        findings.push({
          ruleId: raw.rule.id,
          family: raw.rule.family,
          // A severity the user chose wins over a rule's per-finding variant (e.g. a weaker form at info).
          severity: findingSeverity(raw, severityOf.get(raw.rule)!),
          message: raw.report.message,
          start,
          end,
          text: text.slice(start, end),
          suggestions: raw.report.suggestions ?? [],
          fix: raw.report.fix ?? 'none',
          docsUrl: `${docsBase}${raw.rule.id}.md`,
        });
      }
    }
    if (capped) findings.push(engineFinding('rapport.too-many-findings', 0, 0, `Stopped after ${cap} findings; the rest of this note was not checked. Fix these first, or raise the limit.`, 'info'));
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    // Accepted team terms: a rule finding whose span lies inside an accepted term's occurrence is dropped.
    const accepted = acceptedRanges(text, options.vocabulary?.accept);
    if (accepted.length) {
      return { mode: settings.mode, findings: findings.filter((f) => f.family === 'engine' || !accepted.some(([s, e]) => s <= f.start && f.end <= e)) };
    }
    return { mode: settings.mode, findings };
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
    const key = `${fm.yamlStart}\u0000${fm.yaml}`;
    let result = this.frontMatterCache.get(key);
    if (!result) {
      result = readFrontMatter(fm);
      if (this.frontMatterCache.size >= 1_000) this.frontMatterCache.clear();
      this.frontMatterCache.set(key, result);
    }
    return result;
  }

  private settings(options: LintOptions, note: NoteSettings): EffectiveSettings {
    const mode = note.mode ?? modeFromFileName(options.fileName) ?? options.mode ?? 'clinical';
    const all: Rule[] = [...RULES];
    const vocab = this.vocabulary(options.vocabulary);
    if (vocab) all.push(vocab);
    const rules: EffectiveSettings['rules'] = [];
    for (const rule of all) {
      const { severity, explicit } = severityFor(rule, mode, [options.rules, note.rules]);
      if (severity !== 'off') rules.push({ rule, severity, explicit });
    }
    const languagePreference = note.languagePreference ?? options.languagePreference ?? 'person-first';
    const identifiesAs = (note.identifiesAs ?? options.identifiesAs ?? []).map((s) => s.toLowerCase());
    const blockquotesAreQuotes = options.blockquotesAreQuotes ?? true;
    const fullKey = JSON.stringify([
      mode,
      languagePreference,
      identifiesAs,
      blockquotesAreQuotes,
      rules.map((r) => r.rule.id),
      options.vocabulary ?? null,
    ]);
    // Block cache keys start with a short id for the settings, not the long settings string:
    // hashing it for every block of every lint was the main cost of a keystroke re-lint.
    let key = this.settingsIds.get(fullKey);
    if (key === undefined) {
      key = String(this.settingsIds.size);
      this.settingsIds.set(fullKey, key);
    }
    return { mode, rules, key, languagePreference, identifiesAs, blockquotesAreQuotes };
  }

  private lintBlock(block: Block, marks: readonly SectionMark[], patient: PatientFacts, settings: EffectiveSettings): RawFinding[] {
    const section = sectionAt(marks, block.start);
    // The patient's age is part of what a block's findings depend on (child words in a paediatric note).
    const key = `${settings.key}\u0000${section}\u0000${patient.ageYears ?? ''}\u0000${block.text}`;
    const cached = this.cache.get(key);
    if (cached) {
      // Refresh recency: Map iteration order is insertion order.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const candidates = settings.rules.filter((r) => r.rule.anchor.test(block.text));
    const result = candidates.length === 0 ? [] : this.checkBlock(block, marks, section, patient, settings, candidates.map((c) => c.rule));
    if (this.maxEntries > 0) {
      this.cache.set(key, result);
      if (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    }
    return result;
  }

  private checkBlock(block: Block, marks: readonly SectionMark[], blockSection: Section, patient: PatientFacts, settings: EffectiveSettings, rules: Rule[]): RawFinding[] {
    const out: RawFinding[] = [];
    // Block-relative offsets: runs are parsed at offset 0 so the result can be cached and moved.
    for (const run of (fastProseRuns(block.text, 0) ?? proseRuns(block.text, 0)).flatMap(segments)) {
      const sentences = sentenceSpans(run.text);
      const quotes = findQuotes(run.text);
      // A section label can change inside a block ("S: …\nO: …"): use the mark nearest before the run.
      const section = marks.length ? sectionAt(marks, block.start + run.start) : blockSection;
      const quotedBlock = run.inBlockquote && settings.blockquotesAreQuotes;
      // One context per run, shared by the rules (creating it per rule was a large share of batch time).
      let current: Rule = rules[0]!;
      const source = block.text.slice(run.start, run.start + run.text.length);
      const ctx = makeRunContext(
        {
          text: run.text,
          source,
          mode: settings.mode,
          section,
          inBlockquote: run.inBlockquote,
          kind: run.kind,
          sentences,
          quotes,
          languagePreference: settings.languagePreference,
          identifiesAs: settings.identifiesAs,
          patientAgeYears: patient.ageYears,
        },
        (report) => {
          const rule = current;
          if (rule.quoteExempt) {
            const quote = ctx.quoteAt(report.start, report.end);
            if (quote?.attributed) return;
          }
          if (rule.negationSensitive && ctx.negated(report.start)) return;
          const effect = contextEffect(rule, ctx, report.start);
          if (effect === 'silent') return;
          const kept = effect === 'info' || inSectionLabel(run.text, report.start, report.end) ? { ...report, atMostInfo: true } : report;
          out.push({ rule, start: run.start + report.start, end: run.start + report.end, report: kept });
        },
      );
      for (const rule of rules) {
        if (!rule.kinds.includes(run.kind)) continue;
        if (quotedBlock && rule.quoteExempt) continue;
        // The block matched the anchor; most runs of a long block (list items, cells) do not.
        if (!rule.anchor.test(source)) continue;
        current = rule;
        rule.check(ctx);
      }
    }
    return out;
  }
}
