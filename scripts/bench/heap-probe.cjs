/**
 * Preloaded into the language server by scripts/bench/memory.ts (node --expose-gc --require): on
 * SIGUSR2 it collects garbage and writes process.memoryUsage() as JSON to the file named by
 * RAPPORT_HEAP_PROBE, so the benchmark can read the server's live heap. Never part of a bundle.
 */
const { writeFileSync } = require('node:fs');

process.on('SIGUSR2', () => {
  global.gc();
  global.gc();
  writeFileSync(process.env.RAPPORT_HEAP_PROBE, JSON.stringify(process.memoryUsage()));
});
