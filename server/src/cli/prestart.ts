/**
 * Starts the worker threads of a large batch before the CLI loads the engine.
 *
 * Loading the engine compiles every rule (about half a second of one core), and a worker thread has to do
 * the same before it lints anything. Started after the main thread's own start-up and file search, as
 * they used to be, the workers began to help only a second into the run, and on two cores a batch of 357
 * notes gained almost nothing from its worker. bin/rapport.js therefore loads this small module first
 * (Node built-ins only): when the command line names folders that hold at least WORKER_THRESHOLD notes,
 * the workers are started at once, load and compile while the main thread does the same, and wait, unref'd
 * (an idle one never keeps the process alive), for batch.ts to adopt them with the run's settings. A run
 * that turns out to need fewer (ignore rules, a usage error) ends the spare ones.
 */
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { cliDir, startWorker } from './location.ts';

/** Below this many notes, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 300;
/** The most notes sent to a thread at once (batch.ts sends fewer as the queue runs out). */
export const CHUNK = 48;

export interface Prestarted {
  worker: Worker;
  /** It stopped (failed to load) before it was adopted. */
  exited: boolean;
}

const KEY = Symbol.for('rapport.cli.prestartedWorkers');
type Holder = { [KEY]?: Prestarted[] };

export function workerFile(): string {
  return join(cliDir(), 'cli-worker.js');
}

/**
 * Text a worker thread must get to pay for itself. A worker starts its own JIT from cold (about 0.8 s of CPU
 * before it lints at full speed, against 0.2 s for the main thread started from the snapshot) and has its own
 * block cache. Measured on two cores: with one worker, 357 real reports (1.2 MB), the same ×4 (4.6 MB, one
 * thread's cache hits the copies) and 4.6 MB of distinct real text all took 0.3–1 s more CPU and ended later;
 * 30,000 generated notes (14.3 MB) ended 1.1 s sooner on an idle machine (4.9 s against 6.0 s).
 */
export const WORKER_MIN_BYTES = 6_000_000;
/** Notes whose size is read to estimate a batch's bytes (the first ones, so the estimate is the same every run). */
const SAMPLE = 64;

/** A batch's bytes, estimated from the sizes of its first notes. */
export function estimateBytes(paths: readonly string[], count: number): number {
  let bytes = 0;
  let seen = 0;
  for (const path of paths.slice(0, SAMPLE)) {
    try {
      bytes += statSync(path).size;
      seen++;
    } catch {
      // Unreadable: the batch reports it; it does not count.
    }
  }
  return seen === 0 ? 0 : (bytes / seen) * count;
}

/**
 * Cores a worker thread could have to itself: the machine's, less the load average (what other programs keep
 * busy), less one for the main thread, which lints too. Read once per process, so that the decisions agree.
 */
let spare: number | undefined;
function spareCores(): number {
  spare ??= Math.max(0, availableParallelism() - 1 - Math.round(loadavg()[0] ?? 0));
  return spare;
}

/**
 * How many worker threads a batch of `items` notes of about `bytes` bytes gets: RAPPORT_WORKERS, or for a large
 * batch one per spare core (up to 7) and per WORKER_MIN_BYTES of text.
 */
export function workerCount(items: number, bytes: number): number {
  const env = process.env.RAPPORT_WORKERS;
  let n: number;
  if (env !== undefined && /^\d+$/.test(env)) n = Number(env);
  else n = items >= WORKER_THRESHOLD ? Math.min(spareCores(), 7, Math.floor(bytes / WORKER_MIN_BYTES)) : 0;
  return Math.max(0, Math.min(n, Math.ceil(items / CHUNK)));
}

/** Notes (*.md, *.markdown) under `dir` as the file search would find them, counted up to `limit`; the first SAMPLE paths go into `sample`. */
function countNotes(dir: string, limit: number, sample: string[]): number {
  let count = 0;
  const stack = [dir];
  let visited = 0;
  while (stack.length && count < limit && visited < limit * 4) {
    const current = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      visited++;
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      if (e.isDirectory()) stack.push(join(current, e.name));
      else if (/\.(?:md|markdown)$/.test(e.name)) {
        count++;
        if (sample.length < SAMPLE) sample.push(join(current, e.name));
      }
    }
  }
  return count;
}

/** Arguments after which no batch runs. */
const NO_BATCH = new Set(['--stdin', '--help', '-h', '--version', '-v', '--print-config']);

/**
 * Starts the workers a run of `argv` will want, judged from the folders it names (globs and files are left to
 * batch.ts). Cheap when there are none: a stat per argument.
 */
export function prestartWorkers(argv: readonly string[], cwd = process.cwd()): void {
  try {
    if (argv[0] === 'audit' || argv.some((a) => NO_BATCH.has(a) || a.startsWith('--print-config='))) return;
    // Enough to tell a batch that gets workers (WORKER_MIN_BYTES of ordinary notes) from one that does not.
    const limit = 40_000;
    const sample: string[] = [];
    let notes = 0;
    for (const arg of argv) {
      if (arg.startsWith('-') || arg === 'report') continue;
      const path = resolve(cwd, arg);
      let folder = false;
      try {
        folder = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (folder) notes += countNotes(path, limit - notes, sample);
      if (notes >= limit) break;
    }
    const count = workerCount(notes, estimateBytes(sample, notes));
    if (count === 0) return;
    const file = workerFile();
    const started: Prestarted[] = [];
    for (let i = 0; i < count; i++) {
      const entry: Prestarted = { worker: startWorker(file), exited: false };
      // Until adopted: a failure only marks it; batch.ts starts another in its place or lints in this thread.
      entry.worker.on('error', () => (entry.exited = true));
      entry.worker.on('exit', () => (entry.exited = true));
      entry.worker.unref();
      started.push(entry);
    }
    (globalThis as Holder)[KEY] = started;
  } catch {
    // Only an optimisation: batch.ts starts its own workers.
  }
}

/** The prestarted workers, handed over once (batch.ts adopts or ends them). */
export function takePrestarted(): Prestarted[] {
  const holder = globalThis as Holder;
  const started = holder[KEY] ?? [];
  delete holder[KEY];
  return started;
}
