/** Exit codes and options: --max-warnings, --quiet, --rule, configuration, --stdin, ignore files. */
import assert from 'node:assert/strict';
import { rapport } from '../helpers/cli.ts';
import { CLEAN, ERROR_NOTE, FLAGGED, tree } from './util.ts';

interface JsonOut {
  files: Array<{ path: string; findings: Array<{ ruleId: string; severity: string; range: { start: { line: number; character: number } } }> }>;
  summary: { errors: number; warnings: number };
}
const json = (s: string) => JSON.parse(s) as JsonOut;
const oneLine = (stderr: string) => {
  assert.equal(stderr.trim().split('\n').length, 1, stderr);
  assert.match(stderr, /^rapport: /);
};

describe('cli: exit codes and options', function () {
  this.timeout(60_000);

  it('exit 0 clean, 1 on errors, 0 on warnings only, 2 on a missing file', () => {
    const dir = tree({ 'clean.md': CLEAN, 'warn.md': FLAGGED, 'err.md': ERROR_NOTE });
    assert.equal(rapport(['clean.md'], { cwd: dir }).status, 0);
    assert.equal(rapport(['warn.md'], { cwd: dir }).status, 0);
    assert.equal(rapport(['err.md'], { cwd: dir }).status, 1);
    assert.equal(rapport(['nope.md', 'clean.md'], { cwd: dir }).status, 2);
  });

  it('--max-warnings: exit 1 when warnings exceed the limit', () => {
    const dir = tree({ 'warn.md': FLAGGED });
    const n = json(rapport(['-f', 'json', 'warn.md'], { cwd: dir }).stdout).summary.warnings;
    assert.ok(n >= 1);
    assert.equal(rapport(['--max-warnings', String(n), 'warn.md'], { cwd: dir }).status, 0);
    const over = rapport(['--max-warnings', String(n - 1), 'warn.md'], { cwd: dir });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /more than --max-warnings/);
    const bad = rapport(['--max-warnings', 'lots', 'warn.md'], { cwd: dir });
    assert.equal(bad.status, 2);
    oneLine(bad.stderr);
  });

  it('--max-warnings -1 means no limit; other negative numbers are usage errors', () => {
    const dir = tree({ 'warn.md': 'Pt is wheelchair-bound. Pt is confined to a wheelchair.\n' });
    assert.equal(rapport(['--max-warnings', '0', 'warn.md'], { cwd: dir }).status, 1);
    assert.equal(rapport(['--max-warnings', '-1', 'warn.md'], { cwd: dir }).status, 0);
    assert.equal(rapport(['--max-warnings=-1', 'warn.md'], { cwd: dir }).status, 0);
    const bad = rapport(['--max-warnings', '-2', 'warn.md'], { cwd: dir });
    assert.equal(bad.status, 2);
    oneLine(bad.stderr);
  });

  it('--quiet reports errors only (exit code unchanged)', () => {
    const dir = tree({ 'mixed.md': FLAGGED + ERROR_NOTE });
    const r = rapport(['--quiet', '-f', 'json', 'mixed.md'], { cwd: dir });
    assert.equal(r.status, 1);
    const out = json(r.stdout);
    assert.ok(out.files[0]!.findings.length > 0);
    assert.ok(out.files[0]!.findings.every((f) => f.severity === 'error'));
    assert.equal(out.summary.warnings, 0);
  });

  it('--rule id=severity overrides rules and families; bad values exit 2 with one line', () => {
    const dir = tree({ 'warn.md': 'Pt is wheelchair-bound.\n' });
    const up = rapport(['--rule', 'pfl.wheelchair-bound=error', '-f', 'json', 'warn.md'], { cwd: dir });
    assert.equal(up.status, 1);
    assert.equal(json(up.stdout).files[0]!.findings[0]!.severity, 'error');
    const off = rapport(['--rule', 'disability=off', '-f', 'json', 'warn.md'], { cwd: dir });
    assert.equal(json(off.stdout).files[0]!.findings.length, 0);
    for (const bad of ['pfl.nope=error', 'pfl.wheelchair-bound=loud', 'novalue']) {
      const r = rapport(['--rule', bad, 'warn.md'], { cwd: dir });
      assert.equal(r.status, 2, bad);
      oneLine(r.stderr);
    }
  });

  it('usage errors exit 2 with one line', () => {
    for (const args of [['--nope', 'a.md'], ['--fix', '--fix-dry-run', 'a.md'], ['--stdin-filename', 'x.md'], ['--stdin', '--fix'], ['report'], ['report', 'x', '--format', 'pdf'], ['--config', 'missing.json', 'a.md']]) {
      const r = rapport(args);
      assert.equal(r.status, 2, args.join(' '));
      oneLine(r.stderr);
    }
  });

  describe('configuration', () => {
    it('is found by walking up; --no-config ignores it; --config uses another file', () => {
      const dir = tree({
        '.rapportrc.json': JSON.stringify({ rules: { 'pfl.wheelchair-bound': 'error' } }),
        'other.json': JSON.stringify({ rules: { 'pfl.wheelchair-bound': 'off' } }),
        'notes/deep/a.md': 'Pt is wheelchair-bound.\n',
      });
      const found = rapport(['-f', 'json', 'notes'], { cwd: dir });
      assert.equal(found.status, 1);
      assert.equal(json(found.stdout).files[0]!.findings[0]!.severity, 'error');
      const none = rapport(['-f', 'json', '--no-config', 'notes'], { cwd: dir });
      assert.equal(none.status, 0);
      assert.equal(json(none.stdout).files[0]!.findings[0]!.severity, 'warning');
      const other = rapport(['-f', 'json', '--config', 'other.json', 'notes'], { cwd: dir });
      assert.equal(json(other.stdout).files[0]!.findings.length, 0);
      // The command line wins over the file.
      const cli = rapport(['-f', 'json', '--rule', 'pfl.wheelchair-bound=hint', 'notes'], { cwd: dir });
      assert.equal(json(cli.stdout).files[0]!.findings[0]!.severity, 'hint');
    });

    it('a bad configuration file exits 2 with one clear line', () => {
      const dir = tree({ '.rapportrc.json': '{ "rules": { "pfl.wheelchair-bound": "error" }, }', 'a.md': CLEAN });
      const r = rapport(['a.md'], { cwd: dir });
      assert.equal(r.status, 2);
      oneLine(r.stderr);
      assert.match(r.stderr, /\.rapportrc\.json:1:\d+: .*not valid JSON/);
      const bad = tree({ '.rapportrc.json': JSON.stringify({ rules: { 'pfl.wheelchair-bound': 'loud' } }), 'a.md': CLEAN });
      const r2 = rapport(['a.md'], { cwd: bad });
      assert.equal(r2.status, 2);
      oneLine(r2.stderr);
    });

    it('--print-config prints the options that apply to a note', () => {
      const dir = tree({
        '.rapportrc.json': JSON.stringify({ extends: 'rapport:reflection', overrides: [{ files: 'clinic/**', mode: 'clinical', rules: { 'phi.name': 'off' } }] }),
        'clinic/a.md': CLEAN,
      });
      const r = rapport(['--print-config', 'clinic/a.md'], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.configFile, '.rapportrc.json');
      assert.equal(out.options.mode, 'clinical');
      assert.equal(out.options.rules['phi.name'], 'off');
      const top = JSON.parse(rapport(['--print-config', 'b.md'], { cwd: dir }).stdout);
      assert.equal(top.options.mode, 'reflection');
    });

    it('notes matching the configuration\'s ignore globs are skipped', () => {
      const dir = tree({ '.rapportrc.json': JSON.stringify({ ignore: ['drafts/**'] }), 'drafts/a.md': ERROR_NOTE, 'b.md': CLEAN });
      const r = rapport(['-f', 'json', '.'], { cwd: dir });
      assert.equal(r.status, 0);
      assert.deepEqual(json(r.stdout).files.map((f) => f.path), ['b.md']);
    });

    it('--no-ignore lints the notes the configuration ignores, too', () => {
      const dir = tree({ '.rapportrc.json': JSON.stringify({ ignore: ['drafts/**'] }), 'drafts/a.md': ERROR_NOTE, 'b.md': CLEAN });
      const r = rapport(['-f', 'json', '--no-ignore', '.'], { cwd: dir });
      assert.equal(r.status, 1, r.stderr);
      assert.deepEqual(json(r.stdout).files.map((f) => f.path).sort(), ['b.md', 'drafts/a.md']);
      const report = rapport(['report', '--format', 'json', '--no-ignore', '.'], { cwd: dir });
      assert.equal(report.status, 0, report.stderr);
      assert.match(report.stdout, /drafts\/a\.md/);
    });
  });

  describe('--stdin', () => {
    it('lints standard input, reported as <stdin> or --stdin-filename', () => {
      const r = rapport(['--stdin', '-f', 'json'], { input: 'Pt is wheelchair-bound.\n' });
      assert.equal(r.status, 0);
      const out = json(r.stdout);
      assert.equal(out.files[0]!.path, '<stdin>');
      assert.equal(out.files[0]!.findings[0]!.ruleId, 'pfl.wheelchair-bound');
      const named = rapport(['--stdin', '--stdin-filename', 'notes/x.md', '-f', 'json'], { input: ERROR_NOTE });
      assert.equal(named.status, 1);
      assert.equal(json(named.stdout).files[0]!.path, 'notes/x.md');
    });

    it('uses the configuration and reflection naming of --stdin-filename', () => {
      const dir = tree({ '.rapportrc.json': JSON.stringify({ rules: { 'pfl.wheelchair-bound': 'error' } }) });
      const r = rapport(['--stdin', '--stdin-filename', 'a.md', '-f', 'json'], { cwd: dir, input: 'Pt is wheelchair-bound.\n' });
      assert.equal(r.status, 1);
      // A reflection (by its name) makes a personal name an error.
      const refl = rapport(['--stdin', '--stdin-filename', 'week1.reflection.md', '-f', 'json', '--no-config'], { input: 'I met Mr. Sharma on Monday.\n' });
      assert.ok(json(refl.stdout).files[0]!.findings.some((f) => f.ruleId === 'phi.name' && f.severity === 'error'), refl.stdout);
    });

    it('- as the file reads standard input', () => {
      const r = rapport(['-', '-f', 'json'], { input: 'Pt is wheelchair-bound.\n' });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(json(r.stdout).files[0]!.path, '<stdin>');
      assert.equal(json(r.stdout).files[0]!.findings[0]!.ruleId, 'pfl.wheelchair-bound');
      const named = rapport(['-', '--stdin-filename', 'n/x.md', '-f', 'json'], { input: ERROR_NOTE });
      assert.equal(named.status, 1);
      assert.equal(json(named.stdout).files[0]!.path, 'n/x.md');
      for (const bad of [['-', 'a.md'], ['-', '-'], ['--fix', '-']]) {
        const r2 = rapport(bad, { input: '' });
        assert.equal(r2.status, 2, bad.join(' '));
        oneLine(r2.stderr);
      }
    });

    it('--fix-dry-run on stdin prints a diff', () => {
      const r = rapport(['--stdin', '--fix-dry-run'], { input: 'Pt is wheelchair-bound.\n' });
      assert.match(r.stdout, /^-Pt is wheelchair-bound\.$/m);
      assert.match(r.stdout, /^\+Pt uses a wheelchair\.$/m);
    });
  });

  describe('ignore files', () => {
    const files = {
      'notes/a.md': ERROR_NOTE,
      'notes/b.md': CLEAN,
      'notes/drafts/c.md': ERROR_NOTE,
      'archive/old.md': ERROR_NOTE,
    };
    const paths = (stdout: string) => json(stdout).files.map((f) => f.path).sort();

    it('.rapportignore is used by default (gitignore syntax, negation too)', () => {
      const dir = tree({ ...files, '.rapportignore': '# old notes\narchive/\nnotes/**/*.md\n!notes/b.md\n' });
      assert.deepEqual(paths(rapport(['-f', 'json', '.'], { cwd: dir }).stdout), ['notes/b.md']);
      // Explicitly named files are ignored too, so a pre-commit hook can pass every staged file.
      assert.deepEqual(paths(rapport(['-f', 'json', 'archive/old.md', 'notes/b.md'], { cwd: dir }).stdout), ['notes/b.md']);
      assert.equal(rapport(['-f', 'json', '--no-ignore', '.'], { cwd: dir }).status, 1);
    });

    it('!glob arguments exclude notes, folders and named files', () => {
      const dir = tree(files);
      assert.deepEqual(paths(rapport(['-f', 'json', '.', '!archive'], { cwd: dir }).stdout), ['notes/a.md', 'notes/b.md', 'notes/drafts/c.md']);
      assert.deepEqual(paths(rapport(['-f', 'json', '.', '!**/drafts/**', '!archive/'], { cwd: dir }).stdout), ['notes/a.md', 'notes/b.md']);
      assert.deepEqual(paths(rapport(['-f', 'json', 'notes/**/*.md', '!notes/a.md'], { cwd: dir }).stdout), ['notes/b.md', 'notes/drafts/c.md']);
      const named = rapport(['-f', 'json', 'notes/a.md', 'notes/b.md', '!**/a.md'], { cwd: dir });
      assert.deepEqual(paths(named.stdout), ['notes/b.md']);
      assert.equal(named.status, 0);
      const only = rapport(['!notes'], { cwd: dir });
      assert.equal(only.status, 2, 'exclusions alone name no notes');
      oneLine(only.stderr);
    });

    it('--ignore-path and --ignore-pattern', () => {
      const dir = tree({ ...files, 'ci/ignore.txt': 'drafts/\n' });
      assert.deepEqual(paths(rapport(['-f', 'json', '--ignore-path', 'ci/ignore.txt', 'notes'], { cwd: dir }).stdout), ['notes/a.md', 'notes/b.md']);
      const both = rapport(['-f', 'json', '--ignore-pattern', 'archive/**', '--ignore-pattern', '**/drafts', '--ignore-pattern', 'notes/a.md', '.'], { cwd: dir });
      assert.deepEqual(paths(both.stdout), ['notes/b.md']);
      assert.equal(both.status, 0);
      const missing = rapport(['--ignore-path', 'nope.txt', '.'], { cwd: dir });
      assert.equal(missing.status, 2);
      oneLine(missing.stderr);
    });
  });
});
