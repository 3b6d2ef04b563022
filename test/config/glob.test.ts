/** Override and ignore globs: picomatch's meaning, matched without backtracking. */
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { compileGlob, globProblem } from '../../server/src/config/index.ts';

describe('config: globs', () => {
  const paths = [
    'n.md',
    'a.reflection.md',
    'reflections/week1/x.reflection.md',
    'drafts/a.md',
    'drafts/sub/b.md',
    'notes/a/x.md',
    'notes/b/y.md',
    'notes/c/z.md',
    '.hidden/n.md',
    'clinic/.draft.md',
    'soap/2024-01-02.md',
    'x/y.tmp.md',
  ];
  const globs = ['*.md', '*.reflection.md', 'drafts/**', '**/drafts/*.md', 'notes/{a,b}/*.md', 'notes/[ab]/*.md', 'soap/????-??-??.md', '*.tmp.md', '/drafts/*', './notes/**/z.md', '**', '.hidden/**', 'notes/*/[!x]*.md', '!drafts/**'];

  it('means what picomatch means, for every glob and path here', () => {
    for (const glob of globs) {
      const negated = glob.startsWith('!');
      const body = glob.replace(/^!/, '').replace(/^\.\//, '');
      const expected = picomatch(body.includes('/') ? body.replace(/^\//, '') : `**/${body}`, { dot: true, noextglob: true, windows: false });
      const m = compileGlob(glob);
      for (const path of paths) assert.equal(m(path), negated ? !expected(path) : expected(path), `${glob} on ${path}`);
    }
  });

  it('matches a catastrophic glob without backtracking (24 stars froze the server; a backtracking match never ends)', () => {
    const glob = '*a'.repeat(24) + '*b.md';
    assert.equal(globProblem(glob), undefined);
    const m = compileGlob(glob);
    const path = `notes/${'a'.repeat(200)}.md`;
    assert.equal(m(path), false);
    assert.equal(m(`notes/${'a'.repeat(30)}b.md`), true);
    assert.equal(compileGlob('**/'.repeat(20) + 'x.md')(`${'d/'.repeat(200)}y.md`), false);
  });
});
