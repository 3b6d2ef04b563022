/** `rapport audit`: counts across exports and folders, the documented JSON shape, fields, modes, privacy and bad input. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rapport } from '../helpers/cli.ts';
import { tempDir, tree } from './util.ts';
import { audit, corpusRecords, DEPARTMENTS, FIELDS, writeCsv, writeFolder, writeJsonl, type AuditResult, type AuditTally, type ExportRecord } from './audit-fixtures.ts';

interface LintJson {
  files: Array<{ path: string; findings: Array<{ ruleId: string; family: string }> }>;
}

/** Per rule: notes with at least one finding and findings, from `rapport -f json` on the same notes. */
function expectedFromLint(lint: LintJson, paths?: (p: string) => boolean): { notes: number; withFindings: number; rules: Map<string, { notes: number; findings: number }> } {
  const rules = new Map<string, { notes: number; findings: number }>();
  let notes = 0;
  let withFindings = 0;
  for (const file of lint.files) {
    if (paths && !paths(file.path)) continue;
    notes++;
    const mine = file.findings.filter((f) => f.family !== 'engine');
    if (mine.length) withFindings++;
    const seen = new Set<string>();
    for (const f of mine) {
      const r = rules.get(f.ruleId) ?? { notes: 0, findings: 0 };
      r.findings++;
      if (!seen.has(f.ruleId)) r.notes++;
      seen.add(f.ruleId);
      rules.set(f.ruleId, r);
    }
  }
  return { notes, withFindings, rules };
}

function assertMatches(t: AuditTally, expected: ReturnType<typeof expectedFromLint>): void {
  assert.equal(t.notes, expected.notes);
  assert.equal(t.notesWithFindings, expected.withFindings);
  assert.deepEqual(
    Object.fromEntries(Object.entries(t.rules).map(([id, e]) => [id, { notes: e.notes, findings: e.findings }])),
    Object.fromEntries([...expected.rules].sort(([a], [b]) => (a < b ? -1 : 1))),
  );
}

describe('cli: rapport audit', function () {
  this.timeout(120_000);
  let dir: string;
  let records: ExportRecord[];
  let lint: LintJson;

  before(() => {
    dir = tempDir('rapport-audit-');
    records = corpusRecords(120);
    writeJsonl(join(dir, 'export.jsonl'), records);
    writeCsv(join(dir, 'export.csv'), records);
    writeFolder(join(dir, 'notes'), records);
    const r = rapport(['-f', 'json', 'notes'], { cwd: dir });
    lint = JSON.parse(r.stdout) as LintJson;
    assert.equal(lint.files.length, 120);
  });

  it('JSONL: per-rule counts are exactly what rapport finds in the same notes; families add up; the documented shape', () => {
    const r = audit(['export.jsonl', ...FIELDS], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = r.json();
    assert.deepEqual(Object.keys(out), ['notes', 'notesWithFindings', 'families', 'rules', 'groups', 'periods']);
    assertMatches(out, expectedFromLint(lint));
    assert.ok(out.notesWithFindings > 20 && out.notesWithFindings < 120, `${out.notesWithFindings} of 120`);
    assert.equal(Object.keys(out.families).length, 11);
    for (const [family, e] of Object.entries(out.families)) {
      assert.deepEqual(Object.keys(e), ['notes', 'findings', 'per1000Notes', 'ci95']);
      // A family's findings are its rules' findings; its notes are at most the sum of its rules' notes.
      const rules = lint.files.flatMap((f) => f.findings).filter((f) => f.family === family);
      assert.equal(e.findings, rules.length, family);
      assert.equal(e.per1000Notes, Math.round((100000 * e.notes) / 120) / 100);
      assert.ok(e.ci95![0] <= e.per1000Notes! && e.per1000Notes! <= e.ci95![1]);
    }
    assert.deepEqual(out.groups, {});
    assert.deepEqual(out.periods, {});
  });

  it('CSV (quoted commas and line breaks) and a folder of notes give the same counts as JSONL', () => {
    const jsonl = audit(['export.jsonl', ...FIELDS], { cwd: dir }).json();
    const csv = audit(['export.csv', ...FIELDS], { cwd: dir });
    assert.equal(csv.status, 0, csv.stderr);
    assert.deepEqual(csv.json(), jsonl);
    const folder = audit(['notes'], { cwd: dir });
    assert.equal(folder.status, 0, folder.stderr);
    assert.deepEqual(folder.json(), jsonl);
  });

  it('--group-by (repeatable) and --date-field with --by month|quarter: each group and period counts its own notes', () => {
    const r = audit(['export.jsonl', ...FIELDS, '--group-by', 'department', '--group-by', 'note_type', '--date-field', 'written'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const out = r.json();
    assert.deepEqual(Object.keys(out.groups), ['department', 'note_type']);
    assert.deepEqual(Object.keys(out.groups.department!), [...DEPARTMENTS].sort());
    for (const dept of DEPARTMENTS) {
      const ids = new Set(records.filter((x) => x.department === dept).map((x) => `notes/${dept}/${x.note_id}.md`));
      assertMatches(out.groups.department![dept]!, expectedFromLint(lint, (p) => ids.has(p)));
    }
    assert.deepEqual(Object.keys(out.groups.note_type!), ['discharge summary', 'progress note']);
    assert.equal(out.groups.note_type!['discharge summary']!.notes, 24);
    assert.deepEqual(Object.keys(out.periods), ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
    const march = new Set(records.filter((x) => x.written.startsWith('2024-03')).map((x) => `notes/${x.department}/${x.note_id}.md`));
    assertMatches(out.periods['2024-03']!, expectedFromLint(lint, (p) => march.has(p)));
    const sum = (k: 'notes' | 'notesWithFindings') => Object.values(out.periods).reduce((n, t) => n + t[k], 0);
    assert.equal(sum('notes'), 120);
    assert.equal(sum('notesWithFindings'), out.notesWithFindings);

    const q = audit(['export.jsonl', ...FIELDS, '--date-field', 'written', '--by', 'quarter'], { cwd: dir }).json();
    assert.deepEqual(Object.keys(q.periods), ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    assert.equal(q.periods['2024-Q1']!.notes, out.periods['2024-01']!.notes + out.periods['2024-02']!.notes + out.periods['2024-03']!.notes);
  });

  it('Markdown folders: groups and dates from front matter, "folder" from the path', () => {
    const d = tree({
      'a/one.md': '---\nunit: rehab\nseen: 2024-02-10\n---\nPt is wheelchair-bound.\n',
      'a/two.md': '---\nunit: rehab\nseen: 2024-05-01\n---\nPt uses a wheelchair.\n',
      'b/three.md': '---\nunit: icu\nseen: not a date\n---\nThe patient refused the medication.\n',
      'b/four.md': 'No front matter. He is non-compliant.\n',
    });
    const r = audit(['.', '--group-by', 'unit', '--group-by', 'folder', '--date-field', 'seen', '--by', 'quarter'], { cwd: d });
    assert.equal(r.status, 0, r.stderr);
    const out = r.json();
    assert.deepEqual(Object.fromEntries(Object.entries(out.groups.unit!).map(([k, v]) => [k, [v.notes, v.notesWithFindings]])), { '(missing)': [1, 1], icu: [1, 1], rehab: [2, 1] });
    assert.deepEqual(Object.fromEntries(Object.entries(out.groups.folder!).map(([k, v]) => [k, v.notes])), { a: 2, b: 2 });
    assert.deepEqual(Object.fromEntries(Object.entries(out.periods).map(([k, v]) => [k, v.notes])), { '(missing)': 2, '2024-Q1': 1, '2024-Q2': 1 });
    // A value that is there but not a date is said once, by count.
    assert.match(r.stderr, /1 note has a seen that is not a date/);
    assert.equal(out.rules['pfl.wheelchair-bound']!.notes, 1);
  });

  it('modes: clinical by default; --reflection-where and front matter lint as reflections; the configuration applies', () => {
    const phone = 'Called his daughter back at (617) 555-0142 about the ride home.';
    const d = tree({
      'export.jsonl': [
        { id: 1, kind: 'progress', text: phone },
        { id: 2, kind: 'reflection', text: phone },
        { id: 3, kind: 'progress', text: `---\nmode: reflection\n---\n${phone}` },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n'),
    });
    const plain = audit(['export.jsonl'], { cwd: d }).json();
    assert.equal(plain.families.identifiers!.notes, 1, 'only the note whose front matter says reflection');
    const where = audit(['export.jsonl', '--reflection-where', 'kind=reflection'], { cwd: d }).json();
    assert.equal(where.families.identifiers!.notes, 2);
    const all = audit(['export.jsonl', '--mode', 'reflection'], { cwd: d }).json();
    assert.equal(all.families.identifiers!.notes, 3);
    // The project configuration next to the export applies to its records, and --rule wins over it.
    writeFileSync(join(d, '.rapportrc.json'), JSON.stringify({ mode: 'reflection', rules: { 'phi.phone': 'off' } }));
    const configured = audit(['export.jsonl'], { cwd: d }).json();
    assert.equal(configured.rules['phi.phone'], undefined);
    assert.equal(audit(['export.jsonl', '--rule', 'phi.phone=warning'], { cwd: d }).json().rules['phi.phone']!.notes, 3);
    assert.equal(audit(['export.jsonl', '--no-config'], { cwd: d }).json().families.identifiers!.notes, 1);
  });

  it('privacy: no note text and no ids by default; --examples N gives N short masked excerpts per rule', () => {
    const plain = audit(['export.jsonl', ...FIELDS, '--group-by', 'department'], { cwd: dir });
    assert.doesNotMatch(plain.stdout, /N000\d\d|wheelchair|excerpt/);
    const d = tree({
      'x.jsonl': [
        { id: 'mrn-1', text: 'Seen 03/04/2024 with Mr. Okonkwo, 67, who remains wheelchair-bound after the fall on Elm Street.' },
        { id: 'mrn-2', text: 'Ms. Lindqvist is wheelchair-bound; call 555-0199 or j.l@example.org.' },
        { id: 'mrn-3', text: 'He is wheelchair-bound.' },
        { id: 'mrn-4', text: 'She is wheelchair-bound since 2019.' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n'),
    });
    const r = audit(['x.jsonl', '--examples', '2'], { cwd: d });
    assert.equal(r.status, 0, r.stderr);
    const examples = r.json().rules['pfl.wheelchair-bound']!.examples!;
    assert.equal(examples.length, 2);
    for (const e of examples) {
      assert.match(e.id, /^mrn-\d$/);
      assert.match(e.excerpt, /wheelchair-bound»/);
      assert.doesNotMatch(e.excerpt, /\d|Okonkwo|Lindqvist|Elm|example\.org/);
    }
    const all = audit(['x.jsonl', '--examples', '10'], { cwd: d }).json().rules['pfl.wheelchair-bound']!.examples!;
    assert.equal(all.length, 4);
    // The two kept are two of the four, the same whatever ran first.
    for (const e of examples) assert.ok(all.some((x) => x.id === e.id && x.excerpt === e.excerpt));
    assert.ok(all.some((x) => x.excerpt.includes('Mr. [name], ##, who «remains wheelchair-bound» after the fall on [name] [name].')), JSON.stringify(all));
  });

  it('bad records are skipped, counted and named by line, without their text; the rest is audited (exit 2)', () => {
    const d = tree({
      'x.jsonl': [JSON.stringify({ id: 'a', text: 'He is wheelchair-bound.' }), '{"id": "b", "text": "secret words here', '', JSON.stringify({ id: 'c', body: 'no text field' }), '[1, 2]', JSON.stringify({ id: 'd', text: 'Clean note.' })].join('\n'),
    });
    const r = audit(['x.jsonl'], { cwd: d });
    assert.equal(r.status, 2);
    const out = r.json();
    assert.equal(out.notes, 2);
    assert.equal(out.skipped, 3);
    assert.match(r.stderr, /x\.jsonl:2: not valid JSON; skipped\./);
    assert.match(r.stderr, /x\.jsonl:4: no text in field "text"; skipped\./);
    assert.match(r.stderr, /x\.jsonl:5: not a JSON object; skipped\./);
    assert.doesNotMatch(r.stderr, /secret/);
  });

  it('broken CSV: one line naming the place, without the text, and nothing written', () => {
    const d = tree({ 'x.csv': 'id,text\n1,"He is wheelchair-bound."\n2,"unclosed secret "quote" here\n' });
    const r = audit(['x.csv', '--output', 'out.json'], { cwd: d });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^rapport: x\.csv:3: not valid CSV \(.*\); nothing was written/);
    assert.doesNotMatch(r.stderr, /secret|"quote"/);
    assert.equal(existsSync(join(d, 'out.json')), false);
  });

  it('usage errors: one line, exit 2', () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /No input given/],
      [['export.jsonl', '--shard', '0/4'], /--shard expects k\/n/],
      [['export.jsonl', '--shard', '5/4'], /--shard expects k\/n/],
      [['export.jsonl', '--shard', '1/2', '-f', 'csv'], /--shard writes a part/],
      [['export.jsonl', '--by', 'month'], /--by needs --date-field/],
      [['export.jsonl', '--date-field', 'written', '--by', 'week'], /--by must be month or quarter/],
      [['export.jsonl', '-f', 'pdf'], /Unknown audit format/],
      [['export.jsonl', '--examples', 'lots'], /--examples expects/],
      [['missing.jsonl'], /missing\.jsonl: cannot read it \(no such file or folder\)/],
      [['export.txt'], /unknown kind of input/],
      [['export.jsonl', '--bogus'], /Unknown option '--bogus'/],
    ];
    writeFileSync(join(dir, 'export.txt'), 'x');
    for (const [args, message] of cases) {
      const r = audit(args, { cwd: dir });
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
    assert.match(audit(['--help']).stdout, /rapport audit merge/);
  });

  it('csv output: one long table whose rows agree with the JSON', () => {
    const json = audit(['export.jsonl', ...FIELDS, '--group-by', 'department'], { cwd: dir }).json();
    const r = audit(['export.jsonl', ...FIELDS, '--group-by', 'department', '-f', 'csv', '-o', 'out/audit.csv'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const lines = readFileSync(join(dir, 'out', 'audit.csv'), 'utf8').trim().split('\r\n');
    assert.equal(lines[0], 'scope,field,value,scopeNotes,kind,name,notes,findings,per1000Notes,ci95Low,ci95High');
    const row = (prefix: string) => lines.find((l) => l.startsWith(prefix))?.split(',');
    const disability = row('overall,,,120,family,disability,')!;
    assert.deepEqual(disability.slice(6).map(Number), [json.families.disability!.notes, json.families.disability!.findings, json.families.disability!.per1000Notes, ...json.families.disability!.ci95!]);
    const surgery = row('group,department,surgery,')!;
    assert.equal(Number(surgery[6]), json.groups.department!.surgery!.notesWithFindings);
    assert.equal(lines.filter((l) => l.startsWith('group,department,psychiatry,30,family,')).length, 11);
  });

  it('--output to a pipe writes into it and leaves it a pipe (an atomic rename would replace it with a file)', function () {
    const fifo = join(dir, 'result.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => (got += c.toString()));
    const done = new Promise((r) => reader.on('close', r));
    const r = audit(['export.jsonl', ...FIELDS, '-o', fifo], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    return done.then(() => {
      assert.equal((JSON.parse(got) as AuditResult).notes, 120);
      assert.ok(statSync(fifo).isFIFO());
    });
  });
});

export type { AuditResult };
