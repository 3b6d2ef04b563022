/**
 * A `before` neighbour is tried from every start its pattern could have. The matcher used to look back at most
 * six tokens, so a longer neighbour ("even after the long talk, the patient is" before "still smoking") never
 * matched, and nothing said so: the rule simply missed.
 */
import assert from 'node:assert/strict';
import { Linter } from '../../../server/src/engine/index.ts';

const linter = new Linter();
const disapproval = (text: string) => linter.lint(text).findings.filter((f) => f.ruleId === 'adhere.disapproval').map((f) => f.text);

describe('neighbour patterns longer than six tokens', () => {
  it('match from their first possible start', () => {
    assert.deepEqual(disapproval('Even after counseling, she is still smoking.'), ['still smoking']); // 6 tokens back
    assert.deepEqual(disapproval('Even after the discussion, she is still smoking.'), ['still smoking']); // 7
    assert.deepEqual(disapproval('Even after the long talk, the patient is still smoking.'), ['still smoking']); // 9
  });

  it('still need the whole neighbour', () => {
    assert.deepEqual(disapproval('After the discussion, she is still smoking.'), []);
    assert.deepEqual(disapproval('She is still smoking 1 ppd.'), []);
  });
});
