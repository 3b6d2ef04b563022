/**
 * `npm run eval`: precision and recall per rule family on the labelled corpus
 * (dev and held-out sets), and the findings raised on ordinary notes.
 * When test/corpus/dev2.jsonl exists it is scored too (a second tuning set,
 * written without looking at the rules). test/corpus/dev3.jsonl (a third set, written before
 * reading the rules to probe generalisation) is scored the same way when it exists.
 * `--mistakes` lists every false positive and false negative on the dev sets
 * (dev, dev2 and dev3 only: the held-out set is for measuring, not for tuning).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, notesFindings, readCorpus, type Evaluation } from './eval/evaluate.ts';

const corpus = join(__dirname, '..', 'test', 'corpus');
const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';

function table(name: string, e: Evaluation): void {
  console.log(`\n${name}`);
  console.log('family           expected   TP   FP   FN  precision  recall');
  for (const [family, s] of Object.entries(e.families)) {
    console.log(`${family.padEnd(16)} ${String(s.expected).padStart(8)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}     ${pct(s.precision)}  ${pct(s.recall)}`);
  }
  const o = e.overall;
  console.log(`${'ALL'.padEnd(16)} ${String(o.expected).padStart(8)} ${String(o.tp).padStart(4)} ${String(o.fp).padStart(4)} ${String(o.fn).padStart(4)}     ${pct(o.precision)}  ${pct(o.recall)}`);
}

const dev = evaluate(readCorpus(join(corpus, 'dev.jsonl')));
table(`dev set (${readCorpus(join(corpus, 'dev.jsonl')).length} sentences)`, dev);
const dev2Path = join(corpus, 'dev2.jsonl');
const dev2 = existsSync(dev2Path) ? evaluate(readCorpus(dev2Path)) : undefined;
if (dev2) table(`dev2 set (${readCorpus(dev2Path).length} sentences)`, dev2);
const dev3Path = join(corpus, 'dev3.jsonl');
const dev3 = existsSync(dev3Path) ? evaluate(readCorpus(dev3Path)) : undefined;
if (dev3) table(`dev3 set (${readCorpus(dev3Path).length} sentences)`, dev3);
const dev4Path = join(corpus, 'dev4.jsonl');
const dev4 = existsSync(dev4Path) ? evaluate(readCorpus(dev4Path)) : undefined;
if (dev4) table(`dev4 set (${readCorpus(dev4Path).length} sentences)`, dev4);
const holdout = evaluate(readCorpus(join(corpus, 'holdout.jsonl')));
table(`held-out set (${readCorpus(join(corpus, 'holdout.jsonl')).length} sentences, never used for tuning)`, holdout);
// holdout2: written before the rule code was read, in the style of transcribed reports; frozen, never tuned on.
const holdout2Path = join(corpus, 'holdout2.jsonl');
if (existsSync(holdout2Path)) table(`held-out set 2 (${readCorpus(holdout2Path).length} sentences, never used for tuning)`, evaluate(readCorpus(holdout2Path)));
// holdout3: written by someone who read neither the rules nor their examples and never ran the linter on it.
const holdout3Path = join(corpus, 'holdout3.jsonl');
if (existsSync(holdout3Path)) table(`held-out set 3 (${readCorpus(holdout3Path).length} sentences, never used for tuning)`, evaluate(readCorpus(holdout3Path)));

const notes = notesFindings(join(corpus, 'notes'));
const total = notes.reduce((n, f) => n + f.findings.length, 0);
console.log(`\nordinary notes: ${total} findings in ${notes.length} notes`);
for (const n of notes) for (const f of n.findings) console.log(`  ${n.file}: ${f.severity} ${f.ruleId} "${f.text}"`);

if (process.argv.includes('--mistakes')) {
  console.log('\ndev-set mistakes:');
  for (const m of dev.mistakes) console.log(`  ${m.kind} ${m.family.padEnd(13)} ${m.id}: ${m.detail}\n      ${m.text}`);
  if (dev2) {
    console.log('\ndev2-set mistakes:');
    for (const m of dev2.mistakes) console.log(`  ${m.kind} ${m.family.padEnd(13)} ${m.id}: ${m.detail}\n      ${m.text}`);
  }
  if (dev3) {
    console.log('\ndev3-set mistakes:');
    for (const m of dev3.mistakes) console.log(`  ${m.kind} ${m.family.padEnd(13)} ${m.id}: ${m.detail}\n      ${m.text}`);
  }
  if (dev4) {
    console.log('\ndev4-set mistakes:');
    for (const m of dev4.mistakes) console.log(`  ${m.kind} ${m.family.padEnd(13)} ${m.id}: ${m.detail}\n      ${m.text}`);
  }
}
