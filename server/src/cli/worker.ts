/**
 * Worker thread for large batches (see batch.ts): lints the notes it is sent, replies with their findings.
 * It may be started before the run's settings are known (prestart.ts): they come in the first message, and
 * the engine, loaded with this module, is compiled meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import { FileProcessor, type ProcessSettings } from './process.ts';
import type { WorkRequest, WorkResponse } from './batch.ts';

let processor: FileProcessor | undefined;

parentPort!.on('message', async (message: { settings: ProcessSettings } | WorkRequest) => {
  if ('settings' in message) {
    processor = new FileProcessor(message.settings);
    return;
  }
  const response: WorkResponse = { id: message.id, results: [] };
  for (const item of message.items) response.results.push({ index: item.index, file: await processor!.process(item.path, item.displayPath) });
  // Notes that --fix replaced are looked at once more before their results go back (FileProcessor.settle).
  await processor!.settle();
  parentPort!.postMessage(response);
});
