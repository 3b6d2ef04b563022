/** Pathologically deep containers (1,000 nested lists or quotes) are linted quickly, offsets intact. */
import assert from 'node:assert/strict';
import { Linter } from '../../server/src/engine/index.ts';

describe('engine: deep nesting', function () {
  this.timeout(20_000);

  it('a 1,000-level nested list is linted in seconds, not a minute, and still flagged', () => {
    const text = Array.from({ length: 1000 }, (_, i) => '  '.repeat(i) + '- Pt is wheelchair-bound.\n').join('');
    const started = Date.now();
    const { findings } = new Linter().lint(text);
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 3000, `took ${elapsed} ms (the Markdown parser alone takes close to a minute here)`);
    const flagged = findings.filter((f) => f.ruleId === 'pfl.wheelchair-bound');
    assert.equal(flagged.length, 1000);
    for (const f of flagged) assert.equal(text.slice(f.start, f.end), f.text);
    assert.match(flagged[999]!.text, /wheelchair-bound/);
  });

  it('ordinary nesting still goes through the Markdown parser (quotes stay quotes)', () => {
    const { findings } = new Linter().lint('- a\n  - b\n    > Pt is wheelchair-bound.\n');
    assert.equal(findings.filter((f) => f.ruleId === 'pfl.wheelchair-bound').length, 0);
  });
});
