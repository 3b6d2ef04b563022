/**
 * Audit benchmark: builds an EHR-style JSONL export of real clinical text
 * (scripts/bench/audit-export.mjs: 40,000 notes, 127 MB by default), runs
 * `rapport audit` over it with the built CLI (grouped by department and note
 * type, by month), and prints notes/s, MB/s, CPU time and peak memory (the
 * whole process, worker threads included). Issue 12's bound: under 400 MB.
 *
 *   node scripts/bench/audit.mjs [--notes 40000] [--mb 127] [--single] [--keep]
 *
 * --single also runs with one thread (RAPPORT_WORKERS=0) for comparison.
 * Wall-clock figures depend on what else the machine is doing: the CPU
 * column shows the work done.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeAuditExport } from './audit-export.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { notes: { type: 'string', default: '40000' }, mb: { type: 'string', default: '127' }, single: { type: 'boolean' }, keep: { type: 'boolean' } } });

const dir = mkdtempSync(join(tmpdir(), 'rapport-audit-bench-'));
const file = join(dir, 'export.jsonl');
const made = await writeAuditExport(file, { notes: Number(values.notes), mb: Number(values.mb) });
const mb = made.bytes / 1e6;
console.log(`export: ${made.notes.toLocaleString('en')} notes, ${mb.toFixed(1)} MB of JSONL from ${made.corpus}`);
console.log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);

function run(label, env) {
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'measure-cli.cjs'), 'audit', file, '--group-by', 'department', '--group-by', 'note_type', '--date-field', 'date', '--output', join(dir, 'audit.json')], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const wall = (performance.now() - start) / 1000;
  if (r.status !== 0) {
    console.error(r.stderr);
    throw new Error(`${label}: rapport audit exited ${r.status}`);
  }
  const usage = JSON.parse(/RAPPORT_BENCH (.*)/.exec(r.stderr)?.[1] ?? '{}');
  const out = JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8'));
  return { label, wall, usage, notes: out.notes, withFindings: out.notesWithFindings };
}

const runs = [run('audit, worker threads (default)', {})];
if (values.single) runs.push(run('audit, one thread (RAPPORT_WORKERS=0)', { RAPPORT_WORKERS: '0' }));

const pad = (s, n) => String(s).padEnd(n);
console.log('');
console.log(`${pad('', 40)}${pad('wall', 10)}${pad('notes/s', 10)}${pad('MB/s', 8)}${pad('CPU (user+sys)', 17)}peak RSS`);
for (const r of runs) {
  const cpu = ((r.usage.userMs ?? 0) + (r.usage.systemMs ?? 0)) / 1000;
  console.log(`${pad(r.label, 40)}${pad(`${r.wall.toFixed(1)} s`, 10)}${pad(Math.round(r.notes / r.wall), 10)}${pad((mb / r.wall).toFixed(2), 8)}${pad(`${cpu.toFixed(1)} s`, 17)}${((r.usage.maxRSSKB ?? 0) / 1024).toFixed(0)} MB`);
}
const cpu = ((runs[0].usage.userMs ?? 0) + (runs[0].usage.systemMs ?? 0)) / 1000;
console.log(`\nper CPU-second: ${Math.round(runs[0].notes / cpu)} notes, ${(mb / cpu).toFixed(2)} MB. ${runs[0].notes.toLocaleString('en')} notes audited, ${runs[0].withFindings.toLocaleString('en')} with at least one finding. Bound: peak RSS < 400 MB.`);
if (runs[1] && runs[1].withFindings !== runs[0].withFindings) console.log('WARNING: the worker and single-thread runs disagree.');

if (values.keep) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
