/**
 * Writes the generated artefacts: docs/rules/*.md (one page per rule and the
 * index), the configuration schema, and package.json's `rapport.rules` setting. `--check` exits 1 when a file on disk differs, for CI.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles, patchedPackageJson } from './generated-files.ts';

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
// package.json: only the `rapport.rules` setting's schema is generated; the rest of the manifest is hand-written.
{
  const pkgPath = join(root, 'package.json');
  const patched = patchedPackageJson(readFileSync(pkgPath, 'utf8'));
  if (patched !== undefined) {
    if (check) {
      console.error('stale: package.json (rapport.rules setting)');
      stale++;
    } else {
      writeFileSync(pkgPath, patched);
      console.log('wrote package.json (rapport.rules setting)');
    }
  }
}
if (stale) {
  console.error(`${stale} generated file(s) are out of date; run npm run generate.`);
  process.exit(1);
}
