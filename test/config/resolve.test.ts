/** Configuration resolution: presets, overrides, walking up, caching and invalidation, bad files. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConfigText, ConfigResolver, PRESETS, globProblem } from '../../server/src/config/index.ts';
import { lint, RULES } from '../../server/src/engine/index.ts';

describe('config: resolveConfig', () => {
  let root: string;
  const write = (rel: string, value: unknown) => {
    const full = join(root, rel);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, typeof value === 'string' ? value : JSON.stringify(value));
    return full;
  };
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'rapport-config-')));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('returns the editor settings unchanged when there is no project file', () => {
    const r = new ConfigResolver().resolveConfig(join(root, 'a', 'note.md'), { base: { mode: 'reflection' } });
    assert.equal(r.configPath, undefined);
    assert.equal(r.options.mode, 'reflection');
    assert.deepEqual(r.problems, []);
  });

  it('walks up from the note to the nearest file; .rapportrc.json or rapport.config.json', () => {
    const top = write('.rapportrc.json', { mode: 'reflection' });
    const inner = write('clinic/rapport.config.json', { mode: 'clinical' });
    const resolver = new ConfigResolver();
    assert.equal(resolver.resolveConfig(join(root, 'reflections', 'week1', 'r.md')).configPath, top);
    assert.equal(resolver.resolveConfig(join(root, 'reflections', 'week1', 'r.md')).options.mode, 'reflection');
    const r = resolver.resolveConfig(join(root, 'clinic', 'soap', 'n.md'));
    assert.equal(r.configPath, inner);
    assert.equal(r.options.mode, 'clinical');
  });

  it('applies extends presets, then the file, then matching overrides in order', () => {
    write('.rapportrc.json', {
      extends: ['rapport:strict'],
      rules: { labels: 'info', 'pfl.wheelchair-bound': 'off' },
      overrides: [
        { files: '*.reflection.md', mode: 'reflection', rules: { 'label.difficult': 'error' } },
        { files: ['reflections/**'], languagePreference: 'identity-first' },
      ],
    });
    const resolver = new ConfigResolver();
    const note = resolver.resolveConfig(join(root, 'soap', 'n.md')).options;
    assert.equal(note.rules!['pfl.suffering-victim'], PRESETS['rapport:strict'].rules['pfl.suffering-victim']);
    assert.equal(note.rules!['pfl.wheelchair-bound'], 'off');
    assert.equal(note.rules!.labels, 'info');
    assert.equal(note.mode, undefined);
    const refl = resolver.resolveConfig(join(root, 'reflections', 'deep', 'x.reflection.md')).options;
    assert.equal(refl.mode, 'reflection');
    assert.equal(refl.rules!['label.difficult'], 'error');
    assert.equal(refl.languagePreference, 'identity-first');
  });

  it('rapport:reflection sets reflection mode; rapport:strict turns every rule on', () => {
    write('.rapportrc.json', { extends: 'rapport:reflection' });
    assert.equal(new ConfigResolver().resolveConfig(join(root, 'n.md')).options.mode, 'reflection');
    const strict = PRESETS['rapport:strict'].rules;
    for (const rule of RULES) assert.notEqual(strict[rule.id], undefined, rule.id);
    assert.ok(Object.values(strict).every((s) => s === 'error' || s === 'warning'));
  });

  it('the project file wins over editor settings where both say something', () => {
    write('.rapportrc.json', { mode: 'clinical', rules: { 'pfl.wheelchair-bound': 'error' } });
    const r = new ConfigResolver().resolveConfig(join(root, 'n.md'), { base: { mode: 'reflection', rules: { 'pfl.wheelchair-bound': 'off', 'adhere.refused': 'off' }, languagePreference: 'ask' } });
    assert.equal(r.options.mode, 'clinical');
    assert.deepEqual(r.options.rules, { 'pfl.wheelchair-bound': 'error', 'adhere.refused': 'off' });
    assert.equal(r.options.languagePreference, 'ask');
  });

  it('vocabulary reject and accept reach the engine', () => {
    write('.rapportrc.json', { vocabulary: { reject: [{ term: 'tolerated', prefer: 'completed' }], accept: ['suffers from'] } });
    const { options } = new ConfigResolver().resolveConfig(join(root, 'n.md'));
    const ids = lint('Pt tolerated it. Pt suffers from MS. Pt is wheelchair-bound.', options).findings.map((f) => f.ruleId);
    assert.deepEqual(ids, ['vocabulary.term', 'pfl.wheelchair-bound']);
  });

  it('ignore globs mark notes as ignored', () => {
    write('.rapportrc.json', { ignore: ['drafts/**', '*.tmp.md'] });
    const resolver = new ConfigResolver();
    assert.equal(resolver.resolveConfig(join(root, 'drafts', 'a.md')).ignored, true);
    assert.equal(resolver.resolveConfig(join(root, 'x', 'y.tmp.md')).ignored, true);
    assert.equal(resolver.resolveConfig(join(root, 'x', 'y.md')).ignored, false);
  });

  it('caches file reads until invalidated; keeps the last good version when the file turns bad', () => {
    const path = write('.rapportrc.json', { mode: 'reflection' });
    const resolver = new ConfigResolver();
    const note = join(root, 'n.md');
    assert.equal(resolver.resolveConfig(note).options.mode, 'reflection');
    write('.rapportrc.json', { mode: 'clinical' });
    assert.equal(resolver.resolveConfig(note).options.mode, 'reflection', 'cached');
    resolver.invalidate(path);
    assert.equal(resolver.resolveConfig(note).options.mode, 'clinical', 'reloaded');
    write('.rapportrc.json', '{ "mode": ');
    resolver.invalidate(path);
    const bad = resolver.resolveConfig(note);
    assert.equal(bad.problems.length, 1);
    assert.match(bad.problems[0]!.message, /not valid JSON/);
    assert.equal(bad.options.mode, 'clinical', 'last good configuration stays');
    unlinkSync(path);
    resolver.invalidate(path);
    assert.equal(resolver.resolveConfig(note).configPath, undefined, 'folder look-ups are redone');
    assert.equal(resolver.resolveConfig(join(root, 'sub', 'n.md')).configPath, undefined);
    const created = write('sub/.rapportrc.json', { mode: 'reflection' });
    assert.equal(resolver.resolveConfig(join(root, 'sub', 'n.md')).configPath, undefined, 'folder look-up is cached');
    resolver.invalidate(created);
    assert.equal(resolver.resolveConfig(join(root, 'sub', 'n.md')).configPath, created);
  });

  it('an untrusted workspace ignores vocabulary, overrides and ignore globs', () => {
    write('.rapportrc.json', { mode: 'reflection', vocabulary: { reject: [{ term: 'x' }] }, overrides: [{ files: '*.md', rules: { labels: 'off' } }], ignore: ['*.md'] });
    const r = new ConfigResolver().resolveConfig(join(root, 'n.md'), { trusted: false });
    assert.deepEqual(r.untrustedIgnored, ['vocabulary', 'overrides', 'ignore']);
    assert.equal(r.options.vocabulary, undefined);
    assert.equal(r.options.rules, undefined);
    assert.equal(r.ignored, false);
    assert.equal(r.options.mode, 'reflection');
  });
});

describe('config: validation', () => {
  const problems = (value: unknown) => checkConfigText(typeof value === 'string' ? value : JSON.stringify(value, null, 2), '/x/.rapportrc.json').problems;

  it('accepts a full valid configuration', () => {
    assert.deepEqual(
      problems({
        $schema: './node_modules/rapport/server/schemas/rapportrc.schema.json',
        extends: ['rapport:recommended', 'rapport:strict'],
        mode: 'clinical',
        languagePreference: 'identity-first',
        identifiesAs: ['Deaf'],
        rules: { 'pfl.wheelchair-bound': 'off', labels: 'error', 'vocabulary.term': 'info' },
        vocabulary: { reject: [{ term: 'tolerated', prefer: 'completed', message: 'Say what was done.', severity: 'info' }], accept: ['client'] },
        overrides: [{ files: ['reflections/**', '*.reflection.md'], mode: 'reflection' }],
        ignore: ['drafts/**'],
      }),
      [],
    );
  });

  it('places each problem at its key, with one plain sentence', () => {
    const text = '{\n  "rules": {\n    "pfl.wheelchair-bound": "off",\n    "made.up": "error"\n  },\n  "colour": 1\n}';
    const ps = checkConfigText(text, '/x/.rapportrc.json').problems;
    assert.equal(ps.length, 2);
    const unknown = ps.find((p) => /made\.up/.test(p.message))!;
    assert.equal(text.slice(unknown.start, unknown.end), '"made.up"');
    assert.match(ps.find((p) => /colour/.test(p.message))!.message, /Unknown setting "colour"/);
  });

  it('rejects wrong types, bad severities and empty terms', () => {
    assert.match(problems({ rules: { labels: 'loud' } })[0]!.message, /must be one of/);
    assert.match(problems({ identifiesAs: 'Deaf' })[0]!.message, /must be an array/);
    assert.equal(problems({ vocabulary: { accept: ['  '] } }).length, 1);
    assert.equal(problems({ vocabulary: { reject: [{ prefer: 'x' }] } }).length, 1);
    assert.equal(problems('[1, 2]').length, 1);
  });

  it('rejects unsafe or invalid globs and regular expressions posing as terms; literal terms are always safe', () => {
    assert.match(globProblem('@(a|b)/**')!, /extended glob/);
    assert.match(globProblem('x'.repeat(300))!, /longer than/);
    assert.equal(globProblem('notes/{a,b}/*.md'), undefined);
    assert.equal(problems({ vocabulary: { reject: [{ term: '(a+)+ b*' }] } }).length, 0, 'literal text, escaped by the engine');
    assert.match(problems({ vocabulary: { accept: ['/\\bfoo\\b/i'] } })[0]!.message, /regular expression/);
    assert.match(problems({ vocabulary: { reject: [{ term: 'x'.repeat(101) }] } })[0]!.message, /must NOT have more than 100 characters/);
  });

  it('a literal term with regex metacharacters lints quickly', () => {
    const started = Date.now();
    lint('a'.repeat(5000) + '!', { vocabulary: { reject: [{ term: '(a+)+$' }], accept: ['(a|aa)*b'] } });
    assert.ok(Date.now() - started < 1000);
  });
});
