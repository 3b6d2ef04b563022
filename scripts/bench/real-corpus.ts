/**
 * Benchmarks on real clinical text (../shared/corpus/mtsamples-dev, 357 transcribed reports): generated
 * notes repeat blocks and flatter the block cache, so the figures that matter are measured here too.
 *
 *   node --import tsx scripts/bench/real-corpus.ts [--corpus DIR] [--copies N] [--alex path/to/alex/cli.js]
 *
 * Prints: the CLI's wall and CPU time (best of 3) on the ×N folder and on the distinct notes alone, by default
 * (bin/rapport.js decides the threads), in one thread and with one worker thread, and its start-up on one
 * note with and without the startup snapshot; next to remark-parse's own parse time for the same files in one thread, and alex's wall time when alex is installed
 * (`npm install --no-save alex@11`; it is not a dependency); and the keystroke re-lint of a 1,000-line note
 * made of real report text. Asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Linter } from '../../server/src/engine/index.ts';

const root = join(__dirname, '..', '..');
const { values } = parseArgs({ options: { corpus: { type: 'string' }, copies: { type: 'string', default: '4' }, alex: { type: 'string' } } });
const corpus = resolve(values.corpus ?? join(root, '..', 'shared', 'corpus', 'mtsamples-dev'));
if (!existsSync(corpus)) {
  console.log(`real-corpus bench skipped: ${corpus} is not here (pass --corpus DIR)`);
  process.exit(0);
}
// Several copies of the corpus, so that start-up does not dominate; each copy is a separate folder of
// the same real notes (the CLI's block cache is per process and per thread, as it would be for real).
const copies = Math.max(1, Number(values.copies));
const dir = mkdtempSync(join(tmpdir(), 'rapport-real-'));
const files = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort();
for (let c = 0; c < copies; c++) cpSync(corpus, join(dir, 'notes', `copy-${c}`), { recursive: true });
const texts = files.map((f) => readFileSync(join(corpus, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) * copies;
const mb = bytes / 1e6;
console.log(`real text: ${files.length} reports × ${copies} copies = ${files.length * copies} notes, ${mb.toFixed(2)} MB; ${availableParallelism()} cores`);

/** User+system CPU of waited-for child processes so far (Linux /proc; undefined elsewhere), in seconds. */
function childCpu(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    // After the ") ", field 14 (cutime) and 15 (cstime) of proc(5) are at 11 and 12; clock ticks, 100 per second.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

interface Timing {
  wall: number;
  cpu: number | undefined;
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): Timing {
  const c0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - t0) / 1000;
  const c1 = childCpu();
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { wall, cpu: c0 === undefined || c1 === undefined ? undefined : c1 - c0 };
}

/** Best wall and best CPU of `reps` runs (the machine may be shared: the best is the least disturbed). */
function best(reps: number, cmd: string, args: string[], env: Record<string, string> = {}): Timing {
  const all = Array.from({ length: reps }, () => run(cmd, args, env));
  const cpus = all.map((t) => t.cpu).filter((c): c is number => c !== undefined);
  return { wall: Math.min(...all.map((t) => t.wall)), cpu: cpus.length ? Math.min(...cpus) : undefined };
}
const wall = (cmd: string, args: string[], env: Record<string, string> = {}) => run(cmd, args, env).wall;
const fmt = (t: Timing, megabytes: number) => `${t.wall.toFixed(2)} s wall (${(megabytes / t.wall).toFixed(2)} MB/s)${t.cpu === undefined ? '' : `, ${t.cpu.toFixed(2)} s CPU`}`;

const REPS = 3;
const cli = join(root, 'bin', 'rapport.js');
const out = join(dir, 'out.json');
const lint = (folder: string) => [cli, folder, '--format', 'json', '--output', out, '--no-config'];
// One copy on its own: the 357 distinct reports, with no repeated note for the block cache to remember.
cpSync(corpus, join(dir, 'distinct'), { recursive: true });
const distinctMb = mb / copies;
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; best of ${REPS} runs each`);
const byDefault = best(REPS, process.execPath, lint('notes'));
const summary = JSON.parse(readFileSync(out, 'utf8')).summary;
const oneThread = best(REPS, process.execPath, lint('notes'), { RAPPORT_WORKERS: '0' });
const oneWorker = best(REPS, process.execPath, lint('notes'), { RAPPORT_WORKERS: '1' });
const distinctDefault = best(REPS, process.execPath, lint('distinct'));
const distinctOne = best(REPS, process.execPath, lint('distinct'), { RAPPORT_WORKERS: '0' });
const distinctWorker = best(REPS, process.execPath, lint('distinct'), { RAPPORT_WORKERS: '1' });
// Start-up: one short note, from the startup snapshot and without it.
writeFileSync(join(dir, 'one.md'), texts[0]!);
const startSnapshot = best(5, process.execPath, lint('one.md'));
const startPlain = best(5, process.execPath, lint('one.md'), { RAPPORT_SNAPSHOT: '0' });

// remark-parse alone, one thread, the same text (parse only, files already in memory), each in a fresh process
// so that it starts cold as the CLI does (best of 3).
const remarkRun = (n: number) => Math.min(...Array.from({ length: REPS }, () => Number(spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'remark-time.mjs'), corpus, String(n)], { cwd: root, encoding: 'utf8' }).stdout.trim())));
const remark = remarkRun(copies);
const remarkDistinct = remarkRun(1);

console.log(`CLI, ×${copies} (${files.length * copies} notes), default:     ${fmt(byDefault, mb)}; ${summary.errors + summary.warnings + summary.infos + summary.hints} findings`);
console.log(`CLI, ×${copies}, one thread (RAPPORT_WORKERS=0): ${fmt(oneThread, mb)}`);
console.log(`CLI, ×${copies}, one worker (RAPPORT_WORKERS=1): ${fmt(oneWorker, mb)}`);
console.log(`CLI, ${files.length} distinct notes, default:      ${fmt(distinctDefault, distinctMb)}`);
console.log(`CLI, distinct, one thread:                ${fmt(distinctOne, distinctMb)}`);
console.log(`CLI, distinct, one worker:                ${fmt(distinctWorker, distinctMb)}`);
console.log(`CLI start-up, one note: ${fmt(startSnapshot, 0).replace(/ \(.*?\)/, '')} from the startup snapshot; ${fmt(startPlain, 0).replace(/ \(.*?\)/, '')} without (RAPPORT_SNAPSHOT=0)`);
console.log(`remark-parse alone:  ${remark.toFixed(2)} s (${(mb / remark).toFixed(2)} MB/s, one thread, parse only, ×${copies}); distinct notes ${remarkDistinct.toFixed(2)} s (each in a fresh process, best of ${REPS})`);
console.log(`  CLI wall (default) / remark-parse: ×${copies} ${(byDefault.wall / remark).toFixed(2)}×, distinct ${(distinctDefault.wall / remarkDistinct).toFixed(2)}× (target ≤ 0.5×)`);

const require = createRequire(__filename);
function findAlex(): string | undefined {
  if (values.alex) return values.alex;
  try {
    return join(require.resolve('alex/package.json').replace(/package\.json$/, ''), 'cli.js');
  } catch {
    return undefined;
  }
}
const alexBin = findAlex();
if (alexBin && existsSync(alexBin)) {
  // Once each: alex takes tens of seconds.
  const alex = wall(process.execPath, [alexBin, 'notes'], {});
  const alexDistinct = wall(process.execPath, [alexBin, 'distinct'], {});
  console.log(`alex (same notes):   ×${copies} ${alex.toFixed(2)} s → Rapport (default) is ${(alex / byDefault.wall).toFixed(1)}× faster; distinct ${alexDistinct.toFixed(2)} s → ${(alexDistinct / distinctDefault.wall).toFixed(1)}× (target ≥ 30×)`);
} else {
  console.log('alex: not installed (npm install --no-save alex@11, or --alex path/to/alex/cli.js, to compare)');
}

// Keystroke re-lint on a 1,000-line note of real text: the engine and position mapping, as the server does.
const lines: string[] = [];
for (let i = 0; lines.length < 1000; i++) lines.push(...texts[i % texts.length]!.split('\n'), '');
let text = lines.slice(0, 1000).join('\n');
const linter = new Linter();
linter.lint(text);
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const times: number[] = [];
for (let i = 0; i < 500; i++) {
  const ls = text.split('\n');
  let line = Math.floor(rnd() * ls.length);
  while (!/^[A-Za-z*]/.test(ls[line]!)) line = (line + 1) % ls.length;
  const col = Math.floor(rnd() * ls[line]!.length);
  ls[line] = ls[line]!.slice(0, col) + (i % 7 === 0 ? ' ' : 'e') + ls[line]!.slice(col);
  text = ls.join('\n');
  const t = performance.now();
  const doc = TextDocument.create('file:///n.md', 'markdown', i, text);
  for (const f of linter.lint(text).findings) {
    doc.positionAt(f.start);
    doc.positionAt(f.end);
  }
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
console.log(`keystroke re-lint, 1,000 lines of real reports (${(text.length / 1024).toFixed(0)} KB), 500 edits: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${times[times.length - 1]!.toFixed(2)} ms (target p95 ≤ 10 ms)`);
rmSync(dir, { recursive: true, force: true });
