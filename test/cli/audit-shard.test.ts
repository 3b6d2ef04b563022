/** `rapport audit --shard K/N` and `rapport audit merge`: parts add up to exactly one run; threads change nothing. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './util.ts';
import { audit, corpusRecords, FIELDS, writeJsonl, type AuditResult } from './audit-fixtures.ts';

const OPTIONS = [...FIELDS, '--group-by', 'department', '--group-by', 'note_type', '--date-field', 'written', '--examples', '3'];

describe('cli: rapport audit --shard and merge', function () {
  this.timeout(180_000);
  let dir: string;
  let single: string;

  before(() => {
    dir = tempDir('rapport-audit-shard-');
    writeJsonl(join(dir, 'export.jsonl'), corpusRecords(500));
    const r = audit(['export.jsonl', ...OPTIONS, '-o', 'single.json'], { cwd: dir, env: { RAPPORT_WORKERS: '0' } });
    assert.equal(r.status, 0, r.stderr);
    single = readFileSync(join(dir, 'single.json'), 'utf8');
  });

  it('worker threads give byte-identical results to one thread', () => {
    const r = audit(['export.jsonl', ...OPTIONS], { cwd: dir, env: { RAPPORT_WORKERS: '3' } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, single);
  });

  it('three shards split the records between them and merge into exactly the single run, in any order', () => {
    const parts: AuditResult[] = [];
    for (const k of [1, 2, 3]) {
      const r = audit(['export.jsonl', ...OPTIONS, '--shard', `${k}/3`, '-o', `part-${k}.json`], { cwd: dir, env: { RAPPORT_WORKERS: k === 2 ? '2' : '0' } });
      assert.equal(r.status, 0, r.stderr);
      parts.push(JSON.parse(readFileSync(join(dir, `part-${k}.json`), 'utf8')) as AuditResult);
    }
    // Record i goes to shard (i mod 3) + 1: 167, 167 and 166 of 500.
    assert.deepEqual(parts.map((p) => p.notes), [167, 167, 166]);
    assert.deepEqual(parts.map((p) => p.shard!.index), [1, 2, 3]);
    const merged = audit(['merge', 'part-3.json', 'part-1.json', 'part-2.json'], { cwd: dir });
    assert.equal(merged.status, 0, merged.stderr);
    assert.equal(merged.stdout, single);
    const whole = JSON.parse(single) as AuditResult;
    assert.ok(Object.values(whole.rules).some((r) => (r.examples?.length ?? 0) === 3), 'examples are merged too');
    // Merging to CSV gives the single run's CSV.
    const csv = audit(['merge', 'part-1.json', 'part-2.json', 'part-3.json', '-f', 'csv'], { cwd: dir });
    assert.equal(csv.stdout, audit(['export.jsonl', ...OPTIONS, '-f', 'csv'], { cwd: dir }).stdout);
  });

  it('refuses a missing part, a part given twice, parts of another audit, and finished results', () => {
    for (const k of [1, 2]) audit(['export.jsonl', ...OPTIONS, '--shard', `${k}/2`, '-o', `two-${k}.json`], { cwd: dir });
    audit(['export.jsonl', ...FIELDS, '--shard', '2/2', '-o', 'other-2.json'], { cwd: dir });
    const cases: Array<[string[], RegExp]> = [
      [['two-1.json'], /shard 2 of 2 is missing; nothing was written/],
      [['two-1.json', 'two-1.json'], /two-1\.json and two-1\.json are both shard 1\/2/],
      [['two-1.json', 'other-2.json'], /parts of different audits/],
      [['two-1.json', 'part-2.json'], /parts of different audits/],
      [['two-1.json', 'single.json'], /single\.json: not an audit part \(it has no "shard" section/],
      [['nope.json'], /nope\.json: cannot read it/],
    ];
    writeFileSync(join(dir, 'bad.json'), '{"notes": ');
    cases.push([['bad.json'], /bad\.json: not valid JSON/]);
    const tampered = JSON.parse(readFileSync(join(dir, 'two-2.json'), 'utf8')) as Record<string, unknown>;
    tampered.notes = -3;
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(tampered));
    cases.push([['two-1.json', 'tampered.json'], /tampered\.json: not an audit part \(the result\.notes is not a count\)/]);
    for (const [parts, message] of cases) {
      const r = audit(['merge', ...parts, '-o', 'merged.json'], { cwd: dir });
      assert.equal(r.status, 2, parts.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
    assert.equal(audit(['merge', 'two-1.json', 'two-2.json'], { cwd: dir }).stdout, single);
  });
});
