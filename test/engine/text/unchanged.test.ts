/** `unchanged` must return the longest common prefix, then the longest common suffix that does not overlap it. */
import assert from 'node:assert/strict';
import { unchanged } from '../../../server/src/engine/text/unchanged.ts';
import { seededRandom } from '../../../scripts/lib/random.mjs';

/** The answer by definition, one character at a time. */
function slow(a: string, b: string): { prefix: number; suffix: number } {
  const most = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < most && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < most - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

describe('engine: unchanged stretches of two versions', () => {
  it('agrees with the definition on random edits of texts up to 5,000 characters (slices of 1,024 and their edges)', () => {
    const rand = seededRandom(11);
    const alphabet = 'ab\n \r#';
    for (let i = 0; i < 400; i++) {
      const n = Math.floor(rand() * 5000);
      const a = Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const at = Math.floor(rand() * (n + 1));
      const cut = Math.floor(rand() * Math.min(2000, n - at + 1));
      const put = Array.from({ length: Math.floor(rand() * 3) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const b = a.slice(0, at) + put + a.slice(at + cut);
      assert.deepEqual(unchanged(a, b), slow(a, b), `edit at ${at} of ${n}, cut ${cut}, put ${JSON.stringify(put)}`);
      assert.deepEqual(unchanged(b, a), slow(b, a));
    }
  });

  it('never lets prefix and suffix overlap (a repeated character inserted)', () => {
    assert.deepEqual(unchanged('aaaa', 'aaaaa'), { prefix: 4, suffix: 0 });
    assert.deepEqual(unchanged('', 'x'), { prefix: 0, suffix: 0 });
    assert.deepEqual(unchanged('same', 'same'), { prefix: 4, suffix: 0 });
    assert.deepEqual(unchanged('abXcd', 'abYcd'), { prefix: 2, suffix: 2 });
  });
});
