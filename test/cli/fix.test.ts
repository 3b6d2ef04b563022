/** --fix and --fix-dry-run: safe fixes only, atomic writes, idempotence, no lost edits. */
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { rapport } from '../helpers/cli.ts';
import { CLEAN, tree } from './util.ts';

const FIXABLE = 'Pt is wheelchair-bound and complains of knee pain.\r\nPt suffers from MS.\r\n';

describe('cli: --fix', function () {
  this.timeout(60_000);

  it('applies the safe fixes, keeps line endings and mode, leaves no temporary file', () => {
    const dir = tree({ 'notes/a.md': FIXABLE, 'notes/clean.md': CLEAN });
    chmodSync(join(dir, 'notes', 'a.md'), 0o640);
    const r = rapport(['--fix', '-f', 'json', 'notes'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const fixed = readFileSync(join(dir, 'notes', 'a.md'), 'utf8');
    assert.equal(fixed, 'Pt uses a wheelchair and reports knee pain.\r\nPt has MS.\r\n');
    assert.equal(statSync(join(dir, 'notes', 'a.md')).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(join(dir, 'notes')).sort(), ['a.md', 'clean.md'], 'no temporary files left');
    const out = JSON.parse(r.stdout);
    assert.equal(out.files.find((f: { path: string }) => f.path === 'notes/a.md').fixed, 3);
    assert.equal(out.summary.fixed, 3);
    // Findings reported are those left after fixing.
    assert.ok(out.files.every((f: { findings: Array<{ fix: string }> }) => f.findings.every((x) => x.fix !== 'safe')));
  });

  it('does not touch files without safe fixes (no write at all)', async () => {
    const dir = tree({ 'a.md': FIXABLE, 'clean.md': CLEAN, 'unsafe.md': 'Pt is a difficult patient.\n' });
    const before = (name: string) => statSync(join(dir, name));
    const clean = before('clean.md');
    const unsafe = before('unsafe.md');
    await new Promise((r) => setTimeout(r, 20));
    rapport(['--fix', '.'], { cwd: dir });
    for (const [name, was] of [['clean.md', clean], ['unsafe.md', unsafe]] as const) {
      const now = before(name);
      assert.equal(now.mtimeMs, was.mtimeMs, `${name} mtime`);
      assert.equal(now.ino, was.ino, `${name} inode (not replaced)`);
    }
  });

  it('is idempotent: a second run changes nothing', () => {
    const dir = tree({ 'a.md': FIXABLE });
    rapport(['--fix', 'a.md'], { cwd: dir });
    const once = readFileSync(join(dir, 'a.md'), 'utf8');
    const stat1 = statSync(join(dir, 'a.md'));
    const second = rapport(['--fix', '-f', 'json', 'a.md'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), once);
    assert.equal(statSync(join(dir, 'a.md')).ino, stat1.ino, 'not rewritten');
    assert.equal(JSON.parse(second.stdout).files[0].fixed, 0);
  });

  it('fixes the target of a symbolic link and keeps the link', () => {
    const dir = tree({ 'real/a.md': 'Pt is wheelchair-bound.\n' });
    symlinkSync(join(dir, 'real', 'a.md'), join(dir, 'link.md'));
    const r = rapport(['--fix', 'link.md'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'real', 'a.md'), 'utf8'), 'Pt uses a wheelchair.\n');
    assert.deepEqual(readdirSync(join(dir, 'real')), ['a.md']);
  });

  it('keeps a byte-order mark', () => {
    const dir = tree({ 'a.md': '\ufeffPt is wheelchair-bound.\n' });
    rapport(['--fix', 'a.md'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), '\ufeffPt uses a wheelchair.\n');
  });

  it('does not overwrite a note that changed on disk since it was read, and exits 2', () => {
    const dir = tree({
      'a.md': FIXABLE,
      'b.md': 'Pt is wheelchair-bound.\n',
      // Test hook: runs just before the on-disk check, like an editor saving the note at that moment.
      'hook.js': "const fs = require('fs'); const p = process.argv[2]; if (p.endsWith('a.md')) fs.appendFileSync(p, 'Edited meanwhile.\\n');",
    });
    const r = rapport(['--fix', 'a.md', 'b.md'], { cwd: dir, env: { RAPPORT_TEST: '1', RAPPORT_TEST_BEFORE_WRITE: join(dir, 'hook.js') } });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /a\.md changed on disk while it was being fixed/);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), FIXABLE + 'Edited meanwhile.\n', 'the concurrent edit is kept, the fix is not applied');
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), 'Pt uses a wheelchair.\n', 'other files are still fixed');
    assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'b.md', 'hook.js']);
  });

  it('the test hook is inert outside tests', () => {
    const dir = tree({ 'a.md': 'Pt is wheelchair-bound.\n', 'hook.js': "require('fs').appendFileSync(process.argv[2], 'x');" });
    const r = rapport(['--fix', 'a.md'], { cwd: dir, env: { RAPPORT_TEST_BEFORE_WRITE: join(dir, 'hook.js') } });
    assert.equal(r.status, 0);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'Pt uses a wheelchair.\n');
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const dir = tree({ 'notes/a.md': FIXABLE, 'notes/clean.md': CLEAN });
    const before = statSync(join(dir, 'notes', 'a.md'));
    const r = rapport(['--fix-dry-run', 'notes'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^--- notes\/a\.md/m);
    assert.match(r.stdout, /^\+\+\+ notes\/a\.md/m);
    assert.match(r.stdout, /^@@ -1,2 \+1,2 @@/m);
    assert.match(r.stdout, /^-Pt is wheelchair-bound and complains of knee pain\.\r?$/m);
    assert.match(r.stdout, /^\+Pt uses a wheelchair and reports knee pain\.\r?$/m);
    assert.doesNotMatch(r.stdout, /clean\.md/);
    assert.equal(readFileSync(join(dir, 'notes', 'a.md'), 'utf8'), FIXABLE);
    assert.equal(statSync(join(dir, 'notes', 'a.md')).mtimeMs, before.mtimeMs);
  });

  it('works the same in worker threads', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`n/${i}.md`] = i % 2 ? FIXABLE : CLEAN;
    const dir = tree(files);
    const r = rapport(['--fix', '-f', 'json', 'n'], { cwd: dir, env: { RAPPORT_WORKERS: '2' } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'n', '1.md'), 'utf8'), 'Pt uses a wheelchair and reports knee pain.\r\nPt has MS.\r\n');
    assert.equal(JSON.parse(r.stdout).summary.fixed, 30 * 3);
  });
});
