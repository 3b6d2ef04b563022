/**
 * Lints the audit's stream of batches on worker threads and on this thread.
 * A batch goes to a worker with fewer than two batches in flight (so no
 * worker waits for work); when every worker is busy, this thread lints the
 * batch itself, then lets the workers' replies in. The next batch is read
 * only when one can be placed, so at most (2 × workers + 1) batches are in
 * memory at any time, whatever the size of the input. The counts are added
 * in whatever order notes finish: they are sums, so the result is the same.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

export function auditWorkerFile(): string {
  return join(__dirname, 'audit-worker.js');
}

export interface WorkerPlan {
  count: number;
  /** Batches this thread lints alone before the workers start: a small input is done before they would be ready. */
  startAfter: number;
}

/** Worker threads for an audit: RAPPORT_WORKERS if set (started at once), else one per core but one (this thread lints too), at most 7. */
export function auditWorkers(): WorkerPlan {
  const env = process.env.RAPPORT_WORKERS;
  const explicit = env !== undefined && /^\d+$/.test(env);
  const n = explicit ? Number(env) : Math.min(availableParallelism() - 1, 7);
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
      const entry = { worker: new Worker(auditWorkerFile(), { workerData: settings }), inFlight: 0 };
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
      const free = workers.find((w) => w.inFlight < IN_FLIGHT_PER_WORKER);
      if (free) {
        free.inFlight++;
        outstanding++;
        free.worker.postMessage({ id: requestId++, items } satisfies AuditRequest);
        continue;
      }
      const outcomes: NoteOutcome[] = [];
      for (const item of items) outcomes.push(await local.audit(item));
      onOutcomes(outcomes);
      // Let the workers' replies (and their next batches) in before this thread takes another.
      await new Promise((r) => setImmediate(r));
    }
    while (outstanding > 0 && !failure) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
