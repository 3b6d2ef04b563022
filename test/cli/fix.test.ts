/** --fix and --fix-dry-run: safe fixes only, atomic writes, idempotence, no lost edits. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { FileProcessor } from '../../server/src/cli/process.ts';
import type { ReplaceHooks } from '../../server/src/cli/write.ts';
import { BIN, rapport } from '../helpers/cli.ts';
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

  // The moments around the final write are reached through FileProcessor's module API (test seams the command
  // line and the environment cannot reach), where another program's edit is simulated.
  const processor = (dir: string, hooks: ReplaceHooks) => new FileProcessor({ cwd: dir, config: { noConfig: true, rules: {} }, fix: 'write', forReport: false }, hooks);

  it('a note edited once while it was fixed is read and fixed again, keeping the edit', async () => {
    const dir = tree({ 'a.md': FIXABLE });
    let edits = 0;
    const p = processor(dir, { beforeCheck: (path) => edits++ === 0 && appendFileSync(path, 'Edited meanwhile.\n') });
    const a = await p.process(join(dir, 'a.md'), 'a.md');
    assert.equal(a.error, undefined);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'Pt uses a wheelchair and reports knee pain.\r\nPt has MS.\r\nEdited meanwhile.\n');
    assert.equal(edits, 2);
  });

  it('does not replace a note that keeps changing on disk just before the rename, and reports its findings', async () => {
    const dir = tree({ 'a.md': FIXABLE, 'b.md': 'Pt is wheelchair-bound.\n' });
    // Edited before every check (three tries), like a program appending to it all the time.
    const p = processor(dir, { beforeCheck: (path) => path.endsWith('a.md') && appendFileSync(path, 'Edited meanwhile.\n') });
    const a = await p.process(join(dir, 'a.md'), 'a.md');
    const b = await p.process(join(dir, 'b.md'), 'b.md');
    assert.match(a.error ?? '', /a\.md changed on disk while it was being fixed/);
    assert.equal(a.fixed, 0);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), FIXABLE + 'Edited meanwhile.\n'.repeat(3), 'the concurrent edits are kept, the fix is not applied');
    assert.deepEqual(a.findings.map((f) => f.ruleId).sort(), ['cred.complains-of', 'pfl.suffering-victim', 'pfl.wheelchair-bound'], 'the findings of the unchanged note');
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), 'Pt uses a wheelchair.\n', 'other files are still fixed');
    assert.equal(b.error, undefined);
    assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'b.md']);
  });

  it('a change of the same size and bytes count is still seen (modification time, inode)', async () => {
    const dir = tree({ 'a.md': FIXABLE });
    // Replaced by another program's atomic save with the very same bytes: a different inode.
    const p = processor(dir, {
      beforeCheck: (path) => {
        writeFileSync(path + '.new', FIXABLE);
        renameSync(path + '.new', path);
      },
    });
    const a = await p.process(join(dir, 'a.md'), 'a.md');
    assert.match(a.error ?? '', /changed on disk/);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), FIXABLE);
  });

  it('a write that lands on the old note during the rename is put back, not lost', async () => {
    const dir = tree({ 'a.md': FIXABLE });
    let fd = -1;
    // A program that opened the note before the rename and writes just after it (into the replaced file).
    const p = processor(dir, {
      beforeCheck: (path) => {
        fd = openSync(path, 'a');
      },
      afterRename: () => {
        writeSync(fd, 'Late line.\n');
        closeSync(fd);
      },
    });
    const a = await p.process(join(dir, 'a.md'), 'a.md');
    assert.match(a.error ?? '', /changed on disk/);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), FIXABLE + 'Late line.\n');
    assert.deepEqual(readdirSync(dir), ['a.md'], 'no temporary file left');
  });

  it('if the note also moved on after the rename, the other version is saved beside it', async () => {
    const dir = tree({ 'a.md': 'Pt is wheelchair-bound.\n' });
    let fd = -1;
    const p = processor(dir, {
      beforeCheck: (path) => {
        fd = openSync(path, 'a');
      },
      afterRename: (path) => {
        writeSync(fd, 'Into the old file.\n');
        closeSync(fd);
        appendFileSync(path, 'Into the new file.\n');
      },
    });
    const a = await p.process(join(dir, 'a.md'), 'a.md');
    assert.match(a.error ?? '', /was fixed while another program was writing to it; its version from that moment is kept in /);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'Pt uses a wheelchair.\nInto the new file.\n');
    const saved = readdirSync(dir).filter((f) => f.startsWith('a.md.rapport-conflict-'));
    assert.equal(saved.length, 1);
    assert.equal(readFileSync(join(dir, saved[0]!), 'utf8'), 'Pt is wheelchair-bound.\nInto the old file.\n');
  });

  it('a write that lands on the old note after the first look is still put back when the batch settles', async () => {
    const dir = tree({ 'a.md': FIXABLE });
    let fd = -1;
    // A program that opened the note before the rename and was descheduled until after the first look.
    const p = processor(dir, { beforeCheck: (path) => (fd = openSync(path, 'a')) });
    const a = await p.process(join(dir, 'a.md'), 'a.md');
    assert.equal(a.error, undefined, 'the first look saw nothing');
    writeSync(fd, 'Late line.\n');
    closeSync(fd);
    await p.settle();
    assert.match(a.error ?? '', /changed on disk/);
    assert.equal(a.fixed, 0);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), FIXABLE + 'Late line.\n');
    assert.deepEqual(readdirSync(dir), ['a.md'], 'no temporary file left');
  });

  it('a late write on the old note, with the new note written to as well, is saved beside it when the batch settles', async () => {
    const dir = tree({ 'a.md': 'Pt is wheelchair-bound.\n' });
    let fd = -1;
    const p = processor(dir, { beforeCheck: (path) => (fd = openSync(path, 'a')) });
    const a = await p.process(join(dir, 'a.md'), 'a.md');
    writeSync(fd, 'Into the old file.\n');
    closeSync(fd);
    appendFileSync(join(dir, 'a.md'), 'Into the new file.\n');
    await p.settle();
    assert.match(a.error ?? '', /its version from that moment is kept in /);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'Pt uses a wheelchair.\nInto the new file.\n');
    const saved = readdirSync(dir).filter((f) => f.startsWith('a.md.rapport-conflict-'));
    assert.equal(saved.length, 1);
    assert.equal(readFileSync(join(dir, saved[0]!), 'utf8'), 'Pt is wheelchair-bound.\nInto the old file.\n');
  });

  it('settling waits for the late look and changes nothing when no one wrote', async () => {
    const dir = tree({ 'a.md': 'Pt is wheelchair-bound.\n' });
    const p = processor(dir, {});
    const a = await p.process(join(dir, 'a.md'), 'a.md');
    const started = Date.now();
    await p.settle();
    assert.ok(Date.now() - started >= 40, 'the late look is taken after a pause, not at once');
    assert.equal(a.error, undefined);
    assert.equal(a.fixed, 1);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'Pt uses a wheelchair.\n');
  });

  it('no environment variable runs a program during --fix', () => {
    const dir = tree({ 'a.md': 'Pt is wheelchair-bound.\n', 'hook.js': "require('fs').writeFileSync(require('path').join(__dirname, 'ran'), 'x');" });
    const r = rapport(['--fix', 'a.md'], { cwd: dir, env: { RAPPORT_TEST: '1', RAPPORT_TEST_BEFORE_WRITE: join(dir, 'hook.js') } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'Pt uses a wheelchair.\n');
    assert.ok(!existsSync(join(dir, 'ran')), 'the script was not run');
  });

  it('removes the temporary files a killed run left, and only those', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const leftover = `.a.md.rapport-${dead}-0123abcd.tmp`;
      const running = `.a.md.rapport-${live.pid}-89abcdef.tmp`;
      const lookalike = '.a.md.rapport-notes.tmp';
      const dir = tree({ 'a.md': 'Pt is wheelchair-bound.\n', [leftover]: 'half a no', [running]: 'being written', [lookalike]: 'mine' });
      const r = rapport(['--fix', 'a.md'], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(readdirSync(dir).sort(), [running, lookalike, 'a.md'].sort());
    } finally {
      live.kill();
    }
  });

  it('a kill -9 during --fix leaves no torn note, and the next run cleans up after it', async function () {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`n/${i}.md`] = FIXABLE.repeat(50);
    const dir = tree(files);
    const child = spawn(process.execPath, [BIN, '--fix', 'n'], { cwd: dir, env: { ...process.env, RAPPORT_WORKERS: '0' }, stdio: 'ignore' });
    // Kill it once it has started writing.
    for (let t = 0; t < 400 && !readdirSync(join(dir, 'n')).some((f) => f.endsWith('.tmp')) && child.exitCode === null; t++) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const fixed = 'Pt uses a wheelchair and reports knee pain.\r\nPt has MS.\r\n'.repeat(50);
    for (let i = 0; i < 400; i++) assert.ok([FIXABLE.repeat(50), fixed].includes(readFileSync(join(dir, 'n', `${i}.md`), 'utf8')), `${i}.md is whole`);
    const r = rapport(['--fix', 'n'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(join(dir, 'n')).filter((f) => !f.endsWith('.md')), [], 'no temporary file left');
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
