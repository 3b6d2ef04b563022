import { strict as assert } from 'node:assert';
import { caseLike } from '../../../server/src/engine/terms/grammar.ts';

describe('suggestion case: bracketed placeholders', () => {
  it('keeps a placeholder as written, whatever the case of the text it replaces', () => {
    assert.equal(caseLike('MRN 00482913', '[MRN removed]', false), '[MRN removed]');
    assert.equal(caseLike('Springfield', '[address removed]', false), '[address removed]');
  });
  it('still follows the text for ordinary replacements', () => {
    assert.equal(caseLike('REFUSED', 'declined', false), 'DECLINED');
    assert.equal(caseLike('QD', 'daily', false), 'daily');
  });
});
