/**
 * Audits one note: lints it with the project configuration, as `rapport`
 * would, and keeps only counts per rule, the note's group values and period,
 * and (with --examples) a masked excerpt per rule. Runs in the main thread
 * and in the worker threads alike, so a result never depends on which ran it.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { Linter, type Finding, type LintOptions, type Mode } from '../../engine/index.ts';
import { scanBlocks } from '../../engine/prose/blocks.ts';
import { CliConfig, describeConfigProblem } from '../config.ts';
import { FileProcessor } from '../process.ts';
import type { NoteCounts } from './counts.ts';
import { maskContext, maskedExcerpt } from './excerpt.ts';
import { fieldValue, groupValue, isReflection, MISSING, periodOf } from './fields.ts';
import type { AuditSettings, NoteOutcome, WorkItem } from './items.ts';

interface Flagged {
  ruleId: string;
  family: string;
  excerpt: () => string;
}

/**
 * An export's notes rarely repeat a paragraph word for word, so a large block cache holds little
 * but memory; a small one still catches boilerplate (section templates, signatures).
 */
const BLOCK_CACHE_ENTRIES = 2000;

export class NoteAuditor {
  private readonly linter = new Linter({ cacheEntries: BLOCK_CACHE_ENTRIES });
  private readonly config: CliConfig;
  private readonly options = new Map<string, { options: LintOptions; problems: string[] }>();
  private readonly processors = new Map<string, FileProcessor>();
  private readonly reported = new Set<string>();

  constructor(private readonly settings: AuditSettings) {
    this.config = new CliConfig(settings.config);
  }

  async audit(item: WorkItem): Promise<NoteOutcome> {
    try {
      switch (item.kind) {
        case 'unreadable':
          return { index: item.index, problem: item.problem };
        case 'file':
          return await this.auditFile(item);
        case 'record':
          return this.auditRecord(item.index, item.source, item.where, item.record);
        case 'line': {
          let record: unknown;
          try {
            record = JSON.parse(item.line);
          } catch {
            // The parser's message quotes the line: it could be note text, so it is not passed on.
            return { index: item.index, problem: `${item.where}: not valid JSON; skipped.` };
          }
          if (!record || typeof record !== 'object' || Array.isArray(record)) return { index: item.index, problem: `${item.where}: not a JSON object; skipped.` };
          return this.auditRecord(item.index, item.source, item.where, record as Record<string, unknown>);
        }
      }
    } catch (error) {
      return { index: item.index, problem: `${'where' in item ? item.where : item.displayPath}: internal error (${error instanceof Error ? error.message : String(error)}); skipped.` };
    }
  }

  private auditRecord(index: number, source: number, where: string, record: Record<string, unknown>): NoteOutcome {
    const f = this.settings.fields;
    const text = fieldValue(record, f.textField);
    if (typeof text !== 'string') return { index, problem: `${where}: no text in field "${f.textField}"; skipped.` };
    const rawId = fieldValue(record, f.idField);
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : where;
    const mode: Mode | undefined = isReflection(record, this.settings.fields) ? 'reflection' : undefined;
    const { options, problems } = this.optionsFor(this.settings.exportPaths[source] ?? this.settings.cwd, mode);
    const result = this.linter.lint(text, options);
    const outcome = this.outcome(index, id, record, result.findings.map((x) => flagged(x, text)));
    if (problems.length) outcome.configProblems = problems;
    return outcome;
  }

  private async auditFile(item: Extract<WorkItem, { kind: 'file' }>): Promise<NoteOutcome> {
    const f = this.settings.fields;
    const needsFields = f.groupBy.some((g) => g !== 'folder') || (f.dateField !== undefined && f.dateField !== 'folder') || f.reflectionWhere.length > 0;
    const fields: Record<string, unknown> = needsFields ? frontMatterOf(item.path) : {};
    if (!Object.hasOwn(fields, 'folder')) fields.folder = item.folder;
    const mode: Mode | undefined = isReflection(fields, f) ? 'reflection' : undefined;
    const processed = await this.processor(mode).process(item.path, item.displayPath);
    const base: NoteOutcome = { index: item.index };
    if (processed.configProblems?.length) base.configProblems = processed.configProblems;
    if (processed.ignored) return { ...base, ignored: true };
    if (processed.error) return { ...base, problem: processed.error };
    const found = processed.findings.map((x): Flagged => ({ ruleId: x.ruleId, family: x.family, excerpt: () => (x.context ? maskContext(x.context) : '') }));
    return { ...this.outcome(item.index, item.displayPath, fields, found), ...base };
  }

  private outcome(index: number, id: string, record: Record<string, unknown>, found: Flagged[]): NoteOutcome {
    const f = this.settings.fields;
    const unlintable = found.find((x) => x.ruleId === 'rapport.unlintable');
    if (unlintable) return { index, problem: `${id}: not linted (too large, or binary data); skipped.` };
    const byRule = new Map<string, { family: string; n: number; first: Flagged }>();
    // Engine findings (front matter problems, stopped after too many findings) are about the file, not the language.
    for (const x of found) {
      if (x.family === 'engine') continue;
      const r = byRule.get(x.ruleId);
      if (r) r.n++;
      else byRule.set(x.ruleId, { family: x.family, n: 1, first: x });
    }
    const counts: NoteCounts = {
      groups: f.groupBy.map((g) => groupValue(fieldValue(record, g))),
      period: undefined,
      rules: [...byRule].map(([id, r]) => [id, r.family, r.n]),
    };
    const outcome: NoteOutcome = { index, counts };
    if (f.dateField !== undefined) {
      const raw = fieldValue(record, f.dateField);
      counts.period = periodOf(raw, f.by) ?? MISSING;
      if (counts.period === MISSING && groupValue(raw) !== MISSING) outcome.badDate = true;
    }
    if (this.settings.examples > 0 && byRule.size) counts.examples = [...byRule].map(([ruleId, r]) => ({ ruleId, id, excerpt: r.first.excerpt() }));
    return outcome;
  }

  private optionsFor(exportPath: string, mode: Mode | undefined): { options: LintOptions; problems: string[] } {
    const key = `${mode ?? ''}\u0000${exportPath}`;
    let entry = this.options.get(key);
    if (!entry) {
      const resolved = this.config.resolve(exportPath);
      const options = mode ? { ...resolved.options, mode } : resolved.options;
      const problems: string[] = [];
      for (const p of resolved.problems) {
        const line = describeConfigProblem(p, this.settings.cwd);
        if (!this.reported.has(line)) problems.push(line);
        this.reported.add(line);
      }
      entry = { options, problems };
      this.options.set(key, { options, problems: [] });
    }
    return entry;
  }

  private processor(mode: Mode | undefined): FileProcessor {
    const key = mode ?? '';
    let p = this.processors.get(key);
    if (!p) {
      const config = mode ? { ...this.settings.config, mode } : this.settings.config;
      p = new FileProcessor({ cwd: this.settings.cwd, config, fix: 'none', forReport: this.settings.examples > 0 });
      this.processors.set(key, p);
    }
    return p;
  }
}

function flagged(f: Finding, text: string): Flagged {
  return { ruleId: f.ruleId, family: f.family, excerpt: () => maskedExcerpt(text, f.start, f.end) };
}

/** The front matter's keys, for --group-by and --date-field on a folder of notes; none when it has none or it is not YAML. */
function frontMatterOf(path: string): Record<string, unknown> {
  let text: string;
  try {
    // Front matter is at the top: 64 KB is plenty. Anything odd (a pipe, a device, a folder) is left to the
    // linting step to report; a pipe must not even be opened, as that would wait for a writer.
    if (!statSync(path).isFile()) return {};
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(65536);
      text = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return {};
  }
  const fm = scanBlocks(text.replace(/^\ufeff/, '')).frontMatter;
  if (!fm) return {};
  try {
    const data: unknown = parseYaml(fm.yaml, { maxAliasCount: 50 });
    return data && typeof data === 'object' && !Array.isArray(data) ? { ...(data as Record<string, unknown>) } : {};
  } catch {
    return {};
  }
}
