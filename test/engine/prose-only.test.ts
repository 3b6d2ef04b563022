/**
 * A finding covers prose only and a fix rewrites prose only: where a flagged phrase runs across
 * markup or a line break, the finding stays, narrowed to its words, and loses its automatic fix.
 */
import assert from 'node:assert/strict';
import { lint, type Finding } from '../../server/src/engine/index.ts';
import { applyEdits, fixEdits, isSafe } from '../../server/src/lsp/fixes.ts';
import { ACROSS_MARKUP, INSIDE_MARKUP } from '../../server/src/engine/prose/prose-only.ts';

const fixAll = (text: string) => applyEdits(text, fixEdits(text, lint(text).findings, isSafe));
const only = (text: string, ruleId: string): Finding => {
  const found = lint(text).findings.filter((f) => f.ruleId === ruleId);
  assert.equal(found.length, 1, `${ruleId} in ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  return found[0]!;
};

describe('engine: findings and fixes cover prose only', () => {
  const across: Array<[string, string, string, string]> = [
    // [note, rule, markup that must survive, the words the finding keeps]
    ['Pt is `BP 120/80` wheelchair-bound today.', 'pfl.wheelchair-bound', '`BP 120/80`', 'wheelchair-bound'],
    ['Pt complains <!-- note --> of pain in the R knee.', 'cred.complains-of', '<!-- note -->', 'complains'],
    ['The patient is **wheelchair-bound** now.', 'pfl.wheelchair-bound', '**wheelchair-bound**', 'wheelchair-bound'],
    ['Pt **suffers** from MS.', 'pfl.suffering-victim', '**suffers**', 'suffers'],
    ['Pt complains\nof pain in the R knee.', 'cred.complains-of', '\n', 'complains'],
    ['Pt suffers ![x-ray](xr.png) from MS.', 'pfl.suffering-victim', '![x-ray](xr.png)', 'suffers'],
    // A lead-in widens a finding after the rule has reported it (terms.ts, leadInReports): confined all the same.
    ['Told pt `x` that if she pulls her NG tube again she will be restrained.', 'power.unilateral', '`x`', 'that if she pulls her NG tube again she will be restrained'],
    ['Told pt that if she pulls her NG tube again <!-- c --> she will be restrained.', 'power.unilateral', '<!-- c -->', 'Told pt that if she pulls her NG tube again'],
  ];
  for (const [text, ruleId, markup, words] of across) {
    it(`${JSON.stringify(text)}: finding kept on "${words}", no fix, markup intact`, () => {
      const f = lint(text, { blockquotesAreQuotes: false }).findings.find((x) => x.ruleId === ruleId);
      assert.ok(f, `${ruleId} still reported`);
      assert.equal(f.text, words);
      assert.equal(f.fix, 'none');
      assert.deepEqual(f.suggestions, []);
      assert.ok(f.message.endsWith(`(${ACROSS_MARKUP})`), f.message);
      assert.ok(!/[\r\n]/.test(f.text));
      assert.ok(fixAll(text).includes(markup), JSON.stringify(fixAll(text)));
    });
  }

  // Rules written as terms match within one line, so a phrase broken by a line break is never one finding.
  it('a term broken by a line break is matched on one line, and the break survives every fix', () => {
    for (const [text, ruleId, markup] of [
      ['Mobility: wheelchair-bound\nPt reports pain 3/10.', 'pfl.wheelchair-bound', '\n'],
      ['Pt suffers  \nfrom MS.', 'pfl.suffering-victim', '  \n'],
      ['Pt suffers\\\nfrom MS.', 'pfl.suffering-victim', '\\\n'],
      ['- Pt is\n  wheelchair-bound since 2019, per chart.', 'pfl.wheelchair-bound', '\n  '],
    ] as const) {
      for (const f of lint(text, { blockquotesAreQuotes: false }).findings.filter((x) => x.ruleId === ruleId)) assert.ok(!/[\r\n]/.test(f.text), JSON.stringify(f));
      assert.ok(fixAll(text).includes(markup), JSON.stringify(fixAll(text)));
    }
    // Found across the soft break, narrowed to one line, and left without an automatic fix.
    const across = only('- Pt is\n  wheelchair-bound since 2019, per chart.', 'pfl.wheelchair-bound');
    assert.deepEqual([across.text, across.suggestions], ['wheelchair-bound', []]);
  });

  it('a phrase of prose next to markup keeps its safe fix, and the markup stays', () => {
    for (const [text, after] of [
      ['The [patient](https://example.org/p) is wheelchair-bound.', 'The [patient](https://example.org/p) uses a wheelchair.'],
      ['Pt c/o **pain** in the R knee.', 'Pt reports **pain** in the R knee.'],
      ['Pt **suffers from** MS.', 'Pt **has** MS.'],
      ['Pt suffers from[^1] MS.\n\n[^1]: Per chart.', 'Pt has[^1] MS.\n\n[^1]: Per chart.'],
      ['| Item | Note |\n| --- | --- |\n| Mobility | Pt is wheelchair-bound |', '| Item | Note |\n| --- | --- |\n| Mobility | Pt uses a wheelchair |'],
    ]) {
      assert.equal(fixAll(text!), after);
    }
  });

  it('an address inside a link target is still reported, on its own line, with no rewrite of the target', () => {
    const f = lint('She shared her blog, [my chair life](https://chairlife.example.net/about), with me.', { mode: 'reflection' }).findings.find((x) => x.ruleId === 'phi.url')!;
    assert.equal(f.text, 'https://chairlife.example.net/about');
    assert.equal(f.fix, 'none');
    assert.ok(f.message.endsWith(`(${INSIDE_MARKUP})`));
  });

  it('no finding of any rule spans a line break in soft-wrapped notes', () => {
    const text = 'Pt is wheelchair-bound\nsince 2019 and complains\nof pain; she suffers\nfrom MS and refused\nPT.\n';
    for (const f of lint(text).findings) assert.ok(!/[\r\n]/.test(f.text), `${f.ruleId}: ${JSON.stringify(f.text)}`);
    assert.equal(only(text, 'pfl.wheelchair-bound').text.includes('wheelchair-bound'), true);
  });
});
