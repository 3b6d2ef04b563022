/** Exports for the audit tests, built from the project's evaluation corpus: the same notes as JSONL, CSV and a folder. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, rapport, type CliRun } from '../helpers/cli.ts';

/** The project's own evaluation corpus: whole notes and labelled sentences, all written for the project. */
const CORPUS = join(REPO, 'test', 'corpus');

function corpusTexts(): string[] {
  const notes = readdirSync(join(CORPUS, 'notes'))
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => readFileSync(join(CORPUS, 'notes', n), 'utf8'));
  const sentences = readFileSync(join(CORPUS, 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  // Interleaved, so every slice of the export has whole notes and single sentences.
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (i % 8 === 0 && notes.length) out.push(notes[(i / 8) % notes.length]!);
    out.push(sentences[i]!);
  }
  return out;
}

export interface ExportRecord {
  note_id: string;
  department: string;
  note_type: string;
  written: string;
  body: string;
}

export const DEPARTMENTS = ['surgery', 'psychiatry', 'orthopaedics', 'emergency'];

/** The first `count` corpus notes as export records, spread over departments, two note types and 2024's months. */
export function corpusRecords(count: number): ExportRecord[] {
  const texts = corpusTexts();
  const out: ExportRecord[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      note_id: `N${String(i).padStart(5, '0')}`,
      department: DEPARTMENTS[i % DEPARTMENTS.length]!,
      note_type: i % 5 === 0 ? 'discharge summary' : 'progress note',
      written: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T09:30:00Z`,
      body: texts[i % texts.length]!,
    });
  }
  return out;
}

export function writeJsonl(path: string, records: readonly object[]): void {
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function writeCsv(path: string, records: readonly ExportRecord[]): void {
  const keys = ['note_id', 'department', 'note_type', 'written', 'body'] as const;
  writeFileSync(path, [keys.join(','), ...records.map((r) => keys.map((k) => cell(r[k])).join(','))].join('\r\n') + '\r\n');
}

/** The same notes as a folder, one Markdown file each, with the fields in front matter. */
export function writeFolder(dir: string, records: readonly ExportRecord[]): void {
  for (const r of records) {
    mkdirSync(join(dir, r.department), { recursive: true });
    writeFileSync(join(dir, r.department, `${r.note_id}.md`), r.body);
  }
}

export const FIELDS = ['--id-field', 'note_id', '--text-field', 'body'];

export interface AuditEntry {
  notes: number;
  findings: number;
  per1000Notes: number | null;
  ci95: [number, number] | null;
  examples?: Array<{ id: string; excerpt: string }>;
}
export interface AuditTally {
  notes: number;
  notesWithFindings: number;
  families: Record<string, AuditEntry>;
  rules: Record<string, AuditEntry>;
}
export interface AuditResult extends AuditTally {
  groups: Record<string, Record<string, AuditTally>>;
  periods: Record<string, AuditTally>;
  skipped?: number;
  shard?: { index: number; count: number };
}

export function audit(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun & { json: () => AuditResult } {
  const r = rapport(['audit', ...args], options);
  return { ...r, json: () => JSON.parse(r.stdout) as AuditResult };
}
