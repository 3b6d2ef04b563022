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
    const [a, hyphen, b, num, , after, blank] = tokenize('x-ray 12 mg\nnext\n\nline');
    assert.equal(a!.shape, 'word');
    assert.equal(hyphen!.shape, 'punct');
    assert.ok(hyphen!.joined && b!.joined);
    assert.equal(num!.shape, 'number');
    assert.equal(after!.spaceBefore, true, 'a soft line break continues the paragraph');
    assert.equal(blank!.spaceBefore, false, 'a blank line ends it');
  });
  it('lower-cases and straightens apostrophes', () => {
    assert.equal(tokenize('Don’t')[0]!.lower, "don't");
  });
});

describe('terms: the token scanner agrees with its definition', () => {
  it('gives the tokens of TOKEN_PATTERN on real reports and odd text', async () => {
    const { readdirSync, readFileSync, existsSync } = await import('node:fs');
    const { TOKEN_PATTERN } = await import('../../../server/src/engine/terms/tokens.ts');
    const dir = new URL('../../../../shared/corpus/mtsamples-dev/', import.meta.url).pathname;
    const texts = ["Zoë’s 10.5mg q4h 1,000,000 µg — 😀 naïve co-op 3.", 'a\u00a0b ١٢٣ x’y 5.'];
    if (existsSync(dir)) for (const f of readdirSync(dir).slice(0, 60)) texts.push(readFileSync(dir + f, 'utf8'));
    for (const text of texts) {
      const expected = [...text.matchAll(TOKEN_PATTERN)].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(tokenize(text).map((t) => `${t.start}:${t.text}`), expected);
    }
  });
});
