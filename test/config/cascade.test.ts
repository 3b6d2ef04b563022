/** Cascading configuration files, root, shared files in extends, trust; comments and exact places. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConfigText, ConfigResolver, resolveCascade, type ConfigSource, type LoadedConfig } from '../../server/src/config/index.ts';

/** A ConfigSource over file contents in memory, as a build without a file system uses the pure part. */
function memorySource(files: Record<string, string>): ConfigSource {
  return {
    configIn: (folder) => [`${folder === '/' ? '' : folder}/.rapportrc.json`, `${folder === '/' ? '' : folder}/rapport.config.json`].find((p) => p in files),
    load: (path): LoadedConfig => {
      const text = files[path];
      if (text === undefined) return { problems: [{ path, message: 'missing', start: 0, end: 0, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }], config: undefined };
      const { config, problems } = checkConfigText(text, path);
      return { config, problems, text };
    },
  };
}

describe('config: cascade', () => {
  it('merges files from parent folders, nearest winning key by key; rules by id, vocabularies add up', () => {
    const source = memorySource({
      '/org/.rapportrc.json': JSON.stringify({ mode: 'clinical', languagePreference: 'identity-first', rules: { labels: 'error', 'adhere.refused': 'off' }, vocabulary: { accept: ['client'] } }),
      '/org/team/.rapportrc.json': '{ // the team\n "rules": { "labels": "info" }, "vocabulary": { "accept": ["resident"] } }',
      '/org/team/refl/rapport.config.json': '{ "mode": "reflection" /* students */ }',
    });
    const r = resolveCascade('/org/team/refl/week1.md', source);
    assert.deepEqual(r.configPaths, ['/org/.rapportrc.json', '/org/team/.rapportrc.json', '/org/team/refl/rapport.config.json']);
    assert.equal(r.configPath, '/org/team/refl/rapport.config.json');
    assert.equal(r.options.mode, 'reflection');
    assert.equal(r.options.languagePreference, 'identity-first');
    assert.deepEqual(r.options.rules, { labels: 'info', 'adhere.refused': 'off' });
    assert.deepEqual(r.options.vocabulary?.accept, ['client', 'resident']);
    assert.deepEqual(r.problems, []);
  });

  it('"root": true stops the search', () => {
    const source = memorySource({
      '/org/.rapportrc.json': JSON.stringify({ rules: { labels: 'error' } }),
      '/org/team/.rapportrc.json': JSON.stringify({ root: true, mode: 'reflection' }),
    });
    const r = resolveCascade('/org/team/a/n.md', source);
    assert.deepEqual(r.configPaths, ['/org/team/.rapportrc.json']);
    assert.equal(r.options.rules, undefined);
  });

  it('applies each file\'s overrides relative to its own folder, and ignore globs from any level', () => {
    const source = memorySource({
      '/w/.rapportrc.json': JSON.stringify({ overrides: [{ files: 'team/drafts/**', mode: 'reflection' }], ignore: ['**/scratch/**'] }),
      '/w/team/.rapportrc.json': JSON.stringify({ overrides: [{ files: 'drafts/*.md', rules: { labels: 'off' } }] }),
    });
    const r = resolveCascade('/w/team/drafts/n.md', source);
    assert.equal(r.options.mode, 'reflection');
    assert.deepEqual(r.options.rules, { labels: 'off' });
    assert.equal(resolveCascade('/w/team/scratch/x.md', source).ignored, true);
  });

  it('extends names shared JSON files inside the workspace, never outside it; presets as before', () => {
    const source = memorySource({
      '/w/shared/base.json': '{ "extends": "rapport:reflection", "rules": { "labels": "error" }, "overrides": [{ "files": "private/**", "rules": { "labels": "off" } }] }',
      '/w/notes/.rapportrc.json': '{\n  "extends": ["../shared/base.json", "../../etc/x.json"],\n  "rules": { "power": "off" }\n}',
    });
    const opts = { roots: ['/w'] };
    const r = resolveCascade('/w/notes/a.md', source, opts);
    assert.equal(r.options.mode, 'reflection');
    assert.deepEqual(r.options.rules, { labels: 'error', power: 'off' });
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0]!.message, /outside the workspace/);
    assert.deepEqual(r.problems[0]!.range.start, { line: 1, character: 37 }, 'at the entry in the list');
    // The shared file's globs are relative to the file that extends it.
    assert.deepEqual(resolveCascade('/w/notes/private/b.md', source, opts).options.rules, { labels: 'off', power: 'off' });
    // Untrusted: the shared file is not applied (presets would be), and it says so.
    const untrusted = resolveCascade('/w/notes/a.md', source, { ...opts, trusted: false });
    assert.deepEqual(untrusted.options.rules, { power: 'off' });
    assert.ok(untrusted.untrustedIgnored.includes('extends'));
  });

  it('a shared file that extends itself is reported, not followed forever', () => {
    const source = memorySource({ '/w/.rapportrc.json': '{ "extends": "./a.json" }', '/w/a.json': '{ "extends": "./b.json" }', '/w/b.json': '{ "extends": "./a.json", "mode": "reflection" }' });
    const r = resolveCascade('/w/n.md', source, { roots: ['/w'] });
    assert.equal(r.options.mode, 'reflection');
    assert.match(r.problems.map((p) => p.message).join(' '), /extends this file again/);
  });
});

describe('config: cascade on disk', () => {
  let root: string;
  const write = (rel: string, text: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'rapport-cascade-')));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('an untrusted workspace does not look above its folder; a trusted one does', () => {
    write('.rapportrc.json', JSON.stringify({ rules: { labels: 'off' } }));
    write('ws/.keep', '');
    const resolver = Object.assign(new ConfigResolver(), { roots: [join(root, 'ws')] });
    const note = join(root, 'ws', 'notes', 'n.md');
    assert.deepEqual(resolver.resolveConfig(note, { trusted: false }).configPaths, []);
    assert.equal(resolver.resolveConfig(note, { trusted: false }).options.rules, undefined);
    assert.deepEqual(resolver.resolveConfig(note, { trusted: true }).configPaths, [join(root, '.rapportrc.json')]);
  });

  it('a catastrophic override glob resolves at once (it took 18 s per note, and 24 stars never finished)', () => {
    write('.rapportrc.json', JSON.stringify({ overrides: [{ files: `${'*a'.repeat(24)}*b.md`, mode: 'reflection' }] }));
    const resolver = new ConfigResolver();
    assert.deepEqual(resolver.resolveConfig(join(root, 'notes', `${'a'.repeat(60)}.md`)).problems, []);
    assert.equal(resolver.resolveConfig(join(root, 'notes', `${'a'.repeat(60)}.md`)).options.mode, undefined);
    assert.equal(resolver.resolveConfig(join(root, 'notes', `${'a'.repeat(30)}b.md`)).options.mode, 'reflection');
  });

  it('a shared file named by extends is re-read when it changes (it is not watched)', () => {
    write('shared.json', JSON.stringify({ mode: 'reflection' }));
    write('.rapportrc.json', JSON.stringify({ extends: './shared.json' }));
    const resolver = Object.assign(new ConfigResolver(), { roots: [root] });
    assert.equal(resolver.resolveConfig(join(root, 'n.md')).options.mode, 'reflection');
    write('shared.json', JSON.stringify({ mode: 'clinical', rules: {} }));
    assert.equal(resolver.resolveConfig(join(root, 'n.md')).options.mode, 'clinical');
  });
});

describe('config: JSON with comments, problems at their exact place', () => {
  it('accepts comments and places a problem after them on the right line', () => {
    const text = '{\n  // severities\n  /* a block\n     comment */\n  "rules": { "made.up": "off" }\n}\n';
    const [p, ...rest] = checkConfigText(text, '/x/.rapportrc.json').problems;
    assert.equal(rest.length, 0);
    assert.deepEqual(p!.range, { start: { line: 4, character: 13 }, end: { line: 4, character: 22 } });
    assert.equal(text.slice(p!.start, p!.end), '"made.up"');
  });

  it('a syntax error is placed where it is, and the message never repeats the file', () => {
    const text = 'root:x:0:0:root:/root:/bin/bash\n';
    const [p] = checkConfigText(text, '/x/.rapportrc.json').problems;
    assert.deepEqual(p!.range.start, { line: 0, character: 0 });
    assert.doesNotMatch(p!.message, /root|bash/);
    const missingComma = '{\n  "mode": "clinical"\n  "rules": {}\n}';
    assert.deepEqual(checkConfigText(missingComma, '/x/.rapportrc.json').problems[0]!.range.start, { line: 2, character: 2 });
    assert.match(checkConfigText('', '/x/.rapportrc.json').problems[0]!.message, /empty/);
  });

  it('a value problem is placed on the value', () => {
    const text = '{\n  "rules": {\n    "labels": "loud"\n  }\n}';
    const [p] = checkConfigText(text, '/x/.rapportrc.json').problems;
    assert.equal(text.slice(p!.start, p!.end), '"loud"');
    assert.deepEqual(p!.range.start, { line: 2, character: 14 });
  });
});
