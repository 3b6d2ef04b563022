/**
 * A term's message may quote an item of the match as `$N`, as suggestions do, so a message can name the
 * rewritten form ("write \"autistic student\"") as well as the flagged words.
 */
import assert from 'node:assert/strict';
import { Linter } from '../../../server/src/engine/index.ts';

const linter = new Linter();

describe('term messages with $N', () => {
  it('fills $N with the text of that item of the match', () => {
    const { findings } = linter.lint('Referred as a student with autism for motor planning.', {
      languagePreference: 'identity-first',
      rules: { 'pfl.language-preference': 'warning' },
    });
    const f = findings.find((x) => x.ruleId === 'pfl.language-preference');
    assert.ok(f, 'a finding');
    assert.match(f.message, /write "autistic student" instead of "student with autism"/);
    assert.doesNotMatch(f.message, /\$\d/);
  });

  it('keeps the noun as written, in the other direction too', () => {
    const { findings } = linter.lint('An autistic Man referred.', { languagePreference: 'ask', rules: { 'pfl.language-preference': 'warning' } });
    const f = findings.find((x) => x.ruleId === 'pfl.language-preference');
    assert.ok(f, 'a finding');
    assert.match(f.message, /person-first \("Man with autism"\)/);
  });
});
