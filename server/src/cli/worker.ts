/** Worker thread for large batches (see batch.ts): lints the notes it is sent, replies with their findings. */
import { parentPort, workerData } from 'node:worker_threads';
import { FileProcessor, type ProcessSettings } from './process.ts';
import type { WorkRequest, WorkResponse } from './batch.ts';

const processor = new FileProcessor(workerData as ProcessSettings);

parentPort!.on('message', async (request: WorkRequest) => {
  const response: WorkResponse = { id: request.id, results: [] };
  // Read ahead a little: the next note is read while this one is linted.
  const pending = request.items.map((item, i) => (i < 4 ? processor.process(item.path, item.displayPath) : undefined));
  for (let i = 0; i < request.items.length; i++) {
    const item = request.items[i]!;
    const file = await (pending[i] ?? processor.process(item.path, item.displayPath));
    const ahead = request.items[i + 4];
    if (ahead && pending[i + 4] === undefined) pending[i + 4] = processor.process(ahead.path, ahead.displayPath);
    response.results.push({ index: item.index, file });
  }
  parentPort!.postMessage(response);
});
