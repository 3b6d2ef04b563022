/** Worker thread for large batches (see batch.ts): lints the notes it is sent, replies with their findings. */
import { parentPort, workerData } from 'node:worker_threads';
import { FileProcessor, type ProcessSettings } from './process.ts';
import type { WorkRequest, WorkResponse } from './batch.ts';

const processor = new FileProcessor(workerData as ProcessSettings);

parentPort!.on('message', async (request: WorkRequest) => {
  const response: WorkResponse = { id: request.id, results: [] };
  for (const item of request.items) response.results.push({ index: item.index, file: await processor.process(item.path, item.displayPath) });
  parentPort!.postMessage(response);
});
