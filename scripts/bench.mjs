/**
 * `npm run bench`: prints figures, asserts nothing. Each benchmark is its own
 * script under scripts/bench/ so they can also be run one at a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = [process.execPath, ['--import', 'tsx']];
const node = [process.execPath, []];
const benches = [
  ['scripts/bench/engine.ts', tsx],
  // Worst per-keystroke time over hostile notes (unclosed links, huge tables, deep nesting) and real ones.
  ['scripts/bench/adversarial.ts', tsx],
  // Heap after 100 and 5,000 edits, through the engine and the real language server.
  ['scripts/bench/memory.ts', tsx],
  // The CLI on a folder of 30,000 generated notes (worker threads), next to remark-parse alone.
  ['scripts/bench/batch.mjs', node],
  // --fix while another process appends to the notes: lines lost (target 0), fixes made, notes refused.
  ['scripts/bench/fix-race.mjs', node],
  // rapport audit on a 40,000-note, 127 MB JSONL export of real clinical text: notes/s, MB/s, peak memory.
  ['scripts/bench/audit.mjs', node],
  // Real transcribed reports: CLI wall next to remark-parse (and alex when installed), keystroke latency on real text.
  ['scripts/bench/real-corpus.ts', tsx],
];
for (const [script, [cmd, pre]] of benches) {
  if (!existsSync(new URL(`../${script}`, import.meta.url))) continue;
  console.log(`\n== ${script}`);
  const r = spawnSync(cmd, [...pre, script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
