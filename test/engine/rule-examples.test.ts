/**
 * Every rule's documented examples are tests: a flagged example must produce a
 * finding of that rule overlapping each marked span, and a clean example must
 * produce none of that rule.
 */
import assert from 'node:assert/strict';
import { Linter, RULES } from '../../server/src/engine/index.ts';
import { parseExample } from '../../server/src/engine/docs/examples.ts';

const linter = new Linter();

describe('rule examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has at least two flagged and two clean examples', () => {
        assert.ok(rule.examples.flagged.length >= 2, 'flagged examples');
        assert.ok(rule.examples.clean.length >= 2, 'clean examples');
      });
      for (const example of rule.examples.flagged) {
        const parsed = parseExample(example);
        it(`flags: ${parsed.text}`, () => {
          assert.ok(parsed.spans.length > 0, 'a flagged example marks its span with {{…}}');
          const found = linter.lint(parsed.text, { ...parsed.options, rules: { [rule.id]: 'warning' } }).findings.filter((f) => f.ruleId === rule.id);
          for (const span of parsed.spans) {
            assert.ok(
              found.some((f) => f.start < span.end && f.end > span.start),
              `expected ${rule.id} at "${parsed.text.slice(span.start, span.end)}"; got ${JSON.stringify(found.map((f) => f.text))}`,
            );
          }
        });
      }
      for (const example of rule.examples.clean) {
        const parsed = parseExample(example);
        it(`passes: ${parsed.text}`, () => {
          const found = linter.lint(parsed.text, { ...parsed.options, rules: { [rule.id]: 'warning' } }).findings.filter((f) => f.ruleId === rule.id);
          assert.deepEqual(found.map((f) => f.text), []);
        });
      }
    });
  }
});
