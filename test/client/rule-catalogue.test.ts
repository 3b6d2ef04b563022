/** The documentation picker's rule list: docs/rules/index.json read defensively and grouped by family. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupByFamily, parseCatalogue } from '../../client/src/rule-catalogue.ts';
import { RULES } from '../../server/src/engine/index.ts';

const shipped = () => parseCatalogue(readFileSync(join(__dirname, '../../docs/rules/index.json'), 'utf8'));

describe('rule catalogue (Show Rule Documentation)', () => {
  it('lists every rule of the shipped catalogue with its one-line summary', () => {
    const entries = shipped();
    for (const rule of RULES) {
      const entry = entries.find((e) => e.id === rule.id);
      assert.ok(entry, `${rule.id} is missing from docs/rules/index.json`);
      assert.equal(entry.summary, rule.docs.summary);
    }
  });

  it('groups by family in documentation order, each family once, with its title', () => {
    const groups = groupByFamily(shipped());
    const families = RULES.map((r) => r.family).filter((f, i, all) => all.indexOf(f) === i);
    assert.deepEqual(groups.slice(0, families.length).map((g) => g.entries[0]!.family), families);
    assert.equal(groups[0]!.title, 'Credibility and doubt');
    for (const g of groups) assert.ok(g.entries.every((e) => e.familyTitle === g.title), g.title);
  });

  it('keeps the order of rules within a family and never merges interleaved families', () => {
    const e = (id: string, family: string) => ({ id, family, familyTitle: family.toUpperCase(), summary: `${id} summary` });
    const groups = groupByFamily([e('a.1', 'a'), e('b.1', 'b'), e('a.2', 'a')]);
    assert.deepEqual(groups.map((g) => [g.title, g.entries.map((x) => x.id)]), [['A', ['a.1', 'a.2']], ['B', ['b.1']]]);
  });

  it('yields nothing, without throwing, for a broken or foreign file', () => {
    assert.deepEqual(parseCatalogue('{not json'), []);
    assert.deepEqual(parseCatalogue('{"id": "x"}'), []);
    assert.deepEqual(parseCatalogue('[{"id": "x", "family": "f"}, 3, null]'), []);
  });
});
