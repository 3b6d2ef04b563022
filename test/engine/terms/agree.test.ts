/** `word/agree` in a suggestion: the verb agrees in number with the noun the pattern matched. */
import assert from 'node:assert/strict';
import { compilePattern, fillTemplate, matchAt } from '../../../server/src/engine/terms/pattern.ts';
import { tokenize } from '../../../server/src/engine/terms/tokens.ts';

function fill(pattern: string, text: string, template: string): string {
  const tokens = tokenize(text);
  const m = matchAt(compilePattern(pattern), tokens, 0);
  assert.ok(m, `${pattern} should match ${text}`);
  return fillTemplate(template, m, tokens, text);
}

describe('terms: verb agreement in suggestions', () => {
  it('uses the -s form after a singular noun', () => {
    assert.equal(fill('junkie/n', 'junkie', 'person/n who use/agree drugs'), 'person who uses drugs');
  });
  it('uses the base form after a plural noun', () => {
    assert.equal(fill('junkie/n', 'junkies', 'person/n who use/agree drugs'), 'people who use drugs');
  });
  it('inflects verbs ending in -s, -x or -y as English does', () => {
    assert.equal(fill('addict/n', 'addict', 'person/n who inject/agree drugs and carry/agree naloxone'), 'person who injects drugs and carries naloxone');
  });
});
