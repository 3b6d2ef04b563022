/**
 * `rapport audit`: prevalence of flagged language across a whole export of
 * notes, on the same engine and project configuration as `rapport` (see
 * docs/audit.md). Reads the input as a stream, lints on worker threads, keeps
 * counts only, and writes them as JSON, CSV or a self-contained HTML report;
 * `rapport audit merge` adds up the parts of a sharded run.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UsageError } from '../args.ts';
import type { ConfigChoice } from '../config.ts';
import type { CliIO } from '../main.ts';
import { AUDIT_HELP, parseAuditArgs, type AuditArgs } from './args.ts';
import { AuditCounts, type ShardInfo } from './counts.ts';
import type { AuditSettings, NoteOutcome } from './items.ts';
import { runMerge } from './merge.ts';
import { renderAudit, writeAudit } from './output.ts';
import { auditBatches, auditWorkers } from './pool.ts';
import { Progress } from './progress.ts';
import { classifyInputs, inputBytes, readInputs, type Input, type ReadState } from './sources.ts';

declare const RAPPORT_VERSION: string;
const VERSION = typeof RAPPORT_VERSION === 'string' ? RAPPORT_VERSION : 'dev';

/** Problems listed one per line on stderr; past this many, only counted. */
const PROBLEMS_SHOWN = 20;

export async function runAudit(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseAuditArgs(argv);
    if (args.help) {
      io.stdout(AUDIT_HELP + '\n');
      return 0;
    }
    return args.command === 'merge' ? await runMerge(args, io, VERSION) : await audit(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rapport: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function configChoice(args: AuditArgs, cwd: string): ConfigChoice {
  const choice: ConfigChoice = { noConfig: args.noConfig, rules: args.rules };
  if (args.config !== undefined) {
    const file = resolve(cwd, args.config);
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`--config ${args.config}: no such configuration file.`);
    choice.configFile = file;
  }
  if (args.mode) choice.mode = args.mode;
  return choice;
}

/** What shards of one audit must agree on: the input (names and sizes) and every option that changes the counts. */
function settingsDigest(args: AuditArgs, inputs: readonly Input[]): string {
  const described = inputs.map((i) => ({ name: basename(i.path), format: i.format, bytes: i.format === 'markdown' ? null : statSync(i.path).size }));
  const shape = { inputs: described, fields: args.fields, mode: args.mode ?? null, rules: args.rules, config: args.config ? basename(args.config) : null, noConfig: args.noConfig, examples: args.examples };
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 16);
}

async function audit(args: AuditArgs, io: CliIO): Promise<number> {
  const config = configChoice(args, io.cwd);
  const inputs = classifyInputs(args.inputs, io.cwd, args.inputFormat);
  const settings: AuditSettings = { cwd: io.cwd, config, fields: args.fields, examples: args.examples, exportPaths: inputs.map((i) => i.path) };
  const counts = new AuditCounts(args.fields.groupBy, args.examples);
  const state: ReadState = { records: 0, bytesRead: 0 };
  const totalBytes = inputBytes(inputs);
  const progress = Progress.start(io, args.output === undefined && io.isTTY, totalBytes);

  const problems: string[] = [];
  let problemCount = 0;
  let badDates = 0;
  const seenConfigProblems = new Set<string>();
  let audited = 0;
  const onOutcomes = (outcomes: NoteOutcome[]) => {
    for (const o of outcomes) {
      for (const line of o.configProblems ?? []) {
        if (seenConfigProblems.has(line)) continue;
        seenConfigProblems.add(line);
        io.stderr(`rapport: configuration: ${line}\n`);
      }
      if (o.ignored) continue;
      if (o.problem !== undefined) {
        counts.skipped++;
        if (problemCount++ < PROBLEMS_SHOWN) problems.push(o.problem);
        continue;
      }
      if (o.badDate) badDates++;
      if (o.counts) counts.addNote(o.counts);
      audited++;
    }
    progress?.update(audited, state.bytesRead);
  };

  try {
    await auditBatches(readInputs(inputs, io.cwd, args.fields, args.shard, state), settings, auditWorkers(), onOutcomes);
  } finally {
    progress?.stop();
  }

  let shard: ShardInfo | undefined;
  if (args.shard) shard = { index: args.shard.index, count: args.shard.count, records: state.records, settings: settingsDigest(args, inputs), examples: args.examples };
  await writeAudit(io.cwd, args.output, renderAudit(counts.toJson(shard), args.format, VERSION), io.stdout);

  for (const p of problems) io.stderr(`rapport: ${p}\n`);
  if (problemCount > PROBLEMS_SHOWN) io.stderr(`rapport: … and ${problemCount - PROBLEMS_SHOWN} more records that could not be audited.\n`);
  if (problemCount > 0) io.stderr(`rapport: ${problemCount} record${problemCount === 1 ? '' : 's'} could not be audited and ${problemCount === 1 ? 'is' : 'are'} not counted ("skipped" in the result).\n`);
  if (badDates > 0) io.stderr(`rapport: ${badDates} note${badDates === 1 ? ' has' : 's have'} a ${args.fields.dateField} that is not a date read as such (use 2024-03-05); counted under "(missing)" in periods.\n`);
  return problemCount > 0 || seenConfigProblems.size > 0 ? 2 : 0;
}
