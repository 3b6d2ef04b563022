import assert from 'node:assert/strict';
import { Linter } from '../../../server/src/engine/index.ts';
import { acceptedRanges } from '../../../server/src/engine/accepted.ts';

describe('terms: team vocabulary and accepted terms are literal', () => {
  const linter = new Linter();
  const lint = (text: string, term: string) =>
    linter.lint(text, { vocabulary: { reject: [{ term, prefer: 'walker' }] } }).findings.filter((f) => f.ruleId === 'vocabulary.term').map((f) => f.text);

  it('matches the words in any case and spacing, not as a pattern', () => {
    assert.deepEqual(lint('Uses a Zimmer  Frame indoors.', 'zimmer frame'), ['Zimmer  Frame']);
    assert.deepEqual(lint('Pt a.b and axb.', 'a.b'), ['a.b']);
    assert.deepEqual(lint('Refuses walking.', 'refuse/v'), [], 'pattern syntax in a configured term is literal text');
    assert.deepEqual(lint('He needs a zimmerframe.', 'zimmer'), [], 'whole words only');
  });
  it('finds accepted terms as whole words', () => {
    const text = 'Deaf community; deafness; DEAF';
    assert.deepEqual(acceptedRanges(text, ['deaf']).map(([s, e]) => text.slice(s, e)), ['Deaf', 'DEAF']);
  });
});
