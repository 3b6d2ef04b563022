/**
 * Hostile notes: input that made the Markdown parser quadratic or the prose view overflow its stack,
 * and input that produced unbounded numbers of findings. Each must finish (mocha's timeout is the only
 * clock here; speed itself is measured in `npm run bench`), keep its findings, and say what happened.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, type Finding } from '../../server/src/engine/index.ts';
import { parseUnits, UNIT_LINES } from '../../server/src/engine/prose/units.ts';
import { proseRuns, runsOf } from '../../server/src/engine/prose/parse.ts';
import type { Root } from 'mdast';

const byRule = (findings: Finding[], id: string) => findings.filter((f) => f.ruleId === id);

describe('engine: hostile notes', function () {
  this.timeout(60_000);

  it('emphasis nested 5,000 and 20,000 deep: findings kept, reported as too complex, no fix offered', () => {
    for (const depth of [5_000, 20_000]) {
      const text = `Intro line.\n\n${'*a '.repeat(depth)}Pt is wheelchair-bound.${' a*'.repeat(depth)}\n\nPt refused PT.\n`;
      const { findings } = new Linter().lint(text);
      const flagged = byRule(findings, 'pfl.wheelchair-bound');
      assert.equal(flagged.length, 1, `depth ${depth}`);
      assert.equal(flagged[0]!.fix, 'none');
      assert.equal(text.slice(flagged[0]!.start, flagged[0]!.end), flagged[0]!.text);
      assert.equal(byRule(findings, 'rapport.too-complex').length, 1);
      assert.equal(byRule(findings, 'adhere.refused').length, 1, 'the parsed block after it is linted normally');
    }
  });

  it('the prose view walks deep trees without recursion (emphasis nested 100,000 deep)', () => {
    // Built directly: the parser itself would take minutes on this input, which units.ts keeps from it.
    const depth = 100_000;
    const word = 'wheelchair-bound';
    const source = '*'.repeat(depth) + word + '*'.repeat(depth);
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    let node: any = { type: 'text', value: word, position: { start: at(depth), end: at(depth + word.length) } };
    for (let i = depth - 1; i >= 0; i--) node = { type: 'emphasis', children: [node], position: { start: at(i), end: at(source.length - i) } };
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [node], position: { start: at(0), end: at(source.length) } }] } as Root;
    const runs = runsOf(tree, source, 0);
    assert.equal(runs.length, 1);
    assert.equal(runs[0]!.text.trim(), word);
    assert.equal(runs[0]!.text.indexOf(word), depth);
  });

  it('1,000 lines of unclosed links: linted line by line in cached units, every line still flagged', () => {
    const text = Array.from({ length: 1000 }, () => `${'[patient '.repeat(20)}is wheelchair-bound`).join('\n') + '\n';
    const units = parseUnits(text);
    assert.ok(units.length > 1 && units.every((u) => u.plain && u.text.split('\n').length <= UNIT_LINES + 1));
    const { findings } = new Linter().lint(text);
    assert.equal(byRule(findings, 'pfl.wheelchair-bound').length, 1000);
    assert.ok(findings.every((f) => f.fix === 'none'));
  });

  it('a 200-row table is cut into units of rows that read every cell as the whole table does', () => {
    const text = '| Item | Note |\n| --- | --- |\n' + Array.from({ length: 200 }, (_, i) => `| ${i} | Pt is *wheelchair-bound* \\| [see](x) ${i} |`).join('\n') + '\n';
    const units = parseUnits(text);
    assert.ok(units.length >= 200 / UNIT_LINES && units.every((u) => !u.plain));
    assert.equal(units.map((u) => u.text).join(''), text);
    const chunked = units.flatMap((u) => (u.prefix ? proseRuns(u.prefix + u.text, u.start - u.prefix.length).filter((r) => r.start >= u.start) : proseRuns(u.text, u.start)));
    assert.deepEqual(chunked, proseRuns(text));
    assert.equal(byRule(new Linter().lint(text).findings, 'pfl.wheelchair-bound').length, 200);
  });

  it('a long list is cut before top-level items only, and reads the same', () => {
    const text = Array.from({ length: 100 }, (_, i) => `- Item ${i} with [a link](u) and *stress*\n  continued ${i}\n  - nested ${i}`).join('\n') + '\n';
    const units = parseUnits(text);
    assert.ok(units.length > 1);
    for (const u of units) assert.match(u.text, /^- Item/);
    const chunked = units.flatMap((u) => proseRuns(u.text, u.start));
    assert.deepEqual(chunked, proseRuns(text));
  });

  it('a note written without blank lines is cut before headings and list items, and reads the same', () => {
    const dir = join(__dirname, '..', '..', 'examples');
    const notes = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
    const text = Array.from({ length: 4 }, () => notes.join('\n')).join('\n').replace(/\n{2,}/g, '\n');
    const units = parseUnits(text);
    assert.ok(units.length > 2, `${units.length} units`);
    for (const u of units.slice(1)) assert.match(u.text, /^(?:#|[-*+] |\d+[.)] )/);
    assert.deepEqual(units.flatMap((u) => proseRuns(u.text, u.start)), proseRuns(text));
  });

  it('the finding cap holds for one huge line (1.1 MB)', () => {
    const text = 'Pt is wheelchair-bound. '.repeat(46_000);
    const { findings } = new Linter().lint(text);
    assert.equal(findings.length, 2_001);
    assert.equal(byRule(findings, 'rapport.too-many-findings').length, 1);
  });

  it('a paragraph past the cap is checked only until the cap is full, and keeps real findings', () => {
    const text = 'Pt is wheelchair-bound. Pt refused PT. '.repeat(3_000);
    const capped = new Linter({ cacheEntries: 0 }).lint(text, { maxFindings: 50 }).findings;
    const all = new Linter({ cacheEntries: 0 }).lint(text, { maxFindings: 100_000 }).findings;
    assert.equal(all.length, 6_000);
    assert.equal(byRule(capped, 'rapport.too-many-findings').length, 1);
    const kept = capped.filter((f) => f.ruleId !== 'rapport.too-many-findings');
    assert.equal(kept.length, 50);
    const real = new Set(all.map((f) => `${f.ruleId}@${f.start}`));
    assert.ok(kept.every((f) => real.has(`${f.ruleId}@${f.start}`)));
  });

  it('a paragraph cut short at the cap is checked in full when suppressed findings leave the cap unreached', () => {
    // Every wheelchair-bound finding is disabled, so the cap of 50 is never reached and the late "refused" must be found.
    const text = '<!-- rapport-disable pfl.wheelchair-bound -->\n' + 'Pt is wheelchair-bound. '.repeat(3_000) + 'Pt refused PT.\n';
    const { findings } = new Linter().lint(text, { maxFindings: 50 });
    assert.deepEqual(findings.map((f) => f.ruleId), ['adhere.refused']);
    // And the cached result of that paragraph is the full one: a second lint gives the same.
    const linter = new Linter();
    linter.lint(text, { maxFindings: 50 });
    assert.deepEqual(linter.lint(text, { maxFindings: 50 }).findings.map((f) => f.ruleId), ['adhere.refused']);
  });

  it('the finding cap holds for engine messages: disable comments naming unknown rule ids', () => {
    const text = ('<!-- rapport-disable ' + Array.from({ length: 5_000 }, (_, i) => `nope${i}`).join(' ') + ' -->\n').repeat(20) + 'Pt is wheelchair-bound.\n';
    const { findings } = new Linter().lint(text, { maxFindings: 500 });
    assert.equal(findings.length, 501);
    assert.equal(byRule(findings, 'rapport.too-many-findings').length, 1);
  });
});
