/** The one reader of configuration files: regular files only, bounded, never blocking, never out of the workspace. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigResolver, readBoundedText, MAX_CONFIG_BYTES } from '../../server/src/config/index.ts';

describe('config: reading files from the workspace', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'rapport-read-')));
    outside = realpathSync(mkdtempSync(join(tmpdir(), 'rapport-outside-')));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const reasonOf = (r: ReturnType<typeof readBoundedText>) => (r.ok ? `read ${r.text.length} characters` : r.reason);

  it('refuses a link to /dev/zero without reading it', () => {
    const link = join(root, '.rapportrc.json');
    symlinkSync('/dev/zero', link);
    const r = readBoundedText(link);
    assert.match(reasonOf(r), /not a regular file|outside the workspace/);
    assert.match(reasonOf(readBoundedText(link, { boundary: '/' })), /not a regular file/);
  });

  it('refuses a FIFO without blocking (a blocking open would never return)', function () {
    const fifo = join(root, '.rapportrc.json');
    execFileSync('mkfifo', [fifo]);
    assert.match(reasonOf(readBoundedText(fifo, { boundary: root })), /not a regular file/);
  });

  it('never follows a link out of the workspace folder, and never repeats the content', () => {
    writeFileSync(join(outside, 'secret.json'), '{"patient": "Jane Roe, MRN 4471"}');
    const link = join(root, '.rapportrc.json');
    symlinkSync(join(outside, 'secret.json'), link);
    const r = readBoundedText(link, { boundary: root });
    assert.equal(r.ok, false);
    assert.match(reasonOf(r), /outside the workspace/);
    assert.doesNotMatch(reasonOf(r), /Jane|4471/);
    // Through the resolver, the problem names the file and the reason only.
    const resolved = Object.assign(new ConfigResolver(), { roots: [root] }).resolveConfig(join(root, 'n.md'));
    assert.equal(resolved.problems.length, 1);
    assert.match(resolved.problems[0]!.message, /Cannot read \.rapportrc\.json: .*outside the workspace/);
    assert.doesNotMatch(JSON.stringify(resolved), /Jane|4471/);
  });

  it('follows a link that stays inside the workspace', () => {
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(root, 'shared', 'team.json'), '{"mode": "reflection"}');
    symlinkSync(join(root, 'shared', 'team.json'), join(root, '.rapportrc.json'));
    const r = readBoundedText(join(root, '.rapportrc.json'), { boundary: root });
    assert.deepEqual(r.ok && JSON.parse(r.text), { mode: 'reflection' });
    // Outside any workspace folder the file itself may not be a link.
    assert.match(reasonOf(readBoundedText(join(root, '.rapportrc.json'))), /symbolic link/);
  });

  it('refuses files above the size limit, folders, missing files and text that is not UTF-8; no content in the reason', () => {
    const big = join(root, 'big.json');
    writeFileSync(big, `{"x": "${'a'.repeat(MAX_CONFIG_BYTES)}"}`);
    assert.match(reasonOf(readBoundedText(big)), /above the limit/);
    assert.match(reasonOf(readBoundedText(root)), /not a regular file|folder/);
    assert.match(reasonOf(readBoundedText(join(root, 'none.json'))), /does not exist/);
    symlinkSync(join(root, 'gone.json'), join(root, 'dangling.json'));
    assert.match(reasonOf(readBoundedText(join(root, 'dangling.json'))), /symbolic link to a file that does not exist/);
    const latin1 = join(root, 'latin1.json');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    assert.match(reasonOf(readBoundedText(latin1)), /not UTF-8/);
    writeFileSync(join(root, 'ok.json'), '{}');
    const ok = readBoundedText(join(root, 'ok.json'));
    assert.equal(ok.ok && ok.text, '{}');
  });
});
