import assert from 'node:assert/strict';
import { tokenize } from '../../../server/src/engine/terms/tokens.ts';

describe('terms: tokens', () => {
  it('splits words, numbers and marks with offsets into the text', () => {
    const text = "Pt's wheelchair-bound; 1.0 mg QD\nnow";
    const tokens = tokenize(text);
    assert.deepEqual(
      tokens.map((t) => t.text),
      ["Pt's", 'wheelchair', '-', 'bound', ';', '1.0', 'mg', 'QD', 'now'],
    );
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });
  it('marks shapes, joins and line breaks', () => {
    const [a, hyphen, b, num, , after] = tokenize('x-ray 12 mg\nnext');
    assert.equal(a!.shape, 'word');
    assert.equal(hyphen!.shape, 'punct');
    assert.ok(hyphen!.joined && b!.joined);
    assert.equal(num!.shape, 'number');
    assert.equal(after!.spaceBefore, false, 'a token after a line break is not on the same line');
  });
  it('lower-cases and straightens apostrophes', () => {
    assert.equal(tokenize('Don’t')[0]!.lower, "don't");
  });
});
