/** How many worker threads a batch gets (prestart.ts): only a large batch, of enough text, on spare cores. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { estimateBytes, WORKER_MIN_BYTES, WORKER_THRESHOLD, workerCount } from '../../server/src/cli/prestart.ts';
import { tree } from './util.ts';

describe('cli: worker threads per batch', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.RAPPORT_WORKERS;
    delete process.env.RAPPORT_WORKERS;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.RAPPORT_WORKERS;
    else process.env.RAPPORT_WORKERS = saved;
  });

  it('none for fewer notes than the threshold or less text than a worker pays for', () => {
    assert.equal(workerCount(WORKER_THRESHOLD - 1, 100 * WORKER_MIN_BYTES), 0);
    // 357 real reports ×4 (4.6 MB): a worker was measured to cost more than it saved.
    assert.equal(workerCount(1428, 4_600_000), 0);
    assert.ok(workerCount(30_000, 100 * WORKER_MIN_BYTES) <= 7);
  });

  it('RAPPORT_WORKERS decides, up to one worker per chunk of notes', () => {
    process.env.RAPPORT_WORKERS = '3';
    assert.equal(workerCount(1000, 0), 3);
    assert.equal(workerCount(10, 0), 1);
    process.env.RAPPORT_WORKERS = '0';
    assert.equal(workerCount(30_000, 100 * WORKER_MIN_BYTES), 0);
  });

  it('estimates a batch from the sizes of its first notes; unreadable ones do not count', () => {
    const dir = tree({ 'a.md': 'x'.repeat(1000), 'b.md': 'y'.repeat(3000) });
    assert.equal(estimateBytes([join(dir, 'a.md'), join(dir, 'b.md'), join(dir, 'missing.md')], 100), 200_000);
    assert.equal(estimateBytes([join(dir, 'missing.md')], 100), 0);
  });
});
