import { strict as assert } from 'node:assert';
import { compilePattern, matchAt, triggerKeys } from '../../../server/src/engine/terms/pattern.ts';
import { tokenize } from '../../../server/src/engine/terms/tokens.ts';

const emoji = compilePattern('#emoji');
const matches = (text: string) => tokenize(text).some((_, i, tokens) => matchAt(emoji, tokens, i) !== undefined);

describe('token shape #emoji', () => {
  it('matches characters shown as emoji', () => {
    assert.ok(matches('walked 150 ft 🎉'));
    assert.ok(matches('😀'));
  });
  it('leaves symbols, punctuation and words alone', () => {
    assert.ok(!matches('Elbow ROM 0→135°; knee ↔ stable. ✓ HEP reviewed!'));
    assert.ok(!matches('smile'));
  });
  it('is indexed under #any, since emoji are not words', () => {
    assert.deepEqual(triggerKeys(emoji), ['#any']);
  });
});
