#!/usr/bin/env node
// Runs the integration suite (dist/test/vscode/index.js, built by scripts/vscode/build-suite.mjs) inside a
// real VS Code with the extension at the repository root loaded as the extension under development.
//
// Two routes:
//  1. VSCODE_EXECUTABLE is set: @vscode/test-electron's runTests() against that desktop VS Code.
//  2. Otherwise (the default here and in CI, where VS Code cannot be downloaded): code-server 4.100.3, which is
//     VS Code 1.100.3's own workbench and server, installed offline by scripts/vscode/install-code-server.sh and
//     driven by a headless Chromium through playwright-core. Its Node extension host runs the extension and the
//     suite exactly as the desktop one would.
//     See /work/shared/reference/real-editors-offline.md for why each step is needed.
//
// Environment:
//   VSCODE_EXECUTABLE            desktop VS Code binary (route 1)
//   RAPPORT_VSCODE_TIMEOUT_MS    overall limit for the suite, default 600000 (10 min)
//   RAPPORT_SCREENSHOT=1         save a screenshot of the workbench even when the suite passes
//   RAPPORT_CHROMIUM             browser binary, default /usr/bin/chromium
//   RAPPORT_VSCODE_CACHE         code-server install folder (see install-code-server.sh)
//   RAPPORT_EXTENSION_PATH       extension under test, default the repository root (used to prove the
//                                harness with a stand-in extension)
//   RAPPORT_KEEP_TMP=1           keep the temporary workspace, user-data and extensions folders
//   RAPPORT_VSCODE_GREP=<text>   run only the suite's tests whose full title contains <text>
//   RAPPORT_SCENARIO_TIMEOUT_MS  limit for each wait of the scenario, default 180000 (3 min)
//
// Phases (route 2 only): the suite, then a person's-eye scenario (test/vscode/scenario.mjs) in the same
// code-server, which opens examples/naren-initial-evaluation.draft.md, waits for Rapport's findings in the
// Problems panel and saves test-output/vscode/problems-panel.png.
//   --no-scenario                run the suite only
//   --scenario-only              run the scenario only (faster when working on it)
//
// Exit code: 0 when the suite (and the scenario) passed, or 1 when either failed, or the harness itself failed
// or timed out.
// Artifacts go to test-output/vscode/: the workbench's log files (window, extension host), code-server.log, and
// a screenshot (failure.png on failure or timeout, workbench.png with RAPPORT_SCREENSHOT=1).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const extensionDevelopmentPath = resolve(process.env.RAPPORT_EXTENSION_PATH ?? repoRoot);
const extensionTestsPath = join(repoRoot, 'dist/test/vscode/index.js');
const workspaceFixture = join(repoRoot, 'test/vscode/workspace');
const outputDir = join(repoRoot, 'test-output/vscode');
const installScript = join(repoRoot, 'scripts/vscode/install-code-server.sh');
const chromiumPath = process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium';
const timeoutMs = Number(process.env.RAPPORT_VSCODE_TIMEOUT_MS || 10 * 60_000);
const alwaysScreenshot = process.env.RAPPORT_SCREENSHOT === '1';
const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (!['--no-scenario', '--scenario-only'].includes(arg)) {
    console.error(`[test:vscode] unknown argument ${arg} (known: --no-scenario, --scenario-only)`);
    process.exit(2);
  }
}
const runSuite = !args.has('--scenario-only');
const runScenarioPhase = !args.has('--no-scenario');

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (message) => console.log(`[test:vscode] ${message}`);

/** Things to undo on exit, newest first: kill processes, close the browser, remove temp folders. */
const cleanups = [];
let cleanedUp = false;
async function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch (error) {
      console.error(`[test:vscode] cleanup: ${error instanceof Error ? error.message : error}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    say(`${signal} received, stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------------------
function checkInputs() {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new Error(`RAPPORT_VSCODE_TIMEOUT_MS must be a positive number of milliseconds`);
  }
  if (runSuite && !existsSync(extensionTestsPath)) {
    throw new Error(`${extensionTestsPath} is missing: run \`node scripts/vscode/build-suite.mjs\` first`);
  }
  const manifest = JSON.parse(readFileSync(join(extensionDevelopmentPath, 'package.json'), 'utf8'));
  const main = manifest.main ? resolve(extensionDevelopmentPath, manifest.main) : undefined;
  if (main && !existsSync(main) && !existsSync(`${main}.js`)) {
    throw new Error(`the extension's entry point ${main} is missing: run \`npm run build\` first`);
  }
}

/** A temp root holding the workspace copy, the user-data dir (with settings) and an empty extensions dir. */
function prepareProfile() {
  const root = mkdtempSync(join(tmpdir(), 'rapport-vscode-'));
  if (process.env.RAPPORT_KEEP_TMP === '1') say(`keeping temp folder ${root}`);
  else cleanups.push(() => rmSync(root, { recursive: true, force: true }));

  const workspace = join(root, 'workspace');
  cpSync(workspaceFixture, workspace, { recursive: true });
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir);
  const settings = {
    // In test mode VS Code refuses the workspace-trust dialog and logs an error; trust is irrelevant here.
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
  };
  writeFileSync(join(userDataDir, 'User/settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  // code-server (coder-logs, heartbeat) and Chromium (crash-report folders) write under the XDG folders;
  // point them into the temp root so a run leaves nothing in the home directory.
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(root, 'xdg/config'),
    XDG_DATA_HOME: join(root, 'xdg/data'),
    XDG_CACHE_HOME: join(root, 'xdg/cache'),
  };
  return { root, workspace, userDataDir, extensionsDir, env };
}

// --- route 1: desktop VS Code via @vscode/test-electron --------------------------------------------------
async function runWithTestElectron(vscodeExecutablePath) {
  const { runTests } = await import('@vscode/test-electron');
  const profile = prepareProfile();
  say(`running the suite in ${vscodeExecutablePath}`);
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [
        profile.workspace,
        `--user-data-dir=${profile.userDataDir}`,
        `--extensions-dir=${profile.extensionsDir}`,
        '--disable-extensions', // other installed extensions; built-ins and the one under test stay enabled
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
    return 0;
  } catch (error) {
    console.error(`[test:vscode] ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

// --- route 2: code-server + Chromium ---------------------------------------------------------------------
function installCodeServer() {
  const t0 = Date.now();
  const result = spawnSync('bash', [installScript], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${installScript} failed with exit code ${result.status}`);
  // The script prints the install folder as its last line.
  const dir = result.stdout.trim().split('\n').pop();
  if (!dir || !existsSync(join(dir, 'node_modules/code-server/out/node/entry.js'))) {
    throw new Error(`${installScript} did not report a usable install folder (got "${dir}")`);
  }
  say(`code-server ready in ${dir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return dir;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

function startCodeServer(installDir, port, profile) {
  const logFile = join(outputDir, 'code-server.log');
  const log = [];
  const child = spawn(
    process.execPath,
    [
      join(installDir, 'node_modules/code-server/out/node/entry.js'),
      // Without --config, code-server writes ~/.config/code-server/config.yaml.
      '--config', join(profile.root, 'code-server.yaml'),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', profile.userDataDir,
      '--extensions-dir', profile.extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--disable-workspace-trust',
      profile.workspace,
    ],
    // Own process group, so the extension host and pty host it forks can be stopped together.
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: profile.env },
  );
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => log.push(chunk));
  const exited = new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal })));
  const running = () => child.exitCode === null && child.signalCode === null;
  // Last resort if this process exits without running the cleanups (an uncaught error, process.exit
  // elsewhere): code-server is detached, so nothing else would stop it.
  process.on('exit', () => {
    if (!running()) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  });
  cleanups.push(async () => {
    if (running()) {
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    writeFileSync(logFile, Buffer.concat(log));
  });
  return { child, exited, running, logText: () => Buffer.concat(log).toString('utf8') };
}

async function waitForCodeServer(url, server, limitMs = 60_000) {
  const deadline = Date.now() + limitMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (!server.running()) {
      throw new Error(`code-server exited before it was ready:\n${server.logText()}`);
    }
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      if (response.status === 302) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer 302 on ${url} within ${limitMs / 1000} s (${lastError}):\n${server.logText()}`);
}

/** playwright-core is a devDependency of the repo; the code-server cache has a copy as a fallback. */
function loadChromium(installDir) {
  for (const base of [join(repoRoot, 'package.json'), join(installDir, 'package.json')]) {
    try {
      return createRequire(base)('playwright-core').chromium;
    } catch {
      // try the next location
    }
  }
  throw new Error('playwright-core is not installed (npm ci in the repo, or rerun install-code-server.sh)');
}

async function runWithCodeServer() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} not found: install Debian's chromium or set RAPPORT_CHROMIUM`);
  }
  const installDir = installCodeServer();
  const profile = prepareProfile();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = startCodeServer(installDir, port, profile);
  await waitForCodeServer(`${origin}/`, server);
  say(`code-server (VS Code 1.100.3) listening on ${origin} after ${seconds()}`);

  const chromium = loadChromium(installDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    env: profile.env,
    headless: true,
    // Playwright's own signal handlers kill the browser and call process.exit() at once, which would skip
    // stopping code-server; the handlers above close everything in order instead.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox', // root in a container has no usable sandbox
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  cleanups.push(() => browser.close());
  const scenario = async () => {
    const { runScenario } = await import('./scenario.mjs');
    const limit = Number(process.env.RAPPORT_SCENARIO_TIMEOUT_MS || 180_000);
    return runScenario({ browser, origin, root: profile.root, repoRoot, extensionDevelopmentPath, outputDir, say, timeoutMs: limit });
  };
  if (!runSuite) return scenario();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });

  let settle;
  const finished = new Promise((r) => (settle = r));
  // The workbench reports the suite's result through these two hooks (VS Code's smoke/integration-test
  // driver protocol): codeAutomationLog(level, message) for every log line, including mocha's reporter
  // output from the extension host, and codeAutomationExit(code, logs) once run() has settled.
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    // Extension-host console calls arrive as their argument list, e.g. ['  ✔ %s (%dms)', 'title', 12].
    const text = Array.isArray(message) ? format(...message) : String(message);
    if (level === 'error' || level === 'warn') {
      // Workbench errors are mostly offline noise (the extension gallery is unreachable) with long browser
      // stacks; one line is enough here, the full text is in test-output/vscode/logs/.
      console.error(`[workbench ${level}] ${text.split('\n', 1)[0]}`);
    } else {
      console.log(text);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => settle({ code: Number(code), logs }));
  page.on('pageerror', (error) => console.error(`[workbench page error] ${error.message}`));
  void server.exited.then(({ code, signal }) => {
    // Stopping it is part of the cleanup after a signal; only an exit on its own is a crash.
    if (!cleanedUp) settle({ code: 1, crashed: `code-server exited unexpectedly (${code ?? signal})` });
  });

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
    ['extensionTestsPath', remote(extensionTestsPath)],
  ];
  const url = `${origin}/?folder=${encodeURIComponent(profile.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  say(`opening the workbench; extension ${extensionDevelopmentPath}`);

  // The limit covers loading the workbench too, so a page that never boots fails as clearly as a hung test.
  let timer;
  const timedOut = new Promise((r) => {
    timer = setTimeout(() => r({ code: 1, timedOut: true }), timeoutMs);
  });
  // Navigation only has to commit; from then on the workbench reports through the exposed functions.
  const navigationFailed = page.goto(url, { waitUntil: 'commit', timeout: 0 }).then(
    () => new Promise(() => {}),
    (error) => ({ code: 1, crashed: `could not open the workbench: ${error.message}` }),
  );
  const outcome = await Promise.race([finished, timedOut, navigationFailed]);
  clearTimeout(timer);

  const failed = outcome.code !== 0;
  if (outcome.timedOut) {
    console.error(`[test:vscode] TIMEOUT: the suite did not finish within ${timeoutMs / 1000} s ` +
      '(set RAPPORT_VSCODE_TIMEOUT_MS to change the limit). Screenshot and code-server log in test-output/vscode/.');
  }
  if (outcome.crashed) console.error(`[test:vscode] ${outcome.crashed}`);
  if (Array.isArray(outcome.logs)) {
    // The workbench hands over its log files (window, extension host, network); keep them for triage.
    for (const { relativePath, contents } of outcome.logs) {
      const file = join(outputDir, 'logs', relativePath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, contents);
    }
    say(`workbench logs saved to ${join(outputDir, 'logs')}`);
  }
  if (failed || alwaysScreenshot) {
    const file = join(outputDir, failed ? 'failure.png' : 'workbench.png');
    try {
      await page.screenshot({ path: file, timeout: 10_000 });
      say(`screenshot saved to ${file}`);
    } catch (error) {
      console.error(`[test:vscode] could not take a screenshot: ${error instanceof Error ? error.message : error}`);
    }
  }
  if (!runScenarioPhase) return outcome.code;
  if (outcome.timedOut || outcome.crashed) {
    say('skipping the scenario: the suite did not finish');
    return outcome.code;
  }
  // The test window's extension host has exited with the suite; close its page before opening the next one.
  await page.close().catch(() => undefined);
  const scenarioCode = await scenario();
  say(`scenario ${scenarioCode === 0 ? 'passed' : 'FAILED'} after ${seconds()}`);
  return outcome.code !== 0 ? outcome.code : scenarioCode;
}

// ---------------------------------------------------------------------------------------------------------
let exitCode = 1;
try {
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });
  checkInputs();
  const executable = process.env.VSCODE_EXECUTABLE;
  exitCode = executable ? await runWithTestElectron(executable) : await runWithCodeServer();
} catch (error) {
  console.error(`[test:vscode] ${error instanceof Error ? error.stack ?? error.message : error}`);
  exitCode = 1;
} finally {
  await cleanup();
}
say(`${exitCode === 0 ? 'passed' : `FAILED (exit code ${exitCode})`} in ${seconds()}`);
process.exit(exitCode);
