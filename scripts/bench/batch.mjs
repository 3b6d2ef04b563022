/**
 * Batch benchmark for the CLI: generates a folder of 30,000 varied notes
 * (about 15 MB) in a temporary folder, lints it with the built CLI (JSON to a
 * file), and prints wall time, MB/s, CPU time and peak memory, for the default
 * (worker threads across cores) and for a single thread; next to the time
 * remark-parse alone needs to parse the same text.
 *
 *   node scripts/bench/batch.mjs [--notes 30000] [--keep] [--no-single]
 *
 * Target (issue 6): ≤ 5 s wall on a 2-core machine. Figures depend on what
 * else the machine is doing: the CPU line shows the work done.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateNotes } from './generate-notes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { notes: { type: 'string', default: '30000' }, keep: { type: 'boolean' }, 'no-single': { type: 'boolean' } } });
const count = Number(values.notes);

const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
const notesDir = join(dir, 'notes');
let t0 = performance.now();
const { bytes } = generateNotes(notesDir, count);
const mb = bytes / 1e6;
console.log(`generated ${count.toLocaleString('en')} notes, ${mb.toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s (${dir})`);
console.log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);

function runCli(label, env) {
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'measure-cli.cjs'), notesDir, '--format', 'json', '--output', join(dir, 'out.json'), '--no-config'], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - start) / 1000;
  const usage = JSON.parse(/RAPPORT_BENCH (.*)/.exec(r.stderr)?.[1] ?? '{}');
  if (r.status !== 0 && r.status !== 1) {
    console.error(r.stderr);
    throw new Error(`${label}: the CLI exited ${r.status}`);
  }
  const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
  const s = out.summary;
  return { label, wall, usage, files: s.files, findings: s.errors + s.warnings + s.infos + s.hints };
}

function remarkBaseline() {
  // remark-parse alone (unified + remark-parse, no plugins) over the same notes, read one at a time; parse time only.
  return import('unified').then(async ({ unified }) => {
    const { default: remarkParse } = await import('remark-parse');
    const processor = unified().use(remarkParse);
    let parseMs = 0;
    for (const folder of readdirSync(notesDir).sort()) {
      for (const name of readdirSync(join(notesDir, folder))) {
        const text = readFileSync(join(notesDir, folder, name), 'utf8');
        const t = performance.now();
        processor.parse(text);
        parseMs += performance.now() - t;
      }
    }
    return parseMs / 1000;
  });
}

const runs = [runCli('CLI, worker threads (default)', {})];
if (!values['no-single']) runs.push(runCli('CLI, one thread (RAPPORT_WORKERS=0)', { RAPPORT_WORKERS: '0' }));
t0 = performance.now();
const remark = await remarkBaseline();

const pad = (s, n) => String(s).padEnd(n);
console.log('');
console.log(`${pad('', 38)}${pad('wall', 10)}${pad('MB/s', 9)}${pad('CPU (user+sys)', 17)}peak RSS`);
for (const r of runs) {
  const cpu = ((r.usage.userMs ?? 0) + (r.usage.systemMs ?? 0)) / 1000;
  console.log(`${pad(r.label, 38)}${pad(`${r.wall.toFixed(2)} s`, 10)}${pad((mb / r.wall).toFixed(1), 9)}${pad(`${cpu.toFixed(1)} s`, 17)}${((r.usage.maxRSSKB ?? 0) / 1024).toFixed(0)} MB`);
}
console.log(`${pad('remark-parse alone (one thread)', 38)}${pad(`${remark.toFixed(2)} s`, 10)}${pad((mb / remark).toFixed(1), 9)}(parse time only, files read separately)`);
console.log(`\n${runs[0].files.toLocaleString('en')} files, ${runs[0].findings.toLocaleString('en')} findings. Target: ≤ 5 s wall on 2 cores.`);
if (runs[1] && runs[0].findings !== runs[1].findings) console.log('WARNING: the worker and single-thread runs disagree.');

if (values.keep) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });

