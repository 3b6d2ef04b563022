/**
 * `rapport audit merge PARTS…`: adds up the parts written with --shard K/N.
 * The parts carry exact counts (never only rates) and the kept examples, so
 * the sum is exactly what one run over the whole input writes. Parts of
 * different inputs or options, a part given twice and a missing part are
 * refused: a quietly partial audit would understate every rate.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../args.ts';
import { describeIoError } from '../files.ts';
import type { CliIO } from '../main.ts';
import type { MergeArgs } from './args.ts';
import { AuditCounts, Tally, type AuditJson, type ShardInfo } from './counts.ts';
import { renderAudit, writeAudit } from './output.ts';

const MAX_PART_BYTES = 512 * 1024 * 1024;

class PartError extends Error {}

function count(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new PartError(`${what} is not a count`);
  return v;
}

function object(v: unknown, what: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new PartError(`${what} is missing or not an object`);
  return v as Record<string, unknown>;
}

function readTally(raw: unknown, what: string, onExample?: (ruleId: string, id: string, excerpt: string) => void): Tally {
  const o = object(raw, what);
  const t = new Tally();
  t.notes = count(o.notes, `${what}.notes`);
  t.notesWithFindings = count(o.notesWithFindings, `${what}.notesWithFindings`);
  for (const [kind, map] of [['families', t.families], ['rules', t.rules]] as const) {
    for (const [key, value] of Object.entries(object(o[kind], `${what}.${kind}`))) {
      const e = object(value, `${what}.${kind}.${key}`);
      const c = { notes: count(e.notes, `${what}.${kind}.${key}.notes`), findings: count(e.findings, `${what}.${kind}.${key}.findings`) };
      if (c.notes > 0 || c.findings > 0) map.set(key, c);
      if (kind === 'rules' && e.examples !== undefined && onExample) {
        if (!Array.isArray(e.examples)) throw new PartError(`${what}.rules.${key}.examples is not a list`);
        for (const x of e.examples) {
          const ex = object(x, `an example of ${key}`);
          if (typeof ex.id !== 'string' || typeof ex.excerpt !== 'string') throw new PartError(`an example of ${key} has no id or excerpt`);
          onExample(key, ex.id, ex.excerpt);
        }
      }
    }
  }
  return t;
}

function readShard(raw: unknown): ShardInfo {
  const o = object(raw, '"shard"');
  if (typeof o.settings !== 'string') throw new PartError('"shard.settings" is missing');
  return { index: count(o.index, 'shard.index'), count: count(o.count, 'shard.count'), records: count(o.records, 'shard.records'), settings: o.settings, examples: count(o.examples, 'shard.examples') };
}

/** Reads one part back into counts. */
export function readPart(json: unknown): { counts: AuditCounts; shard: ShardInfo } {
  const o = object(json, 'the result');
  if (o.shard === undefined) throw new PartError('it has no "shard" section: it is a finished audit, not a part written with --shard K/N');
  const shard = readShard(o.shard);
  const groups = object(o.groups, '"groups"');
  const counts = new AuditCounts(Object.keys(groups), shard.examples);
  counts.overall.addTally(readTally(o, 'the result', (ruleId, id, excerpt) => counts.addExample(ruleId, { id, excerpt })));
  Object.entries(groups).forEach(([field, values], i) => {
    for (const [value, t] of Object.entries(object(values, `groups.${field}`))) counts.groups[i]!.set(value, readTally(t, `groups.${field}.${value}`));
  });
  for (const [period, t] of Object.entries(object(o.periods, '"periods"'))) counts.periods.set(period, readTally(t, `periods.${period}`));
  if (o.skipped !== undefined) counts.skipped = count(o.skipped, '"skipped"');
  return { counts, shard };
}

function loadPart(path: string, shown: string): unknown {
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new UsageError(`${shown}: not a regular file.`);
    if (info.size > MAX_PART_BYTES) throw new UsageError(`${shown}: larger than ${MAX_PART_BYTES / 1024 / 1024} MB; not an audit part.`);
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof SyntaxError) throw new UsageError(`${shown}: not valid JSON; is it a part written by rapport audit --shard?`);
    throw new UsageError(`${shown}: cannot read it (${describeIoError(error)}).`);
  }
}

/** Adds up the parts; throws a UsageError naming the part at fault. */
export function mergeParts(parts: ReadonlyArray<{ name: string; json: unknown }>): AuditCounts {
  let total: AuditCounts | undefined;
  let first: { name: string; shard: ShardInfo } | undefined;
  const seen = new Map<number, string>();
  for (const part of parts) {
    let read;
    try {
      read = readPart(part.json);
    } catch (error) {
      if (error instanceof PartError) throw new UsageError(`${part.name}: not an audit part (${error.message}).`);
      throw error;
    }
    const { counts, shard } = read;
    if (!first) first = { name: part.name, shard };
    else if (shard.count !== first.shard.count || shard.settings !== first.shard.settings || shard.records !== first.shard.records) {
      throw new UsageError(`${part.name} and ${first.name} are parts of different audits (another input, shard count or options); merge parts of one run only.`);
    } else if (counts.groupFields.join('\u0000') !== total!.groupFields.join('\u0000')) {
      throw new UsageError(`${part.name} and ${first.name} group by different fields.`);
    }
    if (shard.index < 1 || shard.index > shard.count) throw new UsageError(`${part.name}: shard ${shard.index}/${shard.count} is out of range.`);
    const twice = seen.get(shard.index);
    if (twice !== undefined) throw new UsageError(`${part.name} and ${twice} are both shard ${shard.index}/${shard.count}.`);
    seen.set(shard.index, part.name);
    if (total) total.add(counts);
    else total = counts;
  }
  const missing: number[] = [];
  for (let k = 1; k <= first!.shard.count; k++) if (!seen.has(k)) missing.push(k);
  if (missing.length) {
    const list = missing.length > 10 ? `${missing.slice(0, 10).join(', ')}, …` : missing.join(', ');
    throw new UsageError(`shard${missing.length === 1 ? '' : 's'} ${list} of ${first!.shard.count} ${missing.length === 1 ? 'is' : 'are'} missing; nothing was written.`);
  }
  return total!;
}

export async function runMerge(args: MergeArgs, io: CliIO, version: string): Promise<number> {
  const parts = args.parts.map((p) => ({ name: p, json: loadPart(resolve(io.cwd, p), p) }));
  const merged = mergeParts(parts);
  const json: AuditJson = merged.toJson();
  await writeAudit(io.cwd, args.output, renderAudit(json, args.format, version), io.stdout);
  if (merged.skipped > 0) {
    io.stderr(`rapport: ${merged.skipped} record${merged.skipped === 1 ? '' : 's'} could not be audited in the parts and ${merged.skipped === 1 ? 'is' : 'are'} not counted ("skipped").\n`);
    return 2;
  }
  return 0;
}
