/**
 * Accuracy must not regress: precision and recall per family on every tuning set (dev, devN) and every
 * held-out set (holdout, holdoutN) stay at or above the figures recorded in thresholds.json
 * (which the closing notes report), and ordinary notes stay silent. The thresholds are
 * the measured figures: raise them when accuracy improves, never lower them to make a change pass.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, notesFindings, readCorpus } from '../../scripts/eval/evaluate.ts';

interface Thresholds {
  sets: Record<string, Record<string, { precision: number; recall: number }>>;
  notes: { maxFindingsTotal: number; maxFindingsPerNote: number };
}

const dir = __dirname;
const thresholds = JSON.parse(readFileSync(join(dir, 'thresholds.json'), 'utf8')) as Thresholds;

describe('accuracy on the labelled corpus', function () {
  this.timeout(60_000);
  const files = readdirSync(dir).filter((f) => /^(dev|holdout)\d*\.jsonl$/.test(f)).map((f) => f.replace(/\.jsonl$/, ''));
  it('every labelled set has thresholds, so a new set cannot be left unmeasured', () => {
    assert.deepEqual(files.filter((set) => !thresholds.sets[set]), []);
  });
  for (const set of Object.keys(thresholds.sets)) {
    describe(`${set} set`, () => {
      const result = evaluate(readCorpus(join(dir, `${set}.jsonl`)));
      for (const [family, min] of Object.entries(thresholds.sets[set]!)) {
        it(`${family}: precision ≥ ${min.precision}, recall ≥ ${min.recall}`, () => {
          const s = family === 'ALL' ? result.overall : result.families[family];
          assert.ok(s, `unknown family ${family}`);
          assert.ok(s.precision >= min.precision, `precision ${s.precision.toFixed(3)} < ${min.precision} (TP ${s.tp}, FP ${s.fp})`);
          assert.ok(s.recall >= min.recall, `recall ${s.recall.toFixed(3)} < ${min.recall} (FN ${s.fn} of ${s.expected})`);
        });
      }
    });
  }
  it(`ordinary notes raise at most ${thresholds.notes.maxFindingsTotal} findings in total`, () => {
    const notes = notesFindings(join(dir, 'notes'));
    const total = notes.reduce((n, f) => n + f.findings.length, 0);
    assert.ok(total <= thresholds.notes.maxFindingsTotal, JSON.stringify(notes.filter((n) => n.findings.length)));
    for (const n of notes) assert.ok(n.findings.length <= thresholds.notes.maxFindingsPerNote, `${n.file}: ${JSON.stringify(n.findings)}`);
  });
});
