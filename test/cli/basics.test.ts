/** The `rapport` command: files, folders, globs, formats, exit codes, bad input. */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rapport } from '../helpers/cli.ts';
import { CLEAN, tree } from './util.ts';

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
  mkdirSync(join(dir, 'notes', 'sub'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(dir, 'notes', 'clean.md'), '# Daily note\n\nNaren uses a power wheelchair and transfers independently.\n');
  writeFileSync(join(dir, 'notes', 'sub', 'draft.markdown'), 'Naren is wheelchair-bound.\r\nHe is a 😀 retard.\r\n');
  writeFileSync(join(dir, 'notes', 'ignored.txt'), 'wheelchair-bound');
  writeFileSync(join(dir, 'node_modules', 'x', 'readme.md'), 'wheelchair-bound');
  return dir;
}

describe('cli: basics', function () {
  this.timeout(30_000);

  it('walks folders for *.md and *.markdown, skipping node_modules', () => {
    const dir = fixture();
    const r = rapport(['--format', 'json', 'notes', '.'], { cwd: dir });
    const out = JSON.parse(r.stdout) as { files: Array<{ path: string }> };
    assert.deepEqual(out.files.map((f) => f.path).sort(), ['notes/clean.md', 'notes/sub/draft.markdown']);
  });

  it('rapport . lints what docs/cli.md says: *.md and *.markdown at any depth, not hidden, not .MD, links followed', () => {
    const dir = tree({ 'a.md': CLEAN, 'deep/er/b.markdown': CLEAN, 'C.MD': CLEAN, 'd.txt': CLEAN, '.hidden/e.md': CLEAN, '.f.md': CLEAN, 'node_modules/g.md': CLEAN });
    symlinkSync(tree({ 'h.md': CLEAN }), join(dir, 'linked'));
    const paths = (args: string[]) => (JSON.parse(rapport(['-f', 'json', ...args], { cwd: dir }).stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path).sort();
    assert.deepEqual(paths(['.']), ['a.md', 'deep/er/b.markdown', 'linked/h.md']);
    assert.deepEqual(paths(['.hidden/e.md', 'C.MD', 'd.txt']), ['.hidden/e.md', 'C.MD', 'd.txt'], 'named files are linted whatever their name');
  });

  it('prints the documented JSON shape with 0-based lines and UTF-16 characters', () => {
    const dir = fixture();
    const r = rapport(['--format', 'json', 'notes/sub/draft.markdown'], { cwd: dir });
    assert.equal(r.status, 1, 'an error-severity finding (a slur) exits 1');
    const out = JSON.parse(r.stdout);
    const findings = out.files[0].findings;
    const bound = findings.find((f: { ruleId: string }) => f.ruleId === 'pfl.wheelchair-bound');
    assert.deepEqual(bound.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 25 } });
    assert.deepEqual(bound.suggestions, ['uses a wheelchair']);
    const slur = findings.find((f: { ruleId: string }) => f.ruleId === 'pfl.condition-as-person');
    // "He is a 😀 retard." — the emoji is two UTF-16 code units.
    assert.deepEqual(slur.range.start, { line: 1, character: 11 });
    assert.equal(slur.severity, 'error');
    for (const key of ['files', 'errors', 'warnings', 'infos', 'hints']) assert.equal(typeof out.summary[key], 'number', key);
  });

  it('exits 0 on clean notes (stylish output)', () => {
    const dir = fixture();
    const r = rapport(['notes/clean.md'], { cwd: dir });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /0 findings/);
  });

  it('accepts globs', () => {
    const dir = fixture();
    const r = rapport(['--format', 'json', 'notes/**/*.markdown'], { cwd: dir });
    assert.equal(JSON.parse(r.stdout).files.length, 1);
  });

  it('reports an unreadable file, still lints the others, and exits 2', function () {
    if (process.getuid?.() === 0) {
      // root can read anything: use a missing path instead of a permission bit.
      const dir = fixture();
      const r = rapport(['--format', 'json', 'notes/missing.md', 'notes/sub/draft.markdown'], { cwd: dir });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /missing\.md: no such file/);
      assert.equal(JSON.parse(r.stdout).files.find((f: { path: string }) => f.path.endsWith('draft.markdown')).findings.length > 0, true);
      return;
    }
    const dir = fixture();
    chmodSync(join(dir, 'notes', 'clean.md'), 0);
    const r = rapport(['notes'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /permission denied/);
  });

  it('refuses binary files with a clear message', () => {
    const dir = fixture();
    writeFileSync(join(dir, 'notes', 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const r = rapport(['notes/scan.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /binary/);
  });

  it('lints a 5 MB file', () => {
    const dir = fixture();
    const para = 'Pt ambulated 150 ft with rollator and SBA; HR 88 bpm after; no LOB.\n\n';
    writeFileSync(join(dir, 'big.md'), para.repeat(Math.ceil((5 * 1024 * 1024) / para.length)) + 'Pt is wheelchair-bound.\n');
    const r = rapport(['--format', 'json', 'big.md'], { cwd: dir });
    assert.equal(r.status, 0);
    assert.equal(JSON.parse(r.stdout).files[0].findings.length, 1);
  });

  it('usage problems exit 2 with one line', () => {
    for (const args of [['--format', 'xml', 'a.md'], ['--nope'], []]) {
      const r = rapport(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^rapport: /);
    }
  });

  it('prints help and version', () => {
    assert.match(rapport(['--help']).stdout, /Usage: rapport/);
    assert.match(rapport(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });
});
