/**
 * The CLI's startup snapshot (server/src/cli/snapshot.ts, built by scripts/build.mjs): a run started from it
 * behaves exactly as a run that loads dist/cli/cli.js (RAPPORT_SNAPSHOT=0), down to colours, standard
 * input, worker threads, exit codes and signals. Runs on the bundles `npm test` builds first.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, REPO, rapport } from '../helpers/cli.ts';
import { colorDetected } from '../../server/src/cli/main.ts';
import { FLAGGED, CLEAN, ERROR_NOTE, tree } from './util.ts';

const BLOB = join(REPO, 'dist', 'cli', 'cli.blob');

describe('cli: startup snapshot', function () {
  this.timeout(60_000);
  before(function () {
    assert.ok(existsSync(join(REPO, 'dist', 'cli', 'cli.js')), 'dist/ is missing: run npm run build (npm test does)');
  });

  it('is built for the Node that builds it, and named by its stamp', () => {
    assert.ok(existsSync(`${BLOB}.json`), 'npm run build made no startup snapshot: see the message it printed');
    const stamp = JSON.parse(readFileSync(`${BLOB}.json`, 'utf8'));
    assert.deepEqual(stamp, { node: process.version, arch: process.arch, platform: process.platform, execPath: process.execPath });
    assert.ok(existsSync(BLOB));
  });

  it('gives the same output, messages and exit code as a run without it', function () {
    if (!existsSync(BLOB)) this.skip();
    const notes: Record<string, string> = {};
    for (let i = 0; i < 12; i++) notes[`n${i}.md`] = [FLAGGED, CLEAN, ERROR_NOTE][i % 3]!;
    const dir = tree(notes);
    const runs: Array<{ args: string[]; input?: string; env?: Record<string, string> }> = [
      { args: [dir] },
      { args: [dir, '--format', 'json', '--no-config'], env: { RAPPORT_WORKERS: '2' } },
      { args: [dir, '--format', 'sarif', '--mode', 'reflection'], env: { RAPPORT_WORKERS: '0' } },
      // Colour is decided at run time, not when the snapshot was built.
      { args: [dir], env: { FORCE_COLOR: '1' } },
      { args: ['--stdin', '--stdin-filename', 'x.md'], input: FLAGGED },
      { args: ['--version'] },
      { args: ['--no-such-option'] },
      { args: [join(dir, 'missing.md')] },
      { args: ['audit', dir, '--format', 'json'], env: { RAPPORT_WORKERS: '1' } },
    ];
    for (const run of runs) {
      const fromSnapshot = rapport(run.args, { cwd: dir, input: run.input, env: run.env ?? {} });
      const plain = rapport(run.args, { cwd: dir, input: run.input, env: { ...run.env, RAPPORT_SNAPSHOT: '0' } });
      const what = run.args.join(' ');
      assert.equal(fromSnapshot.status, plain.status, what);
      assert.equal(fromSnapshot.stdout.replace(/"(?:startedAt|finishedAt|elapsedMs|durationMs)":[^,}]+/g, ''), plain.stdout.replace(/"(?:startedAt|finishedAt|elapsedMs|durationMs)":[^,}]+/g, ''), what);
      assert.equal(fromSnapshot.stderr, plain.stderr, what);
    }
  });

  it('is not used under Node or V8 options, which would make Node refuse it', () => {
    for (const env of [{ NODE_OPTIONS: '--max-old-space-size=4096' }, { NODE_OPTIONS: '--no-warnings' }]) {
      const r = rapport(['--stdin', '--format', 'json', '--no-config'], { input: FLAGGED, env });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /pfl\.wheelchair-bound/);
    }
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', BIN, '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('detects colour as picocolors does, when asked', () => {
    const cases: Array<Record<string, string>> = [{}, { FORCE_COLOR: '1' }, { NO_COLOR: '1', FORCE_COLOR: '1' }, { CI: 'true' }, { TERM: 'dumb', FORCE_COLOR: '1' }];
    for (const env of cases) {
      const clean: Record<string, string> = { PATH: process.env.PATH ?? '', ...env };
      const script = `const d = require(${JSON.stringify(join(REPO, 'node_modules', 'picocolors'))}).isColorSupported; process.stdout.write(String(d))`;
      const r = spawnSync(process.execPath, ['-e', script], { env: clean, encoding: 'utf8' });
      const ours = colorDetected({ argv: [process.execPath], env: clean, platform: process.platform, stdout: { isTTY: false } });
      assert.equal(String(ours), r.stdout.trim(), JSON.stringify(env));
    }
  });

  it('ends with the signal that ends the CLI, and passes a signal sent to the launcher on', async function () {
    if (!existsSync(BLOB)) this.skip();
    // --stdin waits for input: the CLI is still running when the signal comes.
    const child = spawn(process.execPath, [BIN, '--stdin'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const childrenFile = `/proc/${child.pid}/task/${child.pid}/children`;
    const childrenNow = () => (existsSync(childrenFile) ? readFileSync(childrenFile, 'utf8').trim().split(/\s+/).filter(Boolean) : []);
    if (existsSync(childrenFile)) {
      // Where /proc shows it: the CLI is the launcher's child, started from the snapshot. A loaded machine can take
      // well over half a second to start it, so wait for it (bounded) rather than for a fixed time.
      // Between its fork and its exec the child still shows the launcher's command line, so wait for the exec too.
      const deadline = Date.now() + 20_000;
      const cmdline = (pid: string | undefined) => {
        try {
          return pid === undefined ? '' : readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        } catch {
          return '';
        }
      };
      while ((childrenNow().length === 0 || !cmdline(childrenNow()[0]).includes('--snapshot-blob')) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const children = childrenNow();
      assert.equal(children.length, 1, 'one child process');
      assert.match(cmdline(children[0]), /--snapshot-blob\0/);
    } else {
      await new Promise((r) => setTimeout(r, 500));
    }
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    assert.deepEqual([code, signal], [null, 'SIGTERM']);
  });
});
