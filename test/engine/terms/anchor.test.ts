/**
 * The trigger index files each pattern under the rarest required word of its most selective item, which may sit
 * inside a phrase ("the_rules_are_the_rules" under "rules"). The index must still reach every match: for each
 * match of each rule's patterns in the rule examples and the dev sentences, some token of the anchor item must be
 * filed under an entry of that pattern whose reach leads back to the match's first token.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../server/src/engine/index.ts';
import { parseExample } from '../../../server/src/engine/docs/examples.ts';
import { anchorOf, compilePattern, hasWordShape, matchEnd, nextInReach, nextTokenKeys, partFrom, partTo, WORD_SHAPE_KEYS } from '../../../server/src/engine/terms/pattern.ts';
import { indexTerms, compileTerms, termRuleOf, type IndexEntry } from '../../../server/src/engine/terms/terms.ts';
import { tokenize, type Token } from '../../../server/src/engine/terms/tokens.ts';

const root = join(__dirname, '..', '..', '..');

/** The index keys a token is looked up under (terms.ts, findTermsMulti). */
function keysOf(token: Token): string[] {
  const keys = [token.lower, '#any'];
  if (token.shape === 'word') keys.push(...WORD_SHAPE_KEYS.filter((k) => hasWordShape(k, token)));
  if (token.shape === 'number') keys.push('#num');
  if (token.shape === 'punct' && token.text.charCodeAt(0) > 0x7f) keys.push('#emoji');
  return keys;
}

/** Whether the index would try `entry`'s pattern from token `from` when it meets token `i`, and find it there. */
function reaches(entry: IndexEntry, tokens: readonly Token[], from: number, i: number): boolean {
  const d = i - from;
  if (d < entry.before[0] || d > entry.before[1]) return false;
  // The pre-filter on the words after the anchor (nextTokenKeys) must never turn away a token the match goes through.
  if (entry.next !== undefined && !nextInReach(entry.next, tokens, i)) return false;
  if (matchEnd(entry.pattern, tokens, from) < 0) return false;
  return !(entry.anchor > 0 || d > 0) || (partFrom(entry.anchor) <= i && i < partTo(entry.anchor));
}

describe('terms: the words after the anchor', () => {
  it('knows which words the item after the anchor starts with, and how far ahead it may start', () => {
    const p = compilePattern('the new|old? hip|knee|hip_fracture in|at room|bed #num');
    const anchor = anchorOf(p).index;
    const next = nextTokenKeys(p, anchor)!;
    assert.deepEqual([...next.keys].sort(), ['at', 'in']);
    assert.equal(next.reach, 2);
    const tokens = tokenize('the hip fracture in bed 4');
    assert.ok(nextInReach(next, tokens, 1));
    assert.ok(!nextInReach(next, tokenize('the hip was sore'), 1));
  });

  it('has no pre-filter when the next item is open or optional', () => {
    for (const source of ['the hip #num', 'the hip in? #num', 'the hip{1,2} in']) {
      const p = compilePattern(source);
      assert.equal(nextTokenKeys(p, anchorOf(p).index), undefined, source);
    }
  });
});

describe('terms: anchors inside phrases', () => {
  it('files a phrase under its rarest required word, with the reach back to its start', () => {
    const p = compilePattern('[ not_going_to_happen|the_rules_are_the_rules|deal_with_it ]');
    const anchor = anchorOf(p);
    assert.ok(!anchor.keys.includes('the') && !anchor.keys.includes('not'), anchor.keys.join());
    assert.ok(anchor.keys.includes('rules') && anchor.keys.includes('happen') && anchor.keys.includes('deal'), anchor.keys.join());
    const rules = anchor.groups.find((g) => g.keys.includes('rules'))!;
    assert.deepEqual(rules.offset, [1, 1]);
    assert.deepEqual(anchor.groups.find((g) => g.keys.includes('deal'))!.offset, [0, 0]);
  });

  it('counts an optional hyphen before the anchored word in its reach', () => {
    // "a_well-groomed_man": "a", "well" and "man" are common in reports, "groomed" is not; "well-groomed" may be
    // written with or without the hyphen.
    const anchor = anchorOf(compilePattern('a_well-groomed_man'));
    const group = anchor.groups.find((g) => g.keys.includes('groomed'));
    assert.ok(group, anchor.keys.join());
    assert.deepEqual(group.offset, [2, 3]);
    const [entry] = indexTerms(compileTerms([{ match: 'a_well-groomed_man' }])).get('groomed')!;
    for (const text of ['He is a well-groomed man.', 'He is a well groomed man.']) {
      const tokens = tokenize(text);
      const from = tokens.findIndex((t) => t.lower === 'a');
      const at = tokens.findIndex((t) => t.lower === 'groomed');
      assert.ok(reaches(entry!, tokens, from, at), text);
    }
  });

  it("reaches every match of every rule's patterns in the examples and the dev sentences", function () {
    // Every pattern is tried at every token of every example and dev sentence (about 18 s on 2 cores, and growing
    // with the examples): more than the suite's default allows, and a slow machine must not turn it red.
    this.timeout(180_000);
    const texts: string[] = [];
    for (const rule of RULES) for (const e of [...rule.examples.flagged, ...rule.examples.clean]) texts.push(parseExample(e).text);
    for (const line of readFileSync(join(root, 'test', 'corpus', 'dev.jsonl'), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    let matches = 0;
    let inside = 0;
    for (const rule of RULES) {
      const termRule = termRuleOf(rule.check);
      if (!termRule) continue;
      const entries = new Set([...termRule.index.values()].flat());
      const byPattern = new Map<IndexEntry['pattern'], IndexEntry[]>();
      for (const e of entries) byPattern.set(e.pattern, [...(byPattern.get(e.pattern) ?? []), e]);
      for (const text of texts) {
        const tokens = tokenize(text);
        const filed = tokens.map((t) => new Set(keysOf(t).flatMap((k) => termRule.index.get(k) ?? [])));
        for (const own of byPattern.values()) {
          for (let from = 0; from < tokens.length; from++) {
            const to = matchEnd(own[0]!.pattern, tokens, from);
            if (to < 0) continue;
            matches++;
            let found = false;
            for (let i = from; i < to && !found; i++) for (const e of own) if (filed[i]!.has(e) && reaches(e, tokens, from, i)) (found = true), (inside += i > from ? 1 : 0);
            assert.ok(found, `${rule.id}: "${own[0]!.pattern.source}" matches at "${text.slice(tokens[from]!.start, tokens[to - 1]!.end)}" in "${text}" but no index entry reaches it`);
          }
        }
      }
    }
    assert.ok(matches > 1000, `only ${matches} matches were checked`);
    assert.ok(inside > 0, 'no match was reached from a word after its first');
  });
});
