/**
 * Lints a list of notes, in order. Small batches run in this thread; large
 * ones are shared between this thread and worker threads (one per spare
 * core and per WORKER_MIN_BYTES of text, up to 7: prestart.ts), which read and lint the notes themselves and send back only the findings, so the texts are
 * never all in memory at once. Results are put back in input order, so the
 * output is the same whatever the number of workers.
 */
import { existsSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { startWorker } from './location.ts';
import { FileProcessor, type ProcessSettings, type ProcessedFile } from './process.ts';
import { CHUNK, estimateBytes, takePrestarted, workerCount as wanted, workerFile } from './prestart.ts';

export { workerFile };

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

/** The fewest notes sent to a thread at once: near the end of the queue, chunks shrink to this so that all threads finish together. */
const MIN_CHUNK = 4;
const IN_THREAD_CONCURRENCY = 8;

export function workerCount(items: readonly BatchItem[]): number {
  const n = wanted(items.length, estimateBytes(items.slice(0, 64).map((item) => item.path), items.length));
  if (n < 1 || !existsSync(workerFile())) return 0;
  return n;
}

export async function runBatch(items: readonly BatchItem[], settings: ProcessSettings, onProgress?: (done: number, total: number) => void): Promise<ProcessedFile[]> {
  const workers = workerCount(items);
  // Prestarted workers (prestart.ts) still running are adopted; spare ones (fewer notes than the folders
  // held, after ignore rules) are ended.
  const adopted: Worker[] = [];
  for (const p of takePrestarted()) {
    if (p.exited) continue;
    if (adopted.length >= workers) void p.worker.terminate();
    else {
      p.worker.removeAllListeners(); // its placeholder handlers; runInWorkers attaches its own
      adopted.push(p.worker);
    }
  }
  return workers > 0 ? runInWorkers(items, settings, workers, adopted, onProgress) : runInThread(items, settings, onProgress);
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
  await processor.settle();
  return results;
}

function runInWorkers(items: readonly BatchItem[], settings: ProcessSettings, count: number, adopted: readonly Worker[], onProgress?: (done: number, total: number) => void): Promise<ProcessedFile[]> {
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
    const threads = count + 1;
    /**
     * The next chunk of the queue: large while much is left, so that messages stay few, then smaller (a
     * share of what is left per thread), so that no thread is still on a large chunk while the others are done.
     */
    const take = (): [number, number] => {
      const size = Math.max(MIN_CHUNK, Math.min(CHUNK, Math.ceil((items.length - next) / (2 * threads))));
      const start = next;
      next = Math.min(items.length, start + size);
      return [start, next];
    };
    const feed = (worker: Worker) => {
      if (next >= items.length) return false;
      const [start, end] = take();
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
        const [start, end] = take();
        for (let i = start; i < end; i++) results[i] = await local.process(items[i]!.path, items[i]!.displayPath);
        await local.settle();
        done += end - start;
        onProgress?.(done, items.length);
        if (done === items.length) finish();
        // Let the workers' replies in before the next chunk.
        await new Promise((r) => setImmediate(r));
      }
    };

    for (let w = 0; w < count; w++) {
      const worker = adopted[w] ?? startWorker(workerFile());
      worker.ref();
      // Every worker gets the run's settings first: a prestarted one was started without them.
      worker.postMessage({ settings });
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
