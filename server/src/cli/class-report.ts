/**
 * `rapport report`: a class report for educators. One row per student note
 * (or per sub-folder), counts per rule family and severity, a score, and the
 * class totals; rendered as HTML (self-contained), CSV or JSON.
 *
 * Score (see docs/cli.md): 100 − per × Σ weight(severity) × familyWeight(family)
 * ÷ max(words, minWords), floored at 0, one decimal. Defaults: error 5,
 * warning 2, info 1, hint 0, every family 1, per 1,000 words, minWords 100.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { FAMILIES, type Severity } from '../engine/index.ts';
import { UsageError } from './args.ts';
import type { FileFinding, FindingContext } from './report.ts';
import type { ProcessedFile } from './process.ts';

export type Family = (typeof FAMILIES)[number];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface Rubric {
  weights: Record<Severity, number>;
  families: Partial<Record<Family, number>>;
  per: number;
  minWords: number;
}

export const DEFAULT_RUBRIC: Rubric = { weights: { error: 5, warning: 2, info: 1, hint: 0 }, families: {}, per: 1000, minWords: 100 };

export function loadRubric(path: string | undefined): Rubric {
  if (path === undefined) return DEFAULT_RUBRIC;
  let raw: unknown;
  try {
    // Stat first: a FIFO or a device such as /dev/zero would block or never end.
    const info = statSync(path);
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > 1024 * 1024) throw new Error('the file is larger than 1 MB');
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--rubric ${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const bad = (what: string) => new UsageError(`--rubric ${path}: ${what}`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw bad('expected a JSON object like {"weights": {"error": 10, "warning": 3}}.');
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!['weights', 'families', 'per', 'minWords', '$comment'].includes(key)) throw bad(`unknown key "${key}" (use weights, families, per, minWords).`);
  const num = (v: unknown, what: string) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw bad(`${what} must be a number of 0 or more.`);
    return v;
  };
  const rubric: Rubric = { weights: { ...DEFAULT_RUBRIC.weights }, families: {}, per: DEFAULT_RUBRIC.per, minWords: DEFAULT_RUBRIC.minWords };
  if (r.weights !== undefined) {
    if (!r.weights || typeof r.weights !== 'object') throw bad('"weights" must be an object.');
    for (const [k, v] of Object.entries(r.weights)) {
      if (!SEVERITIES.includes(k as Severity)) throw bad(`unknown severity "${k}" in weights.`);
      rubric.weights[k as Severity] = num(v, `weights.${k}`);
    }
  }
  if (r.families !== undefined) {
    if (!r.families || typeof r.families !== 'object') throw bad('"families" must be an object.');
    for (const [k, v] of Object.entries(r.families)) {
      if (!(FAMILIES as readonly string[]).includes(k)) throw bad(`unknown family "${k}" in families (use: ${FAMILIES.join(', ')}).`);
      rubric.families[k as Family] = num(v, `families.${k}`);
    }
  }
  if (r.per !== undefined) rubric.per = num(r.per, 'per');
  if (r.minWords !== undefined) rubric.minWords = Math.max(1, num(r.minWords, 'minWords'));
  return rubric;
}

export interface ReportFinding {
  ruleId: string;
  family: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  text: string;
  suggestions: string[];
  docsUrl: string;
  context: FindingContext;
}

export interface ReportFile {
  path: string;
  mode: string | undefined;
  words: number;
  error?: string;
  findings: ReportFinding[];
}

export interface ReportRow {
  name: string;
  files: number;
  words: number;
  score: number;
  severities: Record<Severity, number>;
  families: Record<Family, number>;
  notes: ReportFile[];
}

export interface ClassReport {
  groupBy: 'file' | 'folder';
  rubric: Rubric;
  rows: ReportRow[];
  totals: Omit<ReportRow, 'name' | 'notes'> & { meanScore: number; rows: number; unreadable: number };
}

const zeroSeverities = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0, hint: 0 });
const zeroFamilies = (): Record<Family, number> => Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number>;
const round1 = (n: number) => Math.round(n * 10) / 10;

export function score(findings: ReadonlyArray<{ severity: Severity; family: string }>, words: number, rubric: Rubric): number {
  let weighted = 0;
  for (const f of findings) weighted += rubric.weights[f.severity] * (rubric.families[f.family as Family] ?? 1);
  return Math.max(0, round1(100 - (rubric.per * weighted) / Math.max(words, rubric.minWords)));
}

function toReportFinding(f: FileFinding): ReportFinding {
  return {
    ruleId: f.ruleId,
    family: f.family,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    text: f.text,
    suggestions: f.suggestions,
    docsUrl: f.docsUrl,
    context: f.context ?? { before: '', match: f.text, after: '' },
  };
}

/** The row key of a note: its path (by file) or its first folder under the root it was found in (by folder). */
function groupKey(file: ProcessedFile, roots: readonly string[], groupBy: 'file' | 'folder'): string {
  const rel = underRoot(file, roots);
  if (groupBy === 'file') return rel ?? file.displayPath;
  if (rel === undefined) return '.';
  const parts = rel.split('/');
  return parts.length > 1 ? parts[0]! : '.';
}

/** The note's path relative to the folder it was found in (POSIX separators), if it was found in one. */
function underRoot(file: ProcessedFile, roots: readonly string[]): string | undefined {
  for (const root of roots) {
    const rel = relative(root, file.path);
    if (rel && !rel.startsWith('..')) return rel.split(sep).join('/');
  }
  return undefined;
}

export function buildClassReport(files: readonly ProcessedFile[], roots: readonly string[], groupBy: 'file' | 'folder', rubric: Rubric): ClassReport {
  const rows = new Map<string, ReportRow>();
  const all: ReportFinding[] = [];
  let unreadable = 0;
  for (const file of files) {
    if (file.ignored) continue;
    const key = groupKey(file, roots, groupBy);
    let row = rows.get(key);
    if (!row) {
      row = { name: key, files: 0, words: 0, score: 100, severities: zeroSeverities(), families: zeroFamilies(), notes: [] };
      rows.set(key, row);
    }
    const findings = file.findings.map(toReportFinding);
    const note: ReportFile = { path: underRoot(file, roots) ?? file.displayPath, mode: file.mode, words: file.words ?? 0, findings };
    if (file.error) {
      note.error = file.error;
      unreadable++;
    }
    row.files++;
    row.words += note.words;
    row.notes.push(note);
    for (const f of findings) {
      row.severities[f.severity]++;
      if ((FAMILIES as readonly string[]).includes(f.family)) row.families[f.family as Family]++;
      all.push(f);
    }
  }
  const list = [...rows.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const row of list) row.score = score(row.notes.flatMap((n) => n.findings), row.words, rubric);
  const totals: ClassReport['totals'] = {
    rows: list.length,
    files: list.reduce((n, r) => n + r.files, 0),
    words: list.reduce((n, r) => n + r.words, 0),
    score: 0,
    meanScore: list.length ? round1(list.reduce((n, r) => n + r.score, 0) / list.length) : 100,
    severities: zeroSeverities(),
    families: zeroFamilies(),
    unreadable,
  };
  for (const row of list) {
    for (const s of SEVERITIES) totals.severities[s] += row.severities[s];
    for (const f of FAMILIES) totals.families[f] += row.families[f];
  }
  totals.score = score(all, totals.words, rubric);
  return { groupBy, rubric, rows: list, totals };
}

/** CSV cell: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatReportCsv(report: ClassReport): string {
  const header = [report.groupBy === 'file' ? 'file' : 'folder', 'files', 'words', 'score', 'errors', 'warnings', 'infos', 'hints', ...FAMILIES];
  const line = (name: string, r: Omit<ReportRow, 'name' | 'notes'>) =>
    [name, r.files, r.words, r.score, r.severities.error, r.severities.warning, r.severities.info, r.severities.hint, ...FAMILIES.map((f) => r.families[f])].map(csvCell).join(',');
  const lines = [header.map(csvCell).join(','), ...report.rows.map((r) => line(r.name, r)), line('TOTAL', report.totals)];
  return lines.join('\r\n') + '\r\n';
}

export function formatReportJson(report: ClassReport): string {
  return JSON.stringify({ groupBy: report.groupBy, rubric: report.rubric, families: FAMILIES, rows: report.rows, totals: report.totals }, null, 2) + '\n';
}
