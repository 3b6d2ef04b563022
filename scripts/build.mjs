/**
 * Bundles Rapport with esbuild. unified and remark are ESM-only; bundling lets VS Code's extension hosts,
 * plain Node and a browser Web Worker each load one file.
 *
 * Output layout (what ships where):
 *   dist/client/extension.js  VS Code desktop/remote client (Node)         vsix
 *   dist/server/server.js     language server for Node (stdio/IPC)         vsix + npm (rapport-language-server)
 *   dist/web/extension.js     VS Code web client (browser extension host)  vsix
 *   dist/web/server.js        language server as a classic Web Worker      vsix
 *   dist/cli/cli.js           the `rapport` CLI                            npm
 *   dist/cli/cli-worker.js    worker threads for large CLI batches         npm
 *   dist/cli/prestart.js      starts those workers before cli.js loads     npm
 *   dist/cli/snapshot-entry.js  the CLI with its rules compiled, from which  (built here only)
 *   dist/cli/cli.blob(.json)    the startup snapshot is made, and its stamp  (built here only)
 *   dist/meta/*.json          esbuild metafiles of the browser bundles (checked by test/web/; shipped nowhere)
 *
 * Each output folder is emptied first, so a production build (no source maps) leaves no stale maps behind.
 */
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEB_SUBSTITUTES } from './lib/web-substitutes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const shared = {
  absWorkingDir: root,
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { RAPPORT_VERSION: JSON.stringify(pkg.version) },
};

/**
 * Keeps a Node bundle's source pure ASCII. V8 holds a script's source for as long as its functions live, and one
 * character outside ASCII makes it hold all of it at two bytes a character: esbuild escapes such characters in
 * strings but not in regular expression literals ("’", "–", "°" in the rules' expressions), so the CLI's 2.7 MB
 * source took 5.4 MB of every process's heap. Each of them is written as its \u escape before esbuild reads the file,
 * which means the same character in a string, a template, a regular expression or an identifier; in a comment it is
 * dropped with the comment. A character right after a backslash would change meaning, so it stops the build.
 */
const asciiSource = {
  name: 'rapport-ascii-source',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const loader = /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js';
      if (!/[^\x00-\x7f]/.test(text)) return { contents: text, loader };
      const escaped = text.replace(/(\\*)([^\x00-\x7f])/g, (_m, slashes, c) => {
        if (slashes.length % 2 === 1) throw new Error(`${args.path}: a non-ASCII character after a backslash cannot be escaped safely`);
        return slashes + `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      });
      return { contents: escaped, loader };
    });
  },
};

/**
 * Node bundles are stripped of white space and comments and their syntax shortened (names are kept, so stack
 * traces and profiles still read): each run of the CLI reads and parses less. Source maps still map them back.
 */
/** @type {import('esbuild').BuildOptions} */
const node = {
  ...shared,
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [asciiSource],
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Prefer ES module builds: jsonc-parser's UMD build loads its parts with a require() esbuild cannot follow.
  mainFields: ['module', 'main'],
  // Some ESM dependencies read import.meta.url, which CommonJS lacks: provide it from __filename.
  define: { ...shared.define, 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

/** @type {import('esbuild').Plugin} */
/** Swaps the file-system modules of the language server for their browser counterparts (see lib/web-substitutes.mjs). */
const webSubstitutes = {
  name: 'rapport-web-substitutes',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const resolved = join(args.resolveDir, args.path).slice(root.length + 1).split('\\').join('/');
      const substitute = WEB_SUBSTITUTES[resolved];
      return substitute ? { path: join(root, substitute) } : undefined;
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const browser = {
  ...shared,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  // Both run in Web Workers (the web extension host is one), where packages' DOM builds fail: no `document`.
  conditions: ['worker'],
  metafile: true,
  plugins: [webSubstitutes],
};

const entries = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server/server.js' },
  { ...node, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli/cli.js' },
  // Loaded by dist/cli/cli.js from its own folder.
  { ...node, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli/cli-worker.js' },
  // Loaded by bin/rapport.js before cli.js: Node built-ins only, so that it costs nothing to load.
  { ...node, entryPoints: ['server/src/cli/prestart.ts'], outfile: 'dist/cli/prestart.js' },
  // The startup snapshot's entry (see below and server/src/cli/snapshot.ts).
  // No module outside the bundle may be require()d while a snapshot is built (Node then fails at start-up):
  // the one reader of import.meta.url, fdir's optional lookup of picomatch, is given a place where it finds none.
  { ...node, entryPoints: ['server/src/cli/snapshot.ts'], outfile: 'dist/cli/snapshot-entry.js', banner: { js: "const __importMetaUrl = 'file:///rapport-snapshot/snapshot-entry.js';" } },
  // Worker threads of `rapport audit`, loaded the same way.
  { ...node, entryPoints: ['server/src/cli/audit/worker.ts'], outfile: 'dist/cli/audit-worker.js' },
  // The web extension host loads CommonJS extensions with its own `require` for `vscode`.
  { ...browser, entryPoints: ['client/src/browser-extension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'] },
  // A classic (non-module) worker script: `new Worker(url)` works in every browser VS Code runs in.
  { ...browser, entryPoints: ['server/src/web/main.ts'], outfile: 'dist/web/server.js', format: 'iife' },
];

const started = Date.now();
for (const dir of ['client', 'server', 'cli', 'web', 'meta']) rmSync(join(root, 'dist', dir), { recursive: true, force: true });
const results = await Promise.all(entries.map((e) => esbuild.build(e)));
mkdirSync(join(root, 'dist/meta'), { recursive: true });
results.forEach((result, i) => {
  if (result.metafile) writeFileSync(join(root, 'dist/meta', `${entries[i].outfile.replace(/^dist\//, '').replace(/[/.]/g, '-')}.json`), JSON.stringify(result.metafile));
});

/**
 * The CLI's startup snapshot: the heap after the bundle has loaded and every rule is compiled, which
 * bin/rapport.js starts from instead of loading dist/cli/cli.js (a third of a second of CPU less per run).
 * A blob loads only in the Node binary that made it, so the stamp names that binary and bin/rapport.js
 * uses the blob only when it is running in the same one. Not shipped in the npm package (it would be
 * another Node's); a failure here leaves the CLI working as before, without it.
 */
const blob = join(root, 'dist/cli/cli.blob');
const buildSnapshot = (env = {}) => spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', join(root, 'dist/cli/snapshot-entry.js')], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });
let snap = buildSnapshot();
// Warmed with the rules' examples first; if V8 cannot write what they left in the heap, warmed with the small note only (snapshot.ts).
if (snap.status !== 0) {
  console.error('startup snapshot: V8 could not write the heap warmed with the rules\' examples; building it warmed with the small note only');
  snap = buildSnapshot({ RAPPORT_SNAPSHOT_EXAMPLES: '0' });
}
if (snap.status === 0) {
  writeFileSync(`${blob}.json`, JSON.stringify({ node: process.version, arch: process.arch, platform: process.platform, execPath: process.execPath }) + '\n');
} else {
  rmSync(blob, { force: true });
  console.error(`startup snapshot not built (the CLI runs without it): ${(snap.stderr || snap.error?.message || '').trim().split('\n').slice(-3).join(' ')}`);
}
console.error(`built ${entries.length} bundles in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
