/** Worker thread of `rapport audit` (see pool.ts): audits the batches it is sent, replies with counts only. */
import { parentPort, workerData } from 'node:worker_threads';
import type { AuditSettings, NoteOutcome } from './items.ts';
import { NoteAuditor } from './note.ts';
import type { AuditRequest, AuditResponse } from './pool.ts';

const auditor = new NoteAuditor(workerData as AuditSettings);

parentPort!.on('message', async (request: AuditRequest) => {
  const outcomes: NoteOutcome[] = [];
  for (const item of request.items) outcomes.push(await auditor.audit(item));
  parentPort!.postMessage({ id: request.id, outcomes } satisfies AuditResponse);
});
