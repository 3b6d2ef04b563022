/** A rule that throws loses only its own findings: the note keeps every other rule's, plus one rule-error. */
import assert from 'node:assert/strict';
import { Linter, RULES_BY_ID } from '../../server/src/engine/index.ts';
import type { Rule } from '../../server/src/engine/rules/define.ts';

describe('engine: rule isolation', () => {
  const rule = RULES_BY_ID.get('pfl.wheelchair-bound') as Rule;
  const check = rule.check;
  afterEach(() => {
    rule.check = check;
  });

  it('reports one rapport.rule-error naming the rule, and keeps the others', () => {
    rule.check = (ctx) => {
      ctx.report({ start: 0, end: 2, message: 'partial' });
      throw new TypeError('boom: Pt is wheelchair-bound');
    };
    const text = 'Pt is wheelchair-bound and refused PT.\n\nShe is wheelchair-bound too; he claims pain 9/10.\n';
    const { findings } = new Linter().lint(text);
    const ids = findings.map((f) => f.ruleId);
    assert.ok(ids.includes('adhere.refused'));
    assert.ok(ids.includes('cred.judgment-verb'));
    assert.ok(!ids.includes('pfl.wheelchair-bound'), 'what the rule reported before failing is dropped');
    const errors = findings.filter((f) => f.ruleId === 'rapport.rule-error');
    assert.equal(errors.length, 1, 'once per note, not once per block');
    assert.match(errors[0]!.message, /pfl\.wheelchair-bound/);
    assert.match(errors[0]!.message, /TypeError/);
    assert.ok(!errors[0]!.message.includes('boom'), 'the error text (which may quote the note) is not repeated');
    assert.equal(errors[0]!.family, 'engine');
    assert.match(errors[0]!.docsUrl, /rapport\.rule-error\.md$/);
  });

  it('the rule works again once fixed (results are cached per settings, not forever wrong)', () => {
    const linter = new Linter({ cacheEntries: 0 });
    rule.check = () => {
      throw new Error('x');
    };
    assert.equal(linter.lint('Pt is wheelchair-bound.').findings[0]!.ruleId, 'rapport.rule-error');
    rule.check = check;
    assert.equal(linter.lint('Pt is wheelchair-bound.').findings[0]!.ruleId, 'pfl.wheelchair-bound');
  });
});
