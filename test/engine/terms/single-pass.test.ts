/**
 * The engine runs the enabled term rules together, in one pass over each run's tokens (terms.ts,
 * findTermsMulti). That must find exactly what each rule finds with its own check, in the same order, and a
 * rule that throws during the pass must lose only its own findings.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, RULES, type LintOptions } from '../../../server/src/engine/index.ts';
import type { Rule } from '../../../server/src/engine/rules/define.ts';
import { parseExample } from '../../../server/src/engine/docs/examples.ts';
import { CONDITIONS } from '../../../server/src/engine/terms/conditions.ts';

const root = join(__dirname, '..', '..', '..');

/** Texts to compare on: every rule example, the labelled dev sentences and the sample notes. */
function samples(): Array<{ text: string; options: LintOptions }> {
  const out: Array<{ text: string; options: LintOptions }> = [];
  for (const rule of RULES) for (const e of [...rule.examples.flagged, ...rule.examples.clean]) out.push(parseExample(e));
  for (const line of readFileSync(join(root, 'test', 'corpus', 'dev.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text, mode } = JSON.parse(line) as { text: string; mode?: LintOptions['mode'] };
    out.push({ text, options: mode ? { mode } : {} });
  }
  const notes = join(root, 'test', 'corpus', 'notes');
  for (const f of readdirSync(notes).filter((n) => n.endsWith('.md'))) out.push({ text: readFileSync(join(notes, f), 'utf8'), options: {} });
  // Reflection mode turns on the identifier rules, whose shapes (#num, #word) trigger on most tokens.
  return [...out, ...out.map((s) => ({ text: s.text, options: { ...s.options, mode: 'reflection' as const } }))];
}

describe('term rules in one pass', () => {
  it('find what each rule finds on its own, in the same order', () => {
    const cases = samples();
    const together = new Linter({ cacheEntries: 0 });
    const expected = cases.map(({ text, options }) => together.lint(text, options).findings);
    // A rule whose check is not the one registered with its terms is run alone, by that check.
    const originals = RULES.map((r) => r.check);
    try {
      for (const rule of RULES as Rule[]) {
        const own = rule.check;
        rule.check = (ctx) => own(ctx);
      }
      const alone = new Linter({ cacheEntries: 0 });
      cases.forEach(({ text, options }, i) => assert.deepEqual(alone.lint(text, options).findings, expected[i], text.slice(0, 80)));
    } finally {
      (RULES as Rule[]).forEach((r, i) => (r.check = originals[i]!));
    }
    assert.ok(expected.flat().length > 1000, 'the samples have findings to compare');
  });

  it('a rule that throws in the pass loses only its own findings', () => {
    const conditions = CONDITIONS as Record<string, unknown>;
    const original = conditions.patientDecides;
    conditions.patientDecides = () => {
      throw new RangeError('boom');
    };
    try {
      const { findings } = new Linter({ cacheEntries: 0 }).lint('Pt refused PT today. She claims her pain is 9/10 and is wheelchair-bound.\n');
      const ids = findings.map((f) => f.ruleId);
      assert.ok(ids.includes('cred.judgment-verb') && ids.includes('pfl.wheelchair-bound'), ids.join());
      assert.ok(!ids.includes('adhere.refused'));
      const errors = findings.filter((f) => f.ruleId === 'rapport.rule-error');
      assert.equal(errors.length, 1);
      assert.match(errors[0]!.message, /adhere\.refused failed on this note \(RangeError\)/);
    } finally {
      conditions.patientDecides = original;
    }
  });
});
