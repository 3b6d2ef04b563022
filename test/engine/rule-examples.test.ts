/**
 * Every rule's documented examples are tests. A flagged example must produce a
 * finding of that rule at exactly each marked span, whose message names the
 * flagged words; an example that states its fixed text (` => …`) must read so
 * once the first suggestion of each finding is applied. A clean example must
 * produce no finding of that rule.
 */
import assert from 'node:assert/strict';
import { Linter, RULES, type Finding } from '../../server/src/engine/index.ts';
import { parseExample } from '../../server/src/engine/docs/examples.ts';

const linter = new Linter();

/** The text with each finding's first suggestion applied, last first so offsets stay valid. */
function applyFirst(text: string, findings: readonly Finding[]): string {
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) if (f.suggestions[0] !== undefined) out = out.slice(0, f.start) + f.suggestions[0] + out.slice(f.end);
  return out;
}

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
          const got = JSON.stringify(found.map((f) => f.text));
          const matched: Finding[] = [];
          for (const span of parsed.spans) {
            const words = parsed.text.slice(span.start, span.end);
            // A suggestion may take in the article before the span ("a" → "an"), so the finding may start there.
            const f = found.find((x) => x.end === span.end && (x.start === span.start || /^(?:an?|An?)\s+$/.test(parsed.text.slice(x.start, span.start))));
            assert.ok(f, `expected ${rule.id} at exactly "${words}"; got ${got}`);
            matched.push(f);
            // A privacy rule does not repeat the identifier it found: that would copy it into every report.
            if (rule.terms && rule.family !== 'identifiers') assert.ok(f.message.toLowerCase().includes(words.replace(/\s+/g, ' ').toLowerCase()), `the message should name "${words}": ${f.message}`);
          }
          if (parsed.fixed !== undefined) assert.equal(applyFirst(parsed.text, matched), parsed.fixed);
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
