/**
 * Streams the audit's input as batches of work: Markdown notes from folders
 * (paths only; the text is read where it is linted), JSONL lines and CSV
 * rows. Nothing is read ahead of what the linting side asks for, so memory
 * stays flat however large the export. Every record gets a number in input
 * order, and `--shard K/N` keeps the records whose number is K − 1 modulo N:
 * the same share on every run and every machine, whatever the thread count.
 */
import { createReadStream, statSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import { isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../args.ts';
import { describeIoError, displayPath, resolveTargets } from '../files.ts';
import { IgnoreRules } from '../ignore.ts';
import { neededFields, type FieldSettings } from './fields.ts';
import type { WorkItem } from './items.ts';
import { isBlank, readLines } from './lines.ts';

export type InputFormat = 'markdown' | 'jsonl' | 'csv' | 'tsv';
export const INPUT_FORMATS: readonly InputFormat[] = ['markdown', 'jsonl', 'csv', 'tsv'];

export interface Input {
  /** As given on the command line. */
  arg: string;
  path: string;
  format: InputFormat;
}

export interface Shard {
  index: number;
  count: number;
}

/** Above this, one record (a JSONL line, a CSV row) is skipped as unreadable rather than buffered. */
export const MAX_RECORD_BYTES = 32 * 1024 * 1024;
/** A batch: this many records, or this much text, whichever comes first. */
const BATCH_RECORDS = 32;
const BATCH_BYTES = 256 * 1024;

export interface ReadState {
  /** Records met so far in the whole input (every shard's). */
  records: number;
  bytesRead: number;
}

/** Finds each argument's format and checks it can be read, before any work starts. */
export function classifyInputs(args: string[], cwd: string, forced: InputFormat | undefined): Input[] {
  return args.map((arg) => {
    const path = resolve(cwd, arg);
    if (isDynamicPattern(arg)) return { arg, path, format: forced ?? 'markdown' };
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      throw new UsageError(`${arg}: cannot read it (${describeIoError(error)}).`);
    }
    if (info.isDirectory()) {
      if (forced && forced !== 'markdown') throw new UsageError(`${arg}: is a folder; --input-format ${forced} needs a file.`);
      return { arg, path, format: 'markdown' };
    }
    if (!info.isFile()) throw new UsageError(`${arg}: not a regular file (a pipe, socket or device); give an export file or a folder.`);
    const ext = extname(path).toLowerCase();
    const format = forced ?? (ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : ext === '.csv' ? 'csv' : ext === '.tsv' ? 'tsv' : ext === '.md' || ext === '.markdown' ? 'markdown' : undefined);
    if (!format) throw new UsageError(`${arg}: unknown kind of input; name it .jsonl, .csv, .tsv or .md, or say --input-format jsonl|csv|tsv|markdown.`);
    return { arg, path, format };
  });
}

export function inputBytes(inputs: readonly Input[]): number {
  let total = 0;
  for (const i of inputs) {
    if (i.format === 'markdown') continue;
    try {
      total += statSync(i.path).size;
    } catch {
      // Reported when it is read.
    }
  }
  return total;
}

class Batcher {
  private items: WorkItem[] = [];
  private bytes = 0;

  add(item: WorkItem, bytes: number): WorkItem[] | undefined {
    this.items.push(item);
    this.bytes += bytes;
    return this.items.length >= BATCH_RECORDS || this.bytes >= BATCH_BYTES ? this.take() : undefined;
  }

  take(): WorkItem[] | undefined {
    if (this.items.length === 0) return undefined;
    const out = this.items;
    this.items = [];
    this.bytes = 0;
    return out;
  }
}

export async function* readInputs(inputs: readonly Input[], cwd: string, fields: FieldSettings, shard: Shard | undefined, state: ReadState): AsyncGenerator<WorkItem[]> {
  const mine = (index: number) => !shard || index % shard.count === shard.index - 1;
  const batcher = new Batcher();
  const ignore = new IgnoreRules(cwd, { patterns: [], disabled: false });
  for (const [source, input] of inputs.entries()) {
    const name = displayPath(input.path, cwd);
    if (input.format === 'markdown') {
      const isFolder = statSync(input.path, { throwIfNoEntry: false })?.isDirectory() ?? false;
      for (const target of await resolveTargets([input.arg], cwd)) {
        if (target.problem) throw new UsageError(target.problem);
        if (ignore.ignores(target.path)) continue;
        const index = state.records++;
        if (!mine(index)) continue;
        const root = isFolder ? input.path : dirname(target.path);
        const folder = relative(root, dirname(target.path)).split(/[\\/]/).join('/') || '.';
        // The size (0 if it cannot be read: the linting side reports that) picks the thread for a very large note.
        const bytes = statSync(target.path, { throwIfNoEntry: false })?.size ?? 0;
        const full = batcher.add({ kind: 'file', index, path: target.path, displayPath: displayPath(target.path, cwd), folder, bytes }, Math.min(bytes, BATCH_BYTES));
        if (full) yield full;
      }
    } else if (input.format === 'jsonl') {
      for await (const line of readLines(input.path, MAX_RECORD_BYTES, (n) => (state.bytesRead += n))) {
        if (line.bytes && isBlank(line.bytes)) continue;
        const index = state.records++;
        if (!mine(index)) continue;
        const where = `${name}:${line.lineNo}`;
        const item: WorkItem = line.bytes
          ? { kind: 'line', index, source, where, line: line.bytes.toString('utf8').replace(/^\ufeff/, '') }
          : { kind: 'unreadable', index, where, problem: `${where}: longer than ${MAX_RECORD_BYTES / 1024 / 1024} MB; skipped.` };
        const full = batcher.add(item, line.bytes?.length ?? 0);
        if (full) yield full;
      }
    } else {
      yield* readCsv(input, source, name, fields, mine, batcher, state);
    }
  }
  const last = batcher.take();
  if (last) yield last;
}

async function* readCsv(input: Input, source: number, name: string, fields: FieldSettings, mine: (i: number) => boolean, batcher: Batcher, state: ReadState): AsyncGenerator<WorkItem[]> {
  const stream = createReadStream(input.path, { highWaterMark: 1 << 20 });
  stream.on('data', (chunk) => (state.bytesRead += chunk.length));
  const parser = stream.pipe(
    parseCsv({
      columns: true,
      bom: true,
      delimiter: input.format === 'tsv' ? '\t' : ',',
      skip_empty_lines: true,
      // A short or long row is one bad record, reported as such (its text field is missing), not the end of the export.
      relax_column_count: true,
      max_record_size: MAX_RECORD_BYTES,
      info: true,
    }),
  );
  stream.on('error', (error) => parser.destroy(error));
  const keep = neededFields(fields);
  try {
    for await (const row of parser as AsyncIterable<{ record: Record<string, unknown>; info: { lines: number } }>) {
      const index = state.records++;
      if (!mine(index)) continue;
      const record: Record<string, unknown> = {};
      let bytes = 0;
      for (const k of keep) {
        const v = row.record[k];
        if (v === undefined) continue;
        record[k] = v;
        if (typeof v === 'string') bytes += v.length;
      }
      const full = batcher.add({ kind: 'record', index, source, where: `${name}:${row.info.lines}`, record }, bytes);
      if (full) yield full;
    }
  } catch (error) {
    throw new UsageError(describeCsvError(name, error));
  }
}

/** csv-parse's messages can quote the offending characters (note text): only the kind of problem and the line are shown. */
function describeCsvError(name: string, error: unknown): string {
  const e = error as Partial<CsvError> & NodeJS.ErrnoException & { lines?: number };
  if (e.code && !e.code.startsWith('CSV_')) return `${name}: cannot read it (${describeIoError(error)}).`;
  const line = e.lines !== undefined ? `:${e.lines}` : '';
  const what: Record<string, string> = {
    CSV_INVALID_CLOSING_QUOTE: 'a quoted field is followed by more text before the next comma',
    CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
    CSV_MAX_RECORD_SIZE: `a row is longer than ${MAX_RECORD_BYTES / 1024 / 1024} MB`,
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted field is followed by more text before the next comma',
    CSV_INVALID_OPENING_QUOTE: 'a quote opens in the middle of a field',
  };
  return `${name}${line}: not valid CSV (${(e.code && what[e.code]) ?? e.code ?? 'unreadable'}); nothing was written. Fix the export and run again.`;
}
