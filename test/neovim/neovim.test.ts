/**
 * The language server in a second, independent LSP client: Neovim's built-in one (0.7+), headless.
 *
 * test/neovim/check.lua starts `node <server> --stdio`, opens a note with a known finding, waits for
 * diagnostics, asks for code actions and a hover at the finding, and writes what it saw to a JSON file that
 * this test asserts on. A server that works here also works in Helix, Emacs (eglot) and Zed.
 *
 * Without `nvim` on PATH the test is skipped locally and fails in CI (CI is set), where it must run.
 * The server defaults to bin/rapport-language-server.js (what editor users configure), falling back to
 * dist/server/server.js; RAPPORT_LANGUAGE_SERVER overrides both.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const checkScript = join(repoRoot, 'test/neovim/check.lua');
/** Per-wait bound inside check.lua; the whole nvim run is bounded separately below. */
const WAIT_MS = 30_000;
const NVIM_RUN_LIMIT_MS = 120_000;

/** Line 3 (0-based 2) holds the finding the code action and hover are requested at. */
const NOTE = [
  '# PT progress note',
  '',
  'Naren is a 20-year-old wheelchair-bound university student referred for shoulder pain.',
  '',
  'Mobility: power wheelchair, independent at w/c level.',
  '',
].join('\n');
const FINDING_LINE = 2;

interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string | null;
  code: string | number | null;
}

interface CodeActionSummary {
  title: string;
  kind: string | null;
  is_preferred: boolean;
  has_edit: boolean;
  has_command: boolean;
  bare_command: boolean;
}

interface CheckResult {
  nvim_version: string;
  initialized: boolean;
  capabilities: { codeActionProvider: boolean; hoverProvider: boolean } | null;
  diagnostics: NeovimDiagnostic[];
  raw_diagnostics: unknown[];
  code_actions: CodeActionSummary[] | null;
  hover: { text: string; position: { line: number; character: number } } | null;
  errors: string[];
  server_exit: { code: number; signal: number } | null;
  /** vim.fn.json_encode writes an empty Lua table as []. */
  elapsed_ms: Record<string, number> | [];
}

function findServer(): string | undefined {
  const candidates = [
    process.env.RAPPORT_LANGUAGE_SERVER,
    join(repoRoot, 'bin/rapport-language-server.js'),
    join(repoRoot, 'dist/server/server.js'),
  ];
  return candidates.find((file): file is string => typeof file === 'string' && existsSync(file));
}

function hasNvim(): boolean {
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return probe.status === 0;
}

/** Runs nvim with a hard limit, so a hung client or server fails the test instead of hanging mocha. */
function runNvim(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${checkScript}`], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`nvim did not finish within ${NVIM_RUN_LIMIT_MS} ms; output so far:\n${output}`));
    }, NVIM_RUN_LIMIT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

describe('Neovim LSP client', function () {
  this.timeout(NVIM_RUN_LIMIT_MS + 10_000);

  let result: CheckResult;
  let workDir: string;

  before(async function () {
    if (!hasNvim()) {
      if (process.env.CI) assert.fail('nvim is not installed; CI must run this test (apt-get install -y neovim)');
      this.skip();
    }
    const server = findServer();
    assert.ok(server, 'no language server found: run `npm run build` (bin/rapport-language-server.js or dist/server/server.js)');

    workDir = mkdtempSync(join(tmpdir(), 'rapport-nvim-'));
    const note = join(workDir, 'notes/progress-note.md');
    const resultFile = join(workDir, 'result.json');
    mkdirSync(dirname(note), { recursive: true });
    writeFileSync(note, NOTE);

    const home = join(workDir, 'home');
    const { code, output } = await runNvim({
      ...process.env,
      // Keep Neovim's state, logs (lsp.log) and caches out of the real home directory.
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CACHE_HOME: join(home, 'cache'),
      XDG_STATE_HOME: join(home, 'state'),
      RAPPORT_NODE: process.execPath,
      RAPPORT_SERVER: server,
      RAPPORT_NOTE: note,
      RAPPORT_RESULT: resultFile,
      RAPPORT_TIMEOUT_MS: String(WAIT_MS),
    });
    assert.ok(existsSync(resultFile), `check.lua wrote no result (nvim exit code ${code}):\n${output}`);
    result = JSON.parse(readFileSync(resultFile, 'utf8')) as CheckResult;
    if (result.errors.length > 0 || code !== 0) {
      // Shown with any failing assertion below; the LSP log holds the server's stderr.
      const lspLog = join(home, 'cache/nvim/lsp.log');
      const log = existsSync(lspLog) ? readFileSync(lspLog, 'utf8').slice(-4000) : '(no lsp.log)';
      const shown = { ...result, raw_diagnostics: `(${result.raw_diagnostics.length} omitted)` };
      console.log(`check.lua (exit ${code}) reported:\n${JSON.stringify(shown, null, 2)}\nlsp.log tail:\n${log}\n${output}`);
    }
  });

  after(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('initializes the server over stdio', () => {
    assert.equal(result.initialized, true, `errors: ${result.errors.join('; ')}`);
  });

  it('shows rapport diagnostics for the flagged note', () => {
    const rapport = result.diagnostics.filter((d) => d.source === 'rapport');
    assert.ok(rapport.length > 0, `no diagnostics with source "rapport"; got ${JSON.stringify(result.diagnostics)}`);
    assert.ok(
      rapport.some((d) => d.lnum === FINDING_LINE),
      `expected a finding on line ${FINDING_LINE + 1} ("wheelchair-bound"); got ${JSON.stringify(rapport)}`,
    );
  });

  it('offers a code action at the finding', () => {
    assert.equal(result.capabilities?.codeActionProvider, true, 'the server does not advertise codeActionProvider');
    assert.ok(result.code_actions && result.code_actions.length > 0, `no code actions; errors: ${result.errors.join('; ')}`);
    assert.ok(
      result.code_actions.some((a) => a.has_edit || a.has_command),
      `code actions carry neither an edit nor a command: ${JSON.stringify(result.code_actions)}`,
    );
  });

  it('answers a hover at the finding', () => {
    assert.equal(result.capabilities?.hoverProvider, true, 'the server does not advertise hoverProvider');
    assert.ok(result.hover, `no hover; errors: ${result.errors.join('; ')}`);
    assert.ok(result.hover.text.trim().length > 0, 'hover contents are empty');
  });

  it('shuts the server down cleanly', () => {
    assert.ok(result.server_exit, 'the server process did not exit after shutdown/exit');
    assert.equal(result.server_exit.code, 0, `server exit: ${JSON.stringify(result.server_exit)}`);
  });
});
