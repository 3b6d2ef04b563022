/** Large batches: worker threads give exactly the same, deterministic output as one thread. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, rapport } from '../helpers/cli.ts';
import { tempDir } from './util.ts';
import { generateNotes } from '../../scripts/bench/generate-notes.mjs';

describe('cli: batches', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = tempDir();
    generateNotes(join(dir, 'notes'), 400, 7);
  });

  it('worker threads and a single thread give byte-identical JSON and SARIF, in path order', () => {
    const one = rapport(['-f', 'json', 'notes'], { cwd: dir, env: { RAPPORT_WORKERS: '0' } });
    const three = rapport(['-f', 'json', 'notes'], { cwd: dir, env: { RAPPORT_WORKERS: '3' } });
    assert.equal(one.status, three.status);
    assert.equal(one.stdout, three.stdout);
    const out = JSON.parse(one.stdout) as { files: Array<{ path: string }>; summary: { files: number; errors: number; warnings: number } };
    assert.equal(out.summary.files, 400);
    assert.ok(out.summary.warnings > 0);
    const paths = out.files.map((f) => f.path);
    assert.deepEqual(paths, [...paths].sort());
    const sarifOne = rapport(['-f', 'sarif', 'notes'], { cwd: dir, env: { RAPPORT_WORKERS: '0' } });
    const sarifTwo = rapport(['-f', 'sarif', 'notes'], { cwd: dir, env: { RAPPORT_WORKERS: '2' } });
    assert.equal(sarifOne.stdout, sarifTwo.stdout);
  });

  it('workers started before the engine loads (prestart) are ended when the run needs fewer or none', () => {
    // The folder holds 400 notes, so the launcher starts workers; an ignore pattern leaves 10, linted in this thread.
    const few = rapport(['-f', 'json', 'notes', '--ignore-pattern', 'notes/**/note-[1-9]?*.md'], { cwd: dir });
    const fewOne = rapport(['-f', 'json', 'notes', '--ignore-pattern', 'notes/**/note-[1-9]?*.md'], { cwd: dir, env: { RAPPORT_WORKERS: '0' } });
    assert.equal(few.status, fewOne.status, few.stderr);
    assert.equal(few.stdout, fewOne.stdout);
    const files = (JSON.parse(few.stdout) as { summary: { files: number } }).summary.files;
    assert.ok(files > 0 && files < 50, String(files));
    // A usage error after the workers were started: the process still ends at once, exit 2.
    const started = Date.now();
    const bad = rapport(['notes', '--format', 'nonsense'], { cwd: dir });
    assert.equal(bad.status, 2, bad.stderr);
    assert.ok(Date.now() - started < 30_000);
  });

  it('class reports are the same with workers', () => {
    const one = rapport(['report', 'notes', '-f', 'json', '--group-by', 'folder'], { cwd: dir, env: { RAPPORT_WORKERS: '0' } });
    const two = rapport(['report', 'notes', '-f', 'json', '--group-by', 'folder'], { cwd: dir, env: { RAPPORT_WORKERS: '2' } });
    assert.equal(one.status, 0, one.stderr);
    assert.equal(one.stdout, two.stdout);
  });

  it('shows progress on a terminal (stderr), but not when a machine format goes to that terminal', function () {
    if (!existsSync('/usr/bin/script')) this.skip();
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && k !== 'RAPPORT_NO_PROGRESS') env[k] = v;
    // `script` runs the command on a pseudo-terminal: stdout and stderr are both a TTY.
    const onTty = (args: string) => spawnSync('/usr/bin/script', ['-qec', `"${process.execPath}" "${BIN}" ${args}`, '/dev/null'], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    const toFile = onTty('report notes --output out.html');
    assert.match(toFile.stdout, /rapport: \d+\/400 files/);
    assert.match(toFile.stdout, /rapport: 400\/400 files/);
    const machine = onTty('-f json notes');
    assert.doesNotMatch(machine.stdout, /\/400 files/);
    assert.ok(machine.stdout.includes('"summary"'));
  });
});
