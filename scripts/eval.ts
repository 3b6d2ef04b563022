/**
 * `npm run eval`: precision and recall per rule family on the labelled corpus, and the findings raised on
 * ordinary notes.
 *
 * Tuning sets are test/corpus/dev.jsonl and devN.jsonl (written without looking at the rules; rule authors
 * may read them). Held-out sets are holdout.jsonl and holdoutN.jsonl: frozen, never read while tuning.
 *   --dev-only   score the tuning sets only (what a rule author runs while tuning: held-out figures watched
 *                during tuning become a target and stop measuring anything)
 *   --mistakes   list every false positive and false negative on the tuning sets (never held-out ones)
 *   --set NAME   score one set only (e.g. --set dev5)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, notesFindings, readCorpus, type Evaluation } from './eval/evaluate.ts';

const corpus = join(__dirname, '..', 'test', 'corpus');
const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
const args = process.argv.slice(2);
// --mistakes is a tuning aid: it never prints a held-out set, not even its totals.
const devOnly = args.includes('--dev-only') || args.includes('--mistakes');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;

function table(name: string, e: Evaluation): void {
  console.log(`\n${name}`);
  console.log('family           expected   TP   FP   FN  precision  recall');
  for (const [family, s] of Object.entries(e.families)) {
    console.log(`${family.padEnd(16)} ${String(s.expected).padStart(8)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}     ${pct(s.precision)}  ${pct(s.recall)}`);
  }
  const o = e.overall;
  console.log(`${'ALL'.padEnd(16)} ${String(o.expected).padStart(8)} ${String(o.tp).padStart(4)} ${String(o.fp).padStart(4)} ${String(o.fn).padStart(4)}     ${pct(o.precision)}  ${pct(o.recall)}`);
}

/** dev, dev2, dev3 … then holdout, holdout2 …, in numeric order. */
function sets(prefix: 'dev' | 'holdout'): string[] {
  const pattern = new RegExp(`^${prefix}(\\d*)\\.jsonl$`);
  return readdirSync(corpus)
    .map((f) => pattern.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1] || 1) - Number(b[1] || 1))
    .map((m) => `${prefix}${m[1]}`);
}

const tuning: Array<[string, Evaluation]> = [];
for (const set of sets('dev')) {
  if (only && set !== only) continue;
  const lines = readCorpus(join(corpus, `${set}.jsonl`));
  const e = evaluate(lines);
  tuning.push([set, e]);
  table(`${set} set (${lines.length} sentences)`, e);
}
if (!devOnly) {
  for (const set of sets('holdout')) {
    if (only && set !== only) continue;
    const path = join(corpus, `${set}.jsonl`);
    if (!existsSync(path)) continue;
    const lines = readCorpus(path);
    table(`held-out ${set} (${lines.length} sentences, never used for tuning)`, evaluate(lines));
  }
}

if (!only) {
  const notes = notesFindings(join(corpus, 'notes'));
  const total = notes.reduce((n, f) => n + f.findings.length, 0);
  console.log(`\nordinary notes: ${total} findings in ${notes.length} notes`);
  for (const n of notes) for (const f of n.findings) console.log(`  ${n.file}: ${f.severity} ${f.ruleId} "${f.text}"`);
}

if (args.includes('--mistakes')) {
  for (const [set, e] of tuning) {
    console.log(`\n${set}-set mistakes:`);
    for (const m of e.mistakes) console.log(`  ${m.kind} ${m.family.padEnd(13)} ${m.id}: ${m.detail}\n      ${m.text}`);
  }
}
