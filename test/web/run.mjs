#!/usr/bin/env node
// `npm run test:web`: Rapport as a web extension in a real browser-hosted VS Code. code-server 4.100.3
// (VS Code 1.100.3's own workbench) serves a workspace; headless Chromium opens it with the extension under
// development loaded with extensionDevelopmentKind=web, so VS Code runs its `browser` entry
// (dist/web/extension.js) in the web worker extension host, which starts dist/web/server.js as a Worker.
//
// The check, as a person would make it: open a note from the Explorer, open the Problems panel, see Rapport's
// findings there, and a screenshot at test-output/web/problems-panel.png. The workspace's .rapportrc.json
// turns one rule off, so the panel also shows that the project file reached the worker through the client.
// The extension is loaded from a copy of the manifest without `main`, so only the browser entry can run; the
// run also checks that Web Workers started in the page and no Rapport language server ran as a Node process.
// The browser console goes to test-output/web/console.log, code-server's output to code-server.log.
//
// Environment: RAPPORT_CHROMIUM (default /usr/bin/chromium), RAPPORT_VSCODE_CACHE (see
// scripts/vscode/install-code-server.sh), RAPPORT_WEB_TIMEOUT_MS (each wait, default 120000).
// Exit code 0 when the findings were seen; 1 otherwise (screenshot test-output/web/failure.png).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outputDir = join(repoRoot, 'test-output/web');
const chromiumPath = process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium';
const timeout = Number(process.env.RAPPORT_WEB_TIMEOUT_MS || 120_000);
const started = Date.now();
const say = (m) => console.log(`[test:web] ${m} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

// The note and the project file of the workspace: the file turns off the wheelchair rule, which the note trips.
const NOTE_NAME = 'visit.md';
const NOTE = '# Daily note\n\nPt is wheelchair-bound and refuses the home exercise program. Pt is non-compliant with ice.\n';
const CONFIG = { rules: { 'pfl.wheelchair-bound': 'off' } };
const EXPECTED = ['adhere.refused', 'adhere.noncompliant'];
const SILENCED = 'pfl.wheelchair-bound';

const cleanups = [];
async function cleanup() {
  for (const fn of cleanups.reverse()) await Promise.resolve().then(fn).catch((e) => console.error(`[test:web] cleanup: ${e.message ?? e}`));
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function main() {
  for (const file of ['dist/web/extension.js', 'dist/web/server.js']) {
    if (!existsSync(join(repoRoot, file))) throw new Error(`${file} is missing: run \`npm run build\``);
  }
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} not found: install Debian's chromium or set RAPPORT_CHROMIUM`);
  const install = spawnSync('bash', [join(repoRoot, 'scripts/vscode/install-code-server.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const installDir = install.stdout.trim().split('\n').pop();
  if (install.status !== 0 || !installDir) throw new Error('scripts/vscode/install-code-server.sh failed');

  const root = mkdtempSync(join(tmpdir(), 'rapport-web-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const workspace = join(root, 'workspace');
  mkdirSync(join(workspace, 'notes'), { recursive: true });
  writeFileSync(join(workspace, 'notes', NOTE_NAME), NOTE);
  writeFileSync(join(workspace, '.rapportrc.json'), `${JSON.stringify(CONFIG, null, 2)}\n`);
  const userData = join(root, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false,
    'explorer.autoReveal': true,
  }));
  // The extension as a web-only one: the manifest without `main`, so no Node extension host can run it and
  // whatever Rapport shows came from dist/web/. Everything else is the repository's own files.
  const extension = join(root, 'extension');
  mkdirSync(extension);
  const { main: _main, ...manifest } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  writeFileSync(join(extension, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const entry of ['dist', 'docs', 'snippets', 'syntaxes', 'server', 'README.md', 'LICENSE']) symlinkSync(join(repoRoot, entry), join(extension, entry));
  const env = { ...process.env, XDG_CONFIG_HOME: join(root, 'xdg/config'), XDG_DATA_HOME: join(root, 'xdg/data'), XDG_CACHE_HOME: join(root, 'xdg/cache') };

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = [];
  const server = spawn(process.execPath, [
    join(installDir, 'node_modules/code-server/out/node/entry.js'),
    '--config', join(root, 'code-server.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', join(root, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace,
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  for (const s of [server.stdout, server.stderr]) s.on('data', (d) => log.push(d));
  const exited = new Promise((r) => server.on('exit', r));
  cleanups.push(async () => {
    if (server.exitCode === null) {
      process.kill(-server.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
    }
    writeFileSync(join(outputDir, 'code-server.log'), Buffer.concat(log));
  });
  for (let ready = false; !ready; ) {
    if (server.exitCode !== null) throw new Error(`code-server exited: ${Buffer.concat(log)}`);
    if (Date.now() - started > timeout) throw new Error('code-server did not start');
    ready = await fetch(`${origin}/`, { redirect: 'manual' }).then((r) => r.status === 302, () => false);
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  say(`code-server (VS Code 1.100.3) on ${origin}`);

  const { chromium } = createRequire(join(repoRoot, 'package.json'))('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath, headless: true, env, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const workers = [];
  const watchWorkers = (target) => target.on('worker', (w) => workers.push(w.url()));
  watchWorkers(page);
  // The browser's console (workbench, extension host worker) goes to test-output/web/console.log for triage.
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  cleanups.push(() => writeFileSync(join(outputDir, 'console.log'), `${consoleLines.join('\n')}\n`));
  page.context().on('page', watchWorkers);

  // extensionDevelopmentKind=web: the web worker extension host runs the extension's `browser` entry.
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${extension}`],
    ['extensionDevelopmentKind', 'web'],
  ];
  await page.goto(`${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded' });
  try {
    const folderRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'notes' });
    await folderRow.first().waitFor({ state: 'visible', timeout });
    await folderRow.first().click();
    const noteRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: NOTE_NAME });
    await noteRow.waitFor({ state: 'visible', timeout });
    await noteRow.dblclick();
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'wheelchair-bound' }).waitFor({ timeout });
    say('note open in the editor');

    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout });
    for (const rule of EXPECTED) await panel.locator('.monaco-list-row', { hasText: rule }).first().waitFor({ state: 'visible', timeout });
    say(`Problems panel lists ${EXPECTED.join(', ')}`);
    // The project file says the wheelchair rule is off: give a late re-lint time to show it, then check.
    await page.waitForTimeout(1_500);
    const rows = (await panel.locator('.monaco-list-row').allInnerTexts()).join(' | ');
    if (rows.includes(SILENCED)) throw new Error(`${SILENCED} is listed although .rapportrc.json turns it off: the project file did not reach the worker (${rows})`);
    say(`${SILENCED} is not listed: .rapportrc.json reached the worker`);

    // Where the server ran: Web Workers in the page (the extension host's and the server's), and no Node
    // language-server process started from the extension.
    const nodeServers = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes('dist/server/server.js') && l.includes(root));
    if (nodeServers.length) throw new Error(`a Node language server is running: ${nodeServers[0]}`);
    if (workers.length < 2) throw new Error(`expected the extension host's and the language server's Web Workers, saw ${workers.length}`);
    say(`${workers.length} Web Workers in the page, no Node language server`);
    mkdirSync(outputDir, { recursive: true });
    await page.screenshot({ path: join(outputDir, 'problems-panel.png') });
    say(`screenshot saved to ${join(outputDir, 'problems-panel.png')}`);
    return 0;
  } catch (error) {
    console.error(`[test:web] FAILED: ${error.message ?? error}`);
    mkdirSync(outputDir, { recursive: true });
    await page.screenshot({ path: join(outputDir, 'failure.png') }).catch(() => undefined);
    return 1;
  }
}

let code = 1;
try {
  mkdirSync(outputDir, { recursive: true });
  code = await main();
} catch (error) {
  console.error(`[test:web] ${error.stack ?? error}`);
} finally {
  await cleanup();
}
process.exit(code);
