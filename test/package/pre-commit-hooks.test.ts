/** `.pre-commit-hooks.yaml` names a bin the package really has and selects Markdown notes only. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const REPO = join(__dirname, '..', '..');

describe('pre-commit hooks', () => {
  const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, string>>;
  const bins = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;

  it('has one node hook whose entry is a bin of the package', () => {
    assert.equal(hooks.length, 1);
    const hook = hooks[0]!;
    assert.equal(hook.id, 'rapport');
    assert.equal(hook.language, 'node');
    assert.ok(hook.entry! in bins, `${hook.entry} is not one of ${Object.keys(bins).join(', ')}`);
  });

  it('selects .md and .markdown files, nothing else', () => {
    // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hooks[0]!.files!);
    for (const yes of ['notes/eval.md', 'README.markdown', 'a/b/week-1.reflection.md']) assert.ok(files.test(yes), yes);
    for (const no of ['notes/eval.md.bak', 'config.json', 'notes/mdfile.txt']) assert.ok(!files.test(no), no);
  });
});
