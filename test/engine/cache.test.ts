/**
 * The block cache: keyed by rule ids (never rule objects), bounded in characters as well as entries,
 * and holding no old version of a note alive. Memory is checked through the cache's own accounting and
 * the heap after collection, never through time.
 */
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Linter } from '../../server/src/engine/index.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

describe('engine: block cache', function () {
  this.timeout(60_000);

  it('re-linting after 100+ distinct team vocabularies finds the same as the first time', () => {
    const linter = new Linter();
    const text = 'Pt moved to the gurney.\n\nPt is wheelchair-bound.\n';
    const vocab = (i: number) => ({ reject: [{ term: 'gurney', prefer: `stretcher ${i}` }] });
    const first = linter.lint(text, { vocabulary: vocab(0) }).findings;
    for (let i = 1; i <= 120; i++) linter.lint(text, { vocabulary: vocab(i) });
    assert.deepEqual(linter.lint(text, { vocabulary: vocab(0) }).findings, first);
    assert.ok(first.some((f) => f.ruleId === 'vocabulary.term'));
  });

  it('holds to its character bound however long the edited block is', () => {
    const limit = 2_000_000;
    const linter = new Linter({ cacheChars: limit });
    // One 1,000-line paragraph, edited 60 times: every edit is a new 60 KB unit.
    const lines = Array.from({ length: 1000 }, (_, i) => `Line ${i}: pt is wheelchair-bound, reports pain ${i % 10}/10.`);
    for (let i = 0; i < 60; i++) {
      lines[i * 7] += 'e';
      linter.lint(lines.join('\n'));
      assert.ok(linter.cacheStats().chars <= limit, `${linter.cacheStats().chars} > ${limit}`);
    }
    assert.ok(linter.cacheStats().entries >= 1);
  });

  it('keeps no old version of a note alive: heap after 400 edits of a 200 KB note stays flat', () => {
    const linter = new Linter();
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Para ${i}. Pt is wheelchair-bound and claims pain ${i}/10; ${'reviewed HEP with good form. '.repeat(14)}`);
    const edit = (i: number) => {
      paragraphs[i % paragraphs.length] += ' x';
      return paragraphs.join('\n\n');
    };
    for (let i = 0; i < 50; i++) linter.lint(edit(i));
    const before = heapMb();
    for (let i = 50; i < 450; i++) linter.lint(edit(i));
    const growth = heapMb() - before;
    // Each version is ~200 KB; retaining one per edit would add about 80 MB (160 MB as UTF-16).
    // The cache itself adds one ~500-character paragraph per edit.
    assert.ok(growth < 15, `heap grew ${growth.toFixed(1)} MB over 400 edits`);
  });

  it('keeps no old version alive while the front matter is typed in (one cached header per version)', () => {
    const linter = new Linter();
    const body = Array.from({ length: 400 }, (_, i) => `Para ${i}. Pt reports pain ${i}/10; ${'reviewed HEP with good form. '.repeat(14)}`).join('\n\n');
    const version = (i: number) => `---\nmode: clinical\nlanguage-preference: person-first\ntitle: Daily note ${'e'.repeat(i)}\n---\n${body}`;
    for (let i = 0; i < 20; i++) linter.lint(version(i));
    const before = heapMb();
    for (let i = 20; i < 320; i++) linter.lint(version(i));
    const growth = heapMb() - before;
    assert.ok(growth < 15, `heap grew ${growth.toFixed(1)} MB over 300 edits of the front matter`);
  });
});
