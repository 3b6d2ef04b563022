/** The pieces of `rapport audit`: Wilson intervals, periods, masking, bounded line reading, counts that add up. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ratePer1000, wilson } from '../../server/src/cli/audit/stats.ts';
import { fieldValue, groupValue, periodOf } from '../../server/src/cli/audit/fields.ts';
import { maskedExcerpt } from '../../server/src/cli/audit/excerpt.ts';
import { readLines } from '../../server/src/cli/audit/lines.ts';
import { AuditCounts, type NoteCounts } from '../../server/src/cli/audit/counts.ts';
import { parseShard } from '../../server/src/cli/audit/args.ts';
import { Progress } from '../../server/src/cli/audit/progress.ts';
import { tempDir } from './util.ts';

const close = (a: number, b: number, eps = 1e-4) => assert.ok(Math.abs(a - b) < eps, `${a} ≉ ${b}`);

describe('audit: pieces', () => {
  it('Wilson interval: reference values, never outside [0, 1], wider for rarer counts', () => {
    // 5 of 10: 0.2366–0.7634; 0 of 10: upper z²/(n + z²) = 0.2775 (Newcombe 1998, method 3).
    const [lo, hi] = wilson(5, 10);
    close(lo, 0.2366);
    close(hi, 0.7634);
    assert.deepEqual(wilson(0, 10).map((v) => Math.round(v * 1e4) / 1e4), [0, 0.2775]);
    assert.equal(wilson(10, 10)[1], 1);
    close(wilson(10, 10)[0], 0.7225);
    assert.deepEqual(ratePer1000(3, 10000), { per1000Notes: 0.3, ci95: [0.1, 0.88] });
    assert.deepEqual(ratePer1000(0, 0), { per1000Notes: null, ci95: null });
  });

  it('periods: ISO dates and times, slashes, compact dates; anything ambiguous or invalid is no period', () => {
    assert.equal(periodOf('2024-03-05', 'month'), '2024-03');
    assert.equal(periodOf('2024-03-05T23:10:00Z', 'quarter'), '2024-Q1');
    assert.equal(periodOf('2024-12-31 08:00', 'quarter'), '2024-Q4');
    assert.equal(periodOf('2024/7/4', 'month'), '2024-07');
    assert.equal(periodOf('20240704', 'month'), '2024-07');
    assert.equal(periodOf('2024-06', 'quarter'), '2024-Q2');
    for (const bad of ['05/03/2024', '2024-13-01', '2024-00-10', 'March 2024', '', 20240704, null]) assert.equal(periodOf(bad, 'month'), undefined, String(bad));
  });

  it('fields: exact names first, then dotted paths; empty and structured values are missing', () => {
    const r = { 'meta.unit': 'flat', meta: { unit: 'nested', team: { name: 'A' } }, n: 3, blank: '  ', list: [1] };
    assert.equal(fieldValue(r, 'meta.unit'), 'flat');
    assert.equal(fieldValue(r, 'meta.team.name'), 'A');
    assert.equal(fieldValue(r, 'meta.nothing'), undefined);
    assert.equal(groupValue(fieldValue(r, 'n')), '3');
    assert.equal(groupValue(fieldValue(r, 'blank')), '(missing)');
    assert.equal(groupValue(fieldValue(r, 'list')), '(missing)');
  });

  it('masked excerpts: digits, names, addresses out; sentence starts, titles, abbreviations and the flagged words kept', () => {
    const text = 'HPI: 72 yo seen by Dr. Alvarez at Mercy on 3/4/24. Patient Jane Roe is wheelchair-bound per COPD clinic (jroe@mail.example). Plan follows.';
    const at = text.indexOf('is wheelchair-bound');
    const e = maskedExcerpt(text, at, at + 'is wheelchair-bound'.length);
    assert.equal(e, 'Patient [name] [name] «is wheelchair-bound» per COPD clinic [address]');
    const long = 'word '.repeat(40) + 'Smith is wheelchair-bound ' + 'more '.repeat(40);
    const cut = maskedExcerpt(long, long.indexOf('wheelchair'), long.indexOf('wheelchair') + 16);
    assert.ok(cut.length < 140, cut);
    assert.match(cut, /^…word .*\[name\] is «wheelchair-bound» more .*…$/);
  });

  it('line reading: CRLF, no final newline, and a line above the limit skipped without being kept', async () => {
    const path = join(tempDir(), 'x.jsonl');
    writeFileSync(path, 'a\r\n' + 'x'.repeat(5000) + '\nb\n\nlast');
    const lines: Array<[number, string | undefined]> = [];
    let bytes = 0;
    for await (const l of readLines(path, 1000, (n) => (bytes += n))) lines.push([l.lineNo, l.bytes?.toString()]);
    assert.deepEqual(lines, [[1, 'a'], [2, undefined], [3, 'b'], [4, ''], [5, 'last']]);
    assert.equal(bytes, 5011);
  });

  it('counts: a note counts once per rule and family however many findings; parts add up to the whole', () => {
    const notes: NoteCounts[] = [
      { groups: ['a'], period: '2024-01', rules: [['x.one', 'labels', 3], ['x.two', 'labels', 1]] },
      { groups: ['b'], period: '2024-01', rules: [] },
      { groups: ['a'], period: '2024-02', rules: [['x.two', 'labels', 2], ['y.one', 'power', 1]] },
    ];
    const whole = new AuditCounts(['g'], 0);
    for (const n of notes) whole.addNote(n);
    const json = whole.toJson();
    assert.deepEqual([json.notes, json.notesWithFindings], [3, 2]);
    assert.deepEqual([json.families.labels!.notes, json.families.labels!.findings], [2, 6]);
    assert.deepEqual([json.rules['x.two']!.notes, json.rules['x.two']!.findings], [2, 3]);
    assert.equal(json.groups.g!.a!.notesWithFindings, 2);
    assert.equal(json.periods['2024-01']!.notes, 2);
    const p1 = new AuditCounts(['g'], 0);
    const p2 = new AuditCounts(['g'], 0);
    p1.addNote(notes[0]!);
    p2.addNote(notes[1]!);
    p2.addNote(notes[2]!);
    p1.add(p2);
    assert.deepEqual(p1.toJson(), json);
  });

  it('--shard: k/n with 1 ≤ k ≤ n', () => {
    assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1', '-1/2']) assert.throws(() => parseShard(bad), /--shard expects/);
  });

  it('progress: only when stderr is a terminal that is not also showing the result, never in CI; counts only', () => {
    const written: string[] = [];
    const io = { cwd: '.', stdout: () => undefined, stderr: (x: string) => written.push(x), isTTY: false, stderrIsTTY: true };
    const saved = { ci: process.env.CI, off: process.env.RAPPORT_NO_PROGRESS };
    delete process.env.CI;
    delete process.env.RAPPORT_NO_PROGRESS;
    try {
      assert.equal(Progress.start({ ...io, stderrIsTTY: false }, false, 100), undefined);
      assert.equal(Progress.start(io, true, 100), undefined, 'the result is on this terminal');
      const p = Progress.start(io, false, 50e6)!;
      p.update(1234, 25e6);
      p.stop();
      assert.match(written[0]!, /rapport audit: 1,234 notes · 25 of 50 MB read \(50 %\)/);
      process.env.CI = 'true';
      assert.equal(Progress.start(io, false, 100), undefined);
    } finally {
      if (saved.ci === undefined) delete process.env.CI;
      else process.env.CI = saved.ci;
      if (saved.off !== undefined) process.env.RAPPORT_NO_PROGRESS = saved.off;
    }
  });
});
