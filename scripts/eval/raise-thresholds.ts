/**
 * Raises test/corpus/thresholds.json to today's figures for the named sets (floored to three decimals), and never
 * lowers a figure: a threshold records what was measured, so a change that falls below it must fail.
 *
 *   npx tsx scripts/eval/raise-thresholds.ts dev dev2 … [--add]   (--add: a set not yet listed gets today's figures)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, readCorpus } from './evaluate.ts';

const corpus = join(import.meta.dirname, '..', '..', 'test', 'corpus');
const path = join(corpus, 'thresholds.json');
const thresholds = JSON.parse(readFileSync(path, 'utf8')) as { sets: Record<string, Record<string, { precision: number; recall: number }>> };
const args = process.argv.slice(2);
const add = args.includes('--add');
const floor3 = (x: number): number => Math.floor(x * 1000 + 1e-9) / 1000;

for (const set of args.filter((a) => !a.startsWith('--'))) {
  const old = thresholds.sets[set];
  if (!old && !add) throw new Error(`${set} has no thresholds yet; pass --add to record its figures`);
  const result = evaluate(readCorpus(join(corpus, `${set}.jsonl`)));
  const next: Record<string, { precision: number; recall: number }> = {};
  for (const [family, s] of [...Object.entries(result.families), ['ALL', result.overall] as const]) {
    const before = old?.[family];
    next[family] = {
      precision: Math.max(before?.precision ?? 0, floor3(s.precision)),
      recall: Math.max(before?.recall ?? 0, floor3(s.recall)),
    };
    if (before && (s.precision < before.precision || s.recall < before.recall)) {
      console.log(`${set} ${family}: below its threshold (${s.precision.toFixed(3)}/${s.recall.toFixed(3)} < ${before.precision}/${before.recall}); kept`);
    }
  }
  thresholds.sets[set] = next;
}
writeFileSync(path, `${JSON.stringify(thresholds, null, 2)}\n`);
