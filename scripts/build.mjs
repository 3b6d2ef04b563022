/**
 * Bundles the extension client, the language server and the CLI to CommonJS
 * with esbuild. unified and remark are ESM-only; bundling lets VS Code's
 * extension host and plain Node load them from a single CJS file each.
 */
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Some ESM dependencies read import.meta.url, which CommonJS lacks: provide it from __filename.
  define: { RAPPORT_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/server/cli.js' },
  // Worker threads for large CLI batches (loaded by dist/server/cli.js from its own folder).
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/server/cli-worker.js' },
  { entryPoints: ['server/src/cli/audit/worker.ts'], outfile: 'dist/server/audit-worker.js' },
];

const started = Date.now();
await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
console.log(`built ${entries.length} bundles in ${Date.now() - started} ms`);
