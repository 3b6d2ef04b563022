/** Output formats: SARIF 2.1.0 (schema-checked), JUnit XML, GitHub annotations, JSON, --output. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { XMLValidator, XMLParser } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { rapport } from '../helpers/cli.ts';
import { escapeData, escapeProperty } from '../../server/src/cli/formats/github.ts';
import { CLEAN, ERROR_NOTE, tree } from './util.ts';

const require = createRequire(__filename);

/** The official SARIF 2.1.0 schema (rtm.5), as shipped by Microsoft's @microsoft/jest-sarif package. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The file is draft-04 ("id", "$schema": draft-04); its keywords are otherwise draft-07 compatible.
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }) // the schema's `language` pattern is not valid with the u flag;
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

function notes() {
  return tree({
    'notes/a.md': 'Pt is wheelchair-bound.\r\nShe is a 😀 retard.\n',
    'notes/clean.md': CLEAN,
    'notes/odd, name: 100%.md': 'Pt complains of pain.\n',
  });
}

describe('cli: formats', function () {
  this.timeout(60_000);

  it('sarif: valid against the SARIF 2.1.0 schema, with rule metadata, UTF-16 columns and fixes', () => {
    const dir = notes();
    const r = rapport(['--format', 'sarif', 'notes'], { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout) as Log;
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0]!;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const rules = run.tool.driver.rules!;
    assert.ok(rules.length > 20, 'every rule is described');
    for (const rule of rules) {
      assert.ok(rule.id && rule.name && rule.shortDescription?.text && rule.fullDescription?.text, rule.id);
      assert.ok(rule.help?.text && rule.help.markdown, `help for ${rule.id}`);
      assert.match(rule.helpUri!, /^https:\/\//);
      assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration!.level!), rule.id);
    }
    const results = run.results!;
    const bound = results.find((x) => x.ruleId === 'pfl.wheelchair-bound')!;
    assert.equal(bound.level, 'warning');
    assert.equal(rules[bound.ruleIndex!]!.id, 'pfl.wheelchair-bound');
    assert.deepEqual(
      { ...bound.locations![0]!.physicalLocation!.region, snippet: undefined },
      { startLine: 1, startColumn: 4, endLine: 1, endColumn: 23, snippet: undefined },
    );
    assert.equal(bound.locations![0]!.physicalLocation!.artifactLocation!.uri, 'notes/a.md');
    assert.equal(bound.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId, '%SRCROOT%');
    assert.equal(bound.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent!.text, 'uses a wheelchair');
    // "She is a 😀 retard." — the emoji is two UTF-16 code units: column 13 (1-based).
    const slur = results.find((x) => x.ruleId === 'pfl.condition-as-person')!;
    assert.equal(slur.level, 'error');
    assert.equal(slur.locations![0]!.physicalLocation!.region!.startLine, 2);
    assert.equal(slur.locations![0]!.physicalLocation!.region!.startColumn, 13);
    // File names are URI-encoded.
    assert.ok(results.some((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri === 'notes/odd%2C%20name%3A%20100%25.md'));
  });

  it('sarif: an unreadable file becomes a tool execution notification, still schema-valid', () => {
    const dir = notes();
    const r = rapport(['--format', 'sarif', 'notes/missing.md', 'notes/clean.md'], { cwd: dir });
    assert.equal(r.status, 2);
    const log = JSON.parse(r.stdout) as Log;
    assert.ok(sarifValidator()(log));
    const inv = log.runs[0]!.invocations![0]!;
    assert.equal(inv.executionSuccessful, false);
    assert.match(inv.toolExecutionNotifications![0]!.message.text!, /missing\.md/);
  });

  it('junit: well-formed XML with one failing case per finding', () => {
    const dir = notes();
    const r = rapport(['--format', 'junit', 'notes'], { cwd: dir });
    assert.equal(XMLValidator.validate(r.stdout), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
    const suites = [doc.testsuites.testsuite].flat();
    assert.equal(suites.length, 3);
    const a = suites.find((s: { name: string }) => s.name === 'notes/a.md');
    assert.equal(Number(a.failures), [a.testcase].flat().length);
    const clean = suites.find((s: { name: string }) => s.name === 'notes/clean.md');
    assert.equal(clean.failures, '0');
    assert.equal(Number(doc.testsuites.failures), suites.reduce((n: number, s: { failures: string }) => n + Number(s.failures), 0));
  });

  it('junit: control characters and markup in notes cannot break the XML', () => {
    const dir = tree({ 'x <&> "y".md': 'Pt is wheelchair-bound \u0001 <b>&amp;</b>.\n' });
    const r = rapport(['--format', 'junit', '.'], { cwd: dir });
    assert.equal(XMLValidator.validate(r.stdout), true, r.stdout);
  });

  it('github: workflow annotations with 1-based positions and escaped properties', () => {
    const dir = notes();
    const r = rapport(['--format', 'github', 'notes'], { cwd: dir });
    const lines = r.stdout.trim().split('\n');
    const bound = lines.find((l) => l.includes('pfl.wheelchair-bound'))!;
    assert.match(bound, /^::warning file=notes\/a\.md,line=1,col=4,endLine=1,endColumn=23,title=rapport pfl\.wheelchair-bound::/);
    assert.ok(lines.some((l) => l.startsWith('::error file=notes/a.md,line=2,col=13,')));
    // "odd, name: 100%.md" — comma, colon and percent are escaped in the file property.
    assert.ok(lines.some((l) => l.includes('file=notes/odd%2C name%3A 100%25.md,')), lines.join('\n'));
    for (const l of lines) assert.match(l, /^::(error|warning|notice) /, JSON.stringify(lines));
  });

  it('github: escaping follows the Actions runner', () => {
    assert.equal(escapeData('100% sure\r\nnext: a, b'), '100%25 sure%0D%0Anext: a, b');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });

  it('json: the documented shape', () => {
    const dir = tree({ 'e.md': ERROR_NOTE });
    const r = rapport(['--format', 'json', 'e.md'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    const f = out.files[0].findings[0];
    assert.deepEqual(Object.keys(f).sort(), ['docsUrl', 'family', 'fix', 'message', 'range', 'ruleId', 'severity', 'suggestions']);
    assert.deepEqual(Object.keys(out.summary).sort(), ['errors', 'files', 'filesWithFindings', 'hints', 'infos', 'unreadable', 'warnings']);
  });

  it('--output writes the report atomically to a file (creating its folder) and prints nothing', () => {
    const dir = notes();
    const r = rapport(['--format', 'sarif', '--output', 'out/rapport.sarif', 'notes'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    const log = JSON.parse(readFileSync(join(dir, 'out', 'rapport.sarif'), 'utf8')) as Log;
    assert.ok(log.runs[0]!.results!.length > 0);
    assert.deepEqual(readdirSync(join(dir, 'out')), ['rapport.sarif'], 'no temporary file left');
    assert.ok(!existsSync(join(dir, 'out', 'rapport.sarif.tmp')));
  });

  it('--output removes the temporary file a killed run left in its folder', () => {
    const dir = notes();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', `.rapport.sarif.rapport-${dead}-0a1b2c3d.tmp`), '{"trunc');
    rapport(['--format', 'sarif', '--output', 'out/rapport.sarif', 'notes'], { cwd: dir });
    assert.deepEqual(readdirSync(join(dir, 'out')), ['rapport.sarif']);
  });

  it('checkstyle: well-formed XML, one <error> per finding with 1-based positions and the rule as source', () => {
    const dir = notes();
    const r = rapport(['-f', 'checkstyle', 'notes', 'missing.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.equal(XMLValidator.validate(r.stdout), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'file' || name === 'error' }).parse(r.stdout);
    const files = doc.checkstyle.file as Array<{ name: string; error?: Array<Record<string, string>> }>;
    assert.deepEqual(files.map((f) => f.name).sort(), ['missing.md', 'notes/a.md', 'notes/clean.md', 'notes/odd, name: 100%.md']);
    const a = files.find((f) => f.name === 'notes/a.md')!.error!;
    const bound = a.find((e) => e.source === 'rapport.pfl.wheelchair-bound')!;
    assert.deepEqual([bound.line, bound.column, bound.severity], ['1', '4', 'warning']);
    assert.match(bound.message!, /Suggested: "uses a wheelchair"/);
    const slur = a.find((e) => e.severity === 'error')!;
    assert.deepEqual([slur.line, slur.column], ['2', '13'], 'UTF-16 columns, as in every other format');
    assert.equal(files.find((f) => f.name === 'notes/clean.md')!.error, undefined);
    assert.equal(files.find((f) => f.name === 'missing.md')!.error![0]!.source, 'rapport.io');
  });

  it('codeclimate: the GitLab Code Quality fields, fingerprints unique and stable when lines move', () => {
    const dir = tree({ 'n/a.md': 'Pt is wheelchair-bound.\nShe is a retard.\nPt is wheelchair-bound.\n' });
    const r = rapport(['-f', 'codeclimate', 'n'], { cwd: dir });
    assert.equal(r.status, 1);
    const issues = JSON.parse(r.stdout) as Array<{ description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    assert.ok(Array.isArray(issues));
    for (const i of issues) {
      for (const key of ['description', 'check_name', 'fingerprint', 'severity'] as const) assert.equal(typeof i[key], 'string', key);
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity), i.severity);
      assert.equal(i.location.path, 'n/a.md');
    }
    const bound = issues.filter((i) => i.check_name === 'pfl.wheelchair-bound');
    assert.deepEqual(bound.map((i) => i.location.lines.begin), [1, 3]);
    assert.equal(issues.find((i) => i.check_name === 'pfl.condition-as-person')!.severity, 'major');
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'unique fingerprints');
    // A line added above: same fingerprints, new line numbers.
    writeFileSync(join(dir, 'n', 'a.md'), '# Visit\n\nPt is wheelchair-bound.\nShe is a retard.\nPt is wheelchair-bound.\n');
    const moved = JSON.parse(rapport(['-f', 'codeclimate', 'n'], { cwd: dir }).stdout) as typeof issues;
    assert.deepEqual(moved.map((i) => i.fingerprint).sort(), issues.map((i) => i.fingerprint).sort());
    assert.deepEqual(moved.filter((i) => i.check_name === 'pfl.wheelchair-bound').map((i) => i.location.lines.begin), [3, 5]);
    assert.equal(rapport(['-f', 'codeclimate', 'missing.md'], { cwd: dir }).stdout.includes('"check_name": "rapport.io"'), true);
    assert.equal(rapport(['-f', 'codeclimate', '--no-config', join(dir, 'n', 'a.md'), '!**/a.md'], { cwd: dir }).stdout, '[]\n');
  });

  describe('colour', () => {
    const colored = (env: Record<string, string>, args: string[] = []) => /\x1b\[/.test(rapport(['notes', ...args], { cwd: notes(), env }).stdout);
    it('follows picocolors: FORCE_COLOR on, NO_COLOR off, --color / --no-color win, FORCE_COLOR=0 off', () => {
      assert.equal(colored({ FORCE_COLOR: '1' }), true);
      assert.equal(colored({ FORCE_COLOR: '1', NO_COLOR: '1' }), false);
      assert.equal(colored({ FORCE_COLOR: '1' }, ['--no-color']), false);
      assert.equal(colored({ FORCE_COLOR: '0' }), false);
      assert.equal(colored({ FORCE_COLOR: '0' }, ['--color']), true);
      assert.equal(colored({ FORCE_COLOR: '0', CI: '1' }), false);
    });
  });

  it('stylish: no colour codes when not on a terminal', () => {
    const dir = notes();
    const r = rapport(['notes'], { cwd: dir });
    assert.doesNotMatch(r.stdout, /\x1b\[/);
    assert.equal(r.stderr.replace(/rapport: .*\n/g, ''), '', 'no progress output when stderr is not a TTY');
  });
});

describe('cli: --output onto something that is not a regular file', () => {
  it('writes into a pipe and leaves it a pipe (an atomic rename would replace it, as it once replaced /dev/null)', async function () {
    const dir = tree({ 'note.md': ERROR_NOTE });
    const fifo = join(dir, 'out.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    // A reader on the other end, so the CLI's write does not block.
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => (got += c.toString()));
    const done = new Promise((resolve) => reader.on('close', resolve));
    const r = await new Promise<number | null>((resolve) => {
      const cli = spawn(process.execPath, [join(__dirname, '..', '..', 'bin', 'rapport.js'), 'note.md', '--format', 'json', '--output', fifo], { cwd: dir, stdio: 'ignore' });
      cli.on('close', resolve);
    });
    await done;
    assert.equal(r, 1);
    assert.ok(lstatSync(fifo).isFIFO(), 'the pipe is still a pipe');
    assert.equal((JSON.parse(got) as { summary: { errors: number } }).summary.errors, 1);
  });
});
