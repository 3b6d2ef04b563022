/** The CLI and the project configuration: cascade, comments, and files it must refuse without hanging. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rapport } from '../helpers/cli.ts';
import { FLAGGED, tempDir, tree } from './util.ts';

type Report = { files: Array<{ path: string; findings: Array<{ ruleId: string }> }> };
const rulesOf = (stdout: string) => (JSON.parse(stdout) as Report).files.flatMap((f) => f.findings.map((m) => m.ruleId));

describe('CLI: project configuration files', () => {
  it('cascades files from parent folders (nearest wins) with comments, and stops at "root": true', () => {
    const dir = tree({
      '.git/HEAD': '',
      '.rapportrc.json': '{\n  // the whole clinic\n  "rules": { "pfl.wheelchair-bound": "off", "cred.complains-of": "error" }\n}\n',
      'team/.rapportrc.json': '{ /* this team */ "rules": { "pfl.wheelchair-bound": "warning" } }',
      'team/a.md': FLAGGED,
      'own/.rapportrc.json': '{ "root": true }',
      'own/a.md': FLAGGED,
    });
    const team = rapport(['-f', 'json', 'team/a.md'], { cwd: dir });
    assert.equal(team.status, 1, team.stderr);
    assert.deepEqual(rulesOf(team.stdout).sort(), ['cred.complains-of', 'pfl.wheelchair-bound']);
    const printed = JSON.parse(rapport(['--print-config', 'team/a.md'], { cwd: dir }).stdout) as { options: { rules: Record<string, string> } };
    assert.deepEqual(printed.options.rules, { 'pfl.wheelchair-bound': 'warning', 'cred.complains-of': 'error' });
    const own = JSON.parse(rapport(['--print-config', 'own/a.md'], { cwd: dir }).stdout) as { options: { rules?: unknown } };
    assert.equal(own.options.rules, undefined);
  });

  it('extends a shared file inside the repository', () => {
    const dir = tree({ '.git/HEAD': '', 'shared/team.json': '{ "rules": { "pfl.wheelchair-bound": "off" } }', 'notes/.rapportrc.json': '{ "extends": "../shared/team.json" }', 'notes/a.md': FLAGGED });
    assert.deepEqual(rulesOf(rapport(['-f', 'json', 'notes/a.md'], { cwd: dir }).stdout), ['cred.complains-of']);
  });

  it('a FIFO or a link to /dev/zero as configuration exits 2 with one line, and does not hang', () => {
    for (const make of [(p: string) => execFileSync('mkfifo', [p]), (p: string) => symlinkSync('/dev/zero', p)]) {
      const dir = tempDir();
      writeFileSync(join(dir, 'a.md'), FLAGGED);
      make(join(dir, '.rapportrc.json'));
      const r = rapport(['a.md'], { cwd: dir });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /\.rapportrc\.json: Cannot read \.rapportrc\.json: it (is not a regular file|is a symbolic link)/);
    }
  });

  it('never repeats the content of a file the configuration links to outside the repository', () => {
    const outside = tree({ 'secret.json': '{"patient": "Jane Roe, MRN 4471"}\nroot:x:0:0:root:/root:/bin/bash\n' });
    const dir = tree({ '.git/HEAD': '', 'a.md': FLAGGED });
    symlinkSync(join(outside, 'secret.json'), join(dir, '.rapportrc.json'));
    const r = rapport(['a.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /outside the workspace/);
    assert.doesNotMatch(r.stderr + r.stdout, /Jane|4471|root:x|bash/);
  });

  it('a catastrophic override glob lints at once (it took 18 s for one note)', () => {
    const dir = tree({ '.rapportrc.json': JSON.stringify({ overrides: [{ files: '*a*a*a*a*a*a*a*a*a*a*b.md', rules: { 'pfl.wheelchair-bound': 'off' } }] }) });
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', `${'a'.repeat(40)}.md`), FLAGGED);
    writeFileSync(join(dir, 'notes', `${'a'.repeat(20)}b.md`), FLAGGED);
    const r = rapport(['-f', 'json', 'notes'], { cwd: dir });
    const byFile = (JSON.parse(r.stdout) as Report).files.map((f) => [f.path.split('/').pop(), f.findings.map((m) => m.ruleId)]);
    assert.deepEqual(new Map(byFile as Array<[string, string[]]>), new Map([[`${'a'.repeat(20)}b.md`, ['cred.complains-of']], [`${'a'.repeat(40)}.md`, ['pfl.wheelchair-bound', 'cred.complains-of']]]));
  });
});
