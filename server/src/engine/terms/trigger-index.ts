/**
 * One trigger index over all enabled rules: a block is tokenized once, and only
 * the rules whose trigger words occur in it are run. Rules still written as
 * code keep their own `anchor` pre-filter.
 */
import type { Rule } from '../rules/define.ts';
import { WORD_SHAPE_KEYS } from './pattern.ts';
import { scanWords } from './tokens.ts';

export interface Index {
  /** Trigger word → ids of the rules that may start a match with it. */
  byWord: Map<string, string[]>;
  anchored: Rule[];
  /** Ids of the term rules; `anyToken` when one of them triggers on any token at all (`#any`). */
  termRules: Set<string>;
  anyToken: boolean;
}

const MAX_INDEXES = 64;

function build(rules: readonly Rule[]): Index {
  const byWord = new Map<string, string[]>();
  const anchored: Rule[] = [];
  const termRules = new Set<string>();
  let anyToken = false;
  for (const rule of rules) {
    if (!rule.triggers) {
      anchored.push(rule);
      continue;
    }
    termRules.add(rule.id);
    if (rule.triggers.has('#any')) anyToken = true;
    for (const key of rule.triggers) {
      let list = byWord.get(key);
      if (!list) byWord.set(key, (list = []));
      list.push(rule.id);
    }
  }
  return { byWord, anchored, termRules, anyToken };
}

/**
 * The entries whose rule may report in `text`, in their original order. `cache` belongs to one linter and is
 * keyed by its settings id, which names the rule list (and the team vocabulary) exactly.
 */
export function triggeredRules<E extends { rule: Rule }>(entries: readonly E[], text: string, settingsKey: string, cache: Map<string, Index>): E[] {
  const INDEXES = cache;
  let index = INDEXES.get(settingsKey);
  if (!index) {
    index = build(entries.map((e) => e.rule));
    if (INDEXES.size >= MAX_INDEXES) INDEXES.delete(INDEXES.keys().next().value!);
    INDEXES.set(settingsKey, index);
  }
  let hit = new Set<string>();
  if (index.anyToken && /\S/.test(text)) {
    // A rule that triggers on any token (doc.unprofessional-tone's #emoji) has the block parsed whatever it
    // holds, and then sorting out the other term rules here is wasted: a run is the block's text with markup
    // masked by spaces, so its tokens are pieces of the block's and a rule none of whose triggers is in the
    // block finds nothing in its runs either. The engine reads each run's tokens for all rules in one pass
    // (terms.ts, findTermsMulti), so a rule passed on needlessly costs nothing. This scan was 7 % of a batch.
    if (!index.anchored.length) return entries.slice();
    hit = new Set(index.termRules);
  } else if (index.byWord.size) {
    let words = false;
    let numbers = false;
    scanWords(text, (lower, shape) => {
      if (shape === 'word') words = true;
      else if (shape === 'number') numbers = true;
      const list = index.byWord.get(lower);
      if (list) for (const id of list) hit.add(id);
    });
    // A rule filed under a word shape ("#cap", "#elongated") may match where any word is: the shape itself is told apart per token.
    const keys = [...(words ? WORD_SHAPE_KEYS : []), ...(numbers ? ['#num'] : []), ...(text.trim() !== '' ? ['#any'] : [])];
    for (const k of keys) for (const id of index.byWord.get(k) ?? []) hit.add(id);
  }
  for (const rule of index.anchored) if (rule.anchor!.test(text)) hit.add(rule.id);
  return entries.filter((e) => hit.has(e.rule.id));
}
