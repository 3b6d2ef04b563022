/**
 * Writes the generated artefacts: docs/rules/*.md (one page per rule and the
 * index). `--check` exits 1 when a file on disk differs, for CI.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generated-files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, content] of generatedFiles()) {
  const full = join(root, path);
  const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  if (current === content) continue;
  if (check) {
    console.error(`stale: ${path}`);
    stale++;
  } else {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    console.log(`wrote ${path}`);
  }
}
if (stale) {
  console.error(`${stale} generated file(s) are out of date; run npm run generate.`);
  process.exit(1);
}
