/**
 * Lints the audit's stream of batches on worker threads, one per core. A
 * batch goes to a worker with fewer than two in flight (so no worker waits
 * for work); the next batch is read only when one can be placed, so at most
 * 2 × workers batches are in memory at any time, whatever the size of the
 * input. Each worker's heap is capped, which makes its garbage collector keep
 * it small; this thread only reads, adds up, and lints what a capped heap
 * might not hold (a note of more than a megabyte) and the first few batches,
 * before the workers are up (a small input is done by then). The counts are
 * added in whatever order notes finish: they are sums, so the result is the same.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { cliDir, startWorker } from '../location.ts';
import type { AuditSettings, NoteOutcome, WorkItem } from './items.ts';
import { NoteAuditor } from './note.ts';

export interface AuditRequest {
  id: number;
  items: WorkItem[];
}

export interface AuditResponse {
  id: number;
  outcomes: NoteOutcome[];
}

const IN_FLIGHT_PER_WORKER = 2;
/** Notes above this size are linted in this thread, whose heap is not capped. */
const LARGE_NOTE_BYTES = 1024 * 1024;
/**
 * A worker's heap. The engine needs a few megabytes per note; without a cap, V8 lets a busy heap grow
 * to hundreds of megabytes before collecting, per thread (measured: 40,000 notes took 450 MB over two
 * threads). With it, the whole audit stays near 250 MB at no measurable cost in speed.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

export function auditWorkerFile(): string {
  return join(cliDir(), 'audit-worker.js');
}

export interface WorkerPlan {
  count: number;
  /** Batches this thread lints alone before the workers start: a small input is done before they would be ready. */
  startAfter: number;
}

/** Worker threads for an audit: RAPPORT_WORKERS if set (started at once), else one per core, at most 8. */
export function auditWorkers(): WorkerPlan {
  const env = process.env.RAPPORT_WORKERS;
  const explicit = env !== undefined && /^\d+$/.test(env);
  const n = explicit ? Number(env) : Math.min(availableParallelism(), 8);
  return { count: n > 0 && existsSync(auditWorkerFile()) ? n : 0, startAfter: explicit ? 0 : 8 };
}

export async function auditBatches(batches: AsyncIterable<WorkItem[]>, settings: AuditSettings, plan: WorkerPlan, onOutcomes: (outcomes: NoteOutcome[]) => void): Promise<void> {
  const local = new NoteAuditor(settings);
  const workers: Array<{ worker: Worker; inFlight: number }> = [];
  let failure: Error | undefined;
  let outstanding = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const fail = (error: Error) => {
    failure ??= error;
    notify();
  };

  const startWorkers = () => {
    for (let i = 0; i < plan.count; i++) {
      const entry = { worker: startWorker(auditWorkerFile(), { workerData: settings, resourceLimits: WORKER_LIMITS }), inFlight: 0 };
      entry.worker.on('message', (response: AuditResponse) => {
        entry.inFlight--;
        outstanding--;
        try {
          onOutcomes(response.outcomes);
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)));
        }
        notify();
      });
      entry.worker.on('error', (error) => fail(error));
      entry.worker.on('exit', (code) => {
        if (entry.inFlight > 0) fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      workers.push(entry);
    }
  };

  let requestId = 0;
  let seen = 0;
  try {
    for await (const items of batches) {
      if (failure) break;
      if (seen++ === plan.startAfter) startWorkers();
      if (workers.length > 0 && !items.some((item) => noteBytes(item, settings) > LARGE_NOTE_BYTES)) {
        let free: (typeof workers)[number] | undefined;
        while (!(free = workers.find((w) => w.inFlight < IN_FLIGHT_PER_WORKER)) && !failure) await new Promise<void>((r) => (wake = r));
        if (!free) break;
        free.inFlight++;
        outstanding++;
        free.worker.postMessage({ id: requestId++, items } satisfies AuditRequest);
        continue;
      }
      const outcomes: NoteOutcome[] = [];
      for (const item of items) outcomes.push(await local.audit(item));
      onOutcomes(outcomes);
      // Let the workers' replies in before the next batch.
      await new Promise((r) => setImmediate(r));
    }
    while (outstanding > 0 && !failure) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}

function noteBytes(item: WorkItem, settings: AuditSettings): number {
  switch (item.kind) {
    case 'line':
      return item.line.length;
    case 'record': {
      const text = item.record[settings.fields.textField];
      return typeof text === 'string' ? text.length : 0;
    }
    case 'file':
      return item.bytes;
    default:
      return 0;
  }
}
