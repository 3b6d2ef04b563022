/**
 * Lints a list of notes, in order. Small batches run in this thread; large
 * ones are shared between this thread and worker threads (one per further
 * core, up to 7), which read and lint the notes themselves and send back only the findings, so the texts are
 * never all in memory at once. Results are put back in input order, so the
 * output is the same whatever the number of workers.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FileProcessor, type ProcessSettings, type ProcessedFile } from './process.ts';

export interface BatchItem {
  path: string;
  displayPath: string;
}

export interface WorkRequest {
  id: number;
  items: Array<BatchItem & { index: number }>;
}

export interface WorkResponse {
  id: number;
  results: Array<{ index: number; file: ProcessedFile }>;
}

/** Below this many notes, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 300;
const CHUNK = 48;
const IN_THREAD_CONCURRENCY = 8;

export function workerFile(): string {
  return join(__dirname, 'cli-worker.js');
}

export function workerCount(items: number): number {
  const env = process.env.RAPPORT_WORKERS;
  let n: number;
  if (env !== undefined && /^\d+$/.test(env)) n = Number(env);
  // The main thread lints too, so one core is left for it.
  else n = items >= WORKER_THRESHOLD ? Math.min(availableParallelism() - 1, 7) : 0;
  n = Math.min(n, Math.ceil(items / CHUNK));
  if (n < 1 || !existsSync(workerFile())) return 0;
  return n;
}

export async function runBatch(items: readonly BatchItem[], settings: ProcessSettings, onProgress?: (done: number, total: number) => void): Promise<ProcessedFile[]> {
  const workers = workerCount(items.length);
  return workers > 0 ? runInWorkers(items, settings, workers, onProgress) : runInThread(items, settings, onProgress);
}

async function runInThread(items: readonly BatchItem[], settings: ProcessSettings, onProgress?: (done: number, total: number) => void): Promise<ProcessedFile[]> {
  const processor = new FileProcessor(settings);
  const results: ProcessedFile[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      const item = items[i]!;
      results[i] = await processor.process(item.path, item.displayPath);
      onProgress?.(++done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_THREAD_CONCURRENCY, items.length) }, lane));
  return results;
}

function runInWorkers(items: readonly BatchItem[], settings: ProcessSettings, count: number, onProgress?: (done: number, total: number) => void): Promise<ProcessedFile[]> {
  return new Promise((resolvePromise, reject) => {
    const results: ProcessedFile[] = new Array(items.length);
    let next = 0;
    let done = 0;
    let requestId = 0;
    let failed = false;
    const pool: Worker[] = [];
    const inFlight = new Map<Worker, number>();

    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolvePromise(results);
    };
    const feed = (worker: Worker) => {
      if (next >= items.length) return false;
      const start = next;
      const end = Math.min(items.length, start + CHUNK);
      next = end;
      const request: WorkRequest = { id: requestId++, items: [] };
      for (let i = start; i < end; i++) request.items.push({ ...items[i]!, index: i });
      inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
      worker.postMessage(request);
      return true;
    };

    // The main thread takes chunks from the same queue between handling the workers' replies.
    const local = new FileProcessor(settings);
    const localLane = async () => {
      while (!failed && next < items.length) {
        const start = next;
        const end = Math.min(items.length, start + CHUNK);
        next = end;
        for (let i = start; i < end; i++) results[i] = await local.process(items[i]!.path, items[i]!.displayPath);
        done += end - start;
        onProgress?.(done, items.length);
        if (done === items.length) finish();
        // Let the workers' replies in before the next chunk.
        await new Promise((r) => setImmediate(r));
      }
    };

    for (let w = 0; w < count; w++) {
      const worker = new Worker(workerFile(), { workerData: settings });
      pool.push(worker);
      worker.on('message', (response: WorkResponse) => {
        for (const { index, file } of response.results) results[index] = file;
        done += response.results.length;
        onProgress?.(done, items.length);
        inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
        feed(worker);
        if (done === items.length) finish();
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (code !== 0 && done < items.length) finish(new Error(`a worker thread stopped (exit code ${code})`));
      });
      // Two chunks in flight per worker, so a worker never waits for the next one.
      feed(worker);
      feed(worker);
    }
    void localLane().catch((error: unknown) => finish(error instanceof Error ? error : new Error(String(error))));
  });
}
