/** Bad input gets a clear error and loses nothing: pipes, devices, encodings, read-only notes, closed pipes. */
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, readdirSync, readFileSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, rapport } from '../helpers/cli.ts';
import { CLEAN, FLAGGED, tempDir, tree } from './util.ts';

const posix = process.platform !== 'win32';

describe('cli: bad input', function () {
  this.timeout(60_000);

  it('skips a FIFO (named, or found in a folder) and a device with a message instead of blocking', function () {
    if (!posix) this.skip();
    const dir = tree({ 'notes/ok.md': FLAGGED });
    execFileSync('mkfifo', [join(dir, 'notes', 'pipe.md')]);
    symlinkSync('/dev/zero', join(dir, 'notes', 'zero.md'));
    const r = rapport(['-f', 'json', 'notes', 'notes/pipe.md'], { cwd: dir, env: { RAPPORT_WORKERS: '0' } });
    assert.equal(r.status, 2, `exit 2, not a hang (stderr: ${r.stderr})`);
    const out = JSON.parse(r.stdout) as { files: Array<{ path: string; error?: string; findings: unknown[] }> };
    assert.match(out.files.find((f) => f.path === 'notes/pipe.md')!.error!, /not a regular file/);
    assert.match(out.files.find((f) => f.path === 'notes/zero.md')!.error!, /not a regular file/);
    assert.ok(out.files.find((f) => f.path === 'notes/ok.md')!.findings.length > 0, 'the other notes are still linted');
    assert.match(r.stderr, /^rapport: Skipped .*pipe\.md: it is not a regular file/m);
  });

  it('--rubric on a FIFO is a usage error, not a hang', function () {
    if (!posix) this.skip();
    const dir = tree({ 'class/a.md': CLEAN });
    execFileSync('mkfifo', [join(dir, 'rubric.json')]);
    const r = rapport(['report', 'class', '--rubric', 'rubric.json'], { cwd: dir });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^rapport: --rubric .*not a regular file/);
  });

  it('--fix leaves a note that is not UTF-8 (Latin-1) byte for byte as it was, and says why', () => {
    const latin1 = Buffer.from('Pt is wheelchair-bound; caf\xe9 na\xefve.\n', 'latin1');
    const dir = tree({ 'a.md': latin1 });
    const r = rapport(['--fix', 'a.md'], { cwd: dir });
    assert.equal(r.status, 2, r.stderr);
    assert.ok(readFileSync(join(dir, 'a.md')).equals(latin1), 'the note is unchanged');
    assert.match(r.stderr, /^rapport: Not fixed: a\.md: it is not valid UTF-8/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    // The note is unchanged, so its findings are reported as they are, beside the refusal.
    const out = JSON.parse(rapport(['--fix', '-f', 'json', 'a.md'], { cwd: dir }).stdout);
    assert.deepEqual(out.files[0].findings.map((f: { ruleId: string }) => f.ruleId), ['pfl.wheelchair-bound']);
    assert.equal(out.files[0].fixed, 0);
    // Linting alone still works.
    assert.equal(rapport(['a.md'], { cwd: dir }).status, 0);
  });

  it('--fix does not replace a read-only note', () => {
    const dir = tree({ 'a.md': FLAGGED });
    chmodSync(join(dir, 'a.md'), 0o444);
    const r = rapport(['--fix', 'a.md'], { cwd: dir });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), FLAGGED);
    assert.match(r.stderr, /^rapport: Not fixed: a\.md: it is read-only\.$/m);
    assert.deepEqual(readdirSync(dir), ['a.md'], 'no temporary file left');
    const out = JSON.parse(rapport(['--fix', '-f', 'json', 'a.md'], { cwd: dir }).stdout);
    assert.deepEqual(out.files[0].findings.map((f: { ruleId: string }) => f.ruleId).sort(), ['cred.complains-of', 'pfl.wheelchair-bound']);
    assert.equal(out.summary.warnings + out.summary.hints + out.summary.infos, 2);
  });

  it('a note reached twice through symbolic links is linted and fixed once', function () {
    if (!posix) this.skip();
    const dir = tree({ 'notes/a.md': FLAGGED });
    symlinkSync('a.md', join(dir, 'notes', 'b.md'));
    mkdirSync(join(dir, 'notes', 'sub'));
    symlinkSync('..', join(dir, 'notes', 'sub', 'up'));
    const r = rapport(['--fix', '-f', 'json', 'notes'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { files: Array<{ path: string }>; summary: { files: number; fixed: number } };
    assert.deepEqual(out.files.map((f) => f.path), ['notes/a.md']);
    assert.equal(out.summary.fixed, 2, 'the fixes of one note, counted once');
  });

  it('UTF-16 notes get a message that says so', () => {
    const dir = tree({ 'a.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FLAGGED, 'utf16le')]) });
    const r = rapport(['a.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /UTF-16 text; save it as UTF-8/);
  });

  it('binary standard input is a note that could not be read (exit 2), as for a file', () => {
    const r = rapport(['--stdin'], { input: 'PK\u0003\u0004\u0000\u0000binary' });
    assert.equal(r.status, 2, r.stdout);
    assert.match(r.stderr, /^rapport: Skipped <stdin>: standard input looks like binary data/);
  });

  it('standard input is bounded like a file: /dev/zero is one line and exit 2, not gigabytes', function () {
    if (!posix) this.skip();
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, '--stdin'], { stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stderr, 'rapport: standard input is larger than 60 MB, the limit for one note; nothing was linted.\n');
      assert.equal(r.stdout, '');
    } finally {
      closeSync(zero);
    }
  });

  it('a full disk on stdout is one line and exit 2, not a stack trace', function () {
    if (!existsSync('/dev/full')) this.skip();
    const dir = tree({ 'a.md': FLAGGED, 'b.md': CLEAN });
    const full = openSync('/dev/full', 'w');
    try {
      for (const format of ['stylish', 'json']) {
        const r = spawnSync(process.execPath, [BIN, '-f', format, '.'], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stderr, 'rapport: cannot write the output to standard output: no space left on device.\n');
      }
    } finally {
      closeSync(full);
    }
  });

  it('a reader that closes the pipe early (| head -1) is not a crash', function () {
    if (!posix) this.skip();
    const dir = tempDir();
    writeFileSync(join(dir, 'big.md'), FLAGGED.repeat(3000));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" big.md | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      // Plain text whatever the environment: picocolors turns colour on under CI=true even into a pipe.
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(r.stdout, 'big.md\n');
    assert.doesNotMatch(r.stderr, /EPIPE|Unhandled|at /, r.stderr);
    assert.match(r.stderr, /status=0/, 'the exit code is still the lint result (warnings only: 0)');
  });

  it('--output onto a folder or under a file: one clear line, no temporary file names', () => {
    const dir = tree({ 'a.md': FLAGGED });
    mkdirSync(join(dir, 'out'));
    const onFolder = rapport(['a.md', '-o', 'out'], { cwd: dir });
    assert.equal(onFolder.status, 2);
    assert.equal(onFolder.stderr, 'rapport: --output out: is a folder; give a file name.\n');
    const underFile = rapport(['a.md', '-o', 'a.md/report.txt'], { cwd: dir });
    assert.equal(underFile.status, 2);
    assert.equal(underFile.stderr.trim().split('\n').length, 1);
    assert.doesNotMatch(underFile.stderr, /\.tmp|EEXIST/);
    assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'out']);
    assert.deepEqual(readdirSync(join(dir, 'out')), []);
  });
});
