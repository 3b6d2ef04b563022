#!/usr/bin/env node
// Bundles the VS Code integration suite (test/vscode/suite/) to dist/test/vscode/, one CommonJS file per
// entry: index.js (the mocha entry VS Code loads through extensionTestsPath) and one <name>.test.js per test
// file, which index.js discovers at run time.
//
// `vscode` is provided by the extension host. `mocha` stays external so the suite and the index share a single
// copy; the extension host resolves it from <repo>/node_modules because dist/ lives inside the repository.
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const suiteDir = join(repoRoot, 'test/vscode/suite');
const outDir = join(repoRoot, 'dist/test/vscode');

const tests = readdirSync(suiteDir).filter((name) => name.endsWith('.test.ts')).sort();
if (tests.length === 0) {
  console.error(`build-suite: no *.test.ts files in ${suiteDir}`);
  process.exit(1);
}

// Start clean so a deleted or renamed test never lingers as a stale .test.js that index.js would still load.
rmSync(outDir, { recursive: true, force: true });

const started = Date.now();
await build({
  entryPoints: [join(suiteDir, 'index.ts'), ...tests.map((name) => join(suiteDir, name))],
  outdir: outDir,
  outbase: suiteDir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode', 'mocha'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log(`build-suite: ${tests.length + 1} files -> ${outDir} (${Date.now() - started} ms)`);
