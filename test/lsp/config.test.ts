/** Project configuration in the server: reload on change, bad configuration, accepted terms, trust. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type TestServer } from '../helpers/lsp-client.ts';
import { changeNote, codeActions, collectMessages, fileUri, openNote, tempDir, until } from './helpers.ts';

const NOTE = 'Pt is wheelchair-bound since 2019. Pt tolerated the session.\n';

describe('language server: project configuration', function () {
  this.timeout(20_000);
  let server: TestServer;
  let dir: string;
  let messages: Array<{ type: number; message: string }>;
  const config = () => join(dir, '.rapportrc.json');
  const writeConfig = (value: unknown) => writeFileSync(config(), typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n');
  const changed = (type = 2) => server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(config()), type }] });

  before(async () => {
    dir = tempDir();
    mkdirSync(join(dir, 'notes'));
    writeConfig({ extends: 'rapport:recommended', rules: { 'pfl.wheelchair-bound': 'off' }, vocabulary: { reject: [{ term: 'tolerated', prefer: 'completed' }] } });
    server = await startServer({ workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }, ['--stdio'], {
      workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
    });
    messages = collectMessages(server);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const uri = () => fileUri(join(dir, 'notes', 'note.md'));

  it('applies the nearest project file, found by walking up from the note', async () => {
    const ds = await openNote(server, uri(), NOTE);
    assert.deepEqual(ds.map((d) => d.code), ['vocabulary.term']);
  });

  it('reloads without a restart when the file changes (workspace/didChangeWatchedFiles)', async () => {
    writeConfig({ rules: { 'pfl.wheelchair-bound': 'error' } });
    changed();
    const p = await server.diagnostics(uri(), (p) => p.diagnostics.some((d) => d.code === 'pfl.wheelchair-bound'));
    assert.equal(p.diagnostics.find((d) => d.code === 'pfl.wheelchair-bound')!.severity, 1);
    assert.ok(!p.diagnostics.some((d) => d.code === 'vocabulary.term'), 'the old vocabulary is gone');
  });

  it('bad configuration: one clear message, a diagnostic on the file, the last good configuration kept', async () => {
    messages.length = 0;
    writeConfig('{\n  "rules": {\n    "pfl.wheelchair-bound": "warning",\n  }\n}\n');
    const configDiagnostics = server.diagnostics(fileUri(config()), (p) => p.diagnostics.length > 0);
    changed();
    const p = await configDiagnostics;
    assert.equal(p.diagnostics.length, 1);
    assert.match(p.diagnostics[0]!.message, /not valid JSON/);
    assert.deepEqual(p.diagnostics[0]!.range, { start: { line: 2, character: 37 }, end: { line: 2, character: 38 } }, 'placed at the trailing comma');
    assert.match(p.diagnostics[0]!.message, /trailing comma/);
    await until(() => messages.length > 0, 5000, 'showMessage');
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.type, 2);
    assert.match(messages[0]!.message, /\.rapportrc\.json has a problem: .*not valid JSON.*last valid configuration stays in force/);
    // The last good configuration (wheelchair-bound: error) is still in force.
    const ds = await changeNote(server, uri(), NOTE + '\n', 2);
    assert.equal(ds.find((d) => d.code === 'pfl.wheelchair-bound')!.severity, 1);
    assert.equal(messages.length, 1, 'not repeated on every lint');
    assert.equal(server.process.exitCode, null);
  });

  for (const [name, value, pattern] of [
    ['an unknown rule id', { rules: { 'pfl.wheelchair-bond': 'off' } }, /Unknown rule or family "pfl\.wheelchair-bond"/],
    ['a wrong type', { mode: 3 }, /"mode" must be a string|"mode" must be one of/],
    ['an unsafe glob', { overrides: [{ files: ['+(a|aa)+(a|aa).md'], mode: 'reflection' }] }, /extended glob syntax/],
    ['a regular expression where a term belongs', { vocabulary: { reject: [{ term: '/(a+)+$/' }] } }, /looks like a regular expression/],
    ['an unknown preset', { extends: 'rapport:lenient' }, /"extends" must name a preset/],
  ] as const) {
    it(`reports ${name} and keeps the last good configuration`, async () => {
      messages.length = 0;
      writeConfig(value);
      const diag = server.diagnostics(fileUri(config()), (p) => p.diagnostics.length > 0);
      changed();
      const p = await diag;
      assert.match(p.diagnostics[0]!.message, pattern);
      await until(() => messages.length > 0, 5000, 'showMessage');
      assert.match(messages[0]!.message, pattern);
      const ds = await changeNote(server, uri(), NOTE + '\n'.repeat(3 + name.length), 10 + name.length);
      assert.equal(ds.find((d) => d.code === 'pfl.wheelchair-bound')?.severity, 1, 'last good configuration still applies');
    });
  }

  it('clears the diagnostic on the file once it is fixed', async () => {
    writeConfig({ rules: { 'pfl.wheelchair-bound': 'hint' }, vocabulary: { accept: ['suffers from'] } });
    const cleared = server.diagnostics(fileUri(config()), (p) => p.diagnostics.length === 0);
    changed();
    await cleared;
    const ds = await changeNote(server, uri(), NOTE + 'Pt suffers from MS.\n', 40);
    assert.equal(ds.find((d) => d.code === 'pfl.wheelchair-bound')!.severity, 4);
    assert.ok(!ds.some((d) => d.code === 'pfl.suffering-victim'), 'accepted terms are never flagged');
  });

  it('lints an open configuration file from its buffer', async () => {
    const cfgUri = fileUri(config());
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: cfgUri, languageId: 'json', version: 1, text: '{ "rules": { "nope.rule": "off" } }' } });
    const p = await server.diagnostics(cfgUri, (p) => p.version === 1);
    assert.equal(p.diagnostics.length, 1);
    assert.deepEqual(p.diagnostics[0]!.range.start, { line: 0, character: 13 });
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: cfgUri } });
  });

  it('adds a flagged term to the project\'s accepted terms at once: the file on disk, formatting and comments kept', async () => {
    writeConfig('{\n    // team choices\n    "rules": { "pfl.wheelchair-bound": "hint" },\n    "vocabulary": { "accept": ["suffers from"] } /* keep */\n}\n');
    changed();
    const ds = await changeNote(server, uri(), 'Pt refused stretching.\n', 50);
    const d = ds.find((x) => x.code === 'adhere.refused')!;
    const action = (await codeActions(server, uri(), [d])).find((a) => a.title.startsWith('Add “refused” to the project'))!;
    assert.ok(action);
    assert.equal(action.edit, undefined, 'no edit left for an editor tab');
    const cleared = server.diagnostics(uri(), (p) => p.diagnostics.length === 0);
    const result = (await server.connection.sendRequest('workspace/executeCommand', action.command)) as { applied: boolean };
    assert.equal(result.applied, true);
    await cleared; // without a watcher event or a save
    const next = readFileSync(config(), 'utf8');
    assert.equal(next, '{\n    // team choices\n    "rules": { "pfl.wheelchair-bound": "hint" },\n    "vocabulary": { "accept": ["suffers from", "refused"] } /* keep */\n}\n');
    const again = await changeNote(server, uri(), 'Pt refused stretching.\nPt refused.\n', 51);
    assert.deepEqual(again, []);
  });

  it('creates a .rapportrc.json in the workspace folder when there is none, and the finding goes at once', async () => {
    const sub = join(dir, 'fresh');
    mkdirSync(sub);
    const created = join(dir, '.rapportrc.json');
    const saved = readFileSync(created, 'utf8');
    rmSync(created);
    changed(3);
    const note = fileUri(join(sub, 'n.md'));
    const ds = await openNote(server, note, 'Pt refused stretching.\n');
    const action = (await codeActions(server, note, ds.filter((d) => d.code === 'adhere.refused'))).find((a) => a.title.includes('(new .rapportrc.json)'))!;
    assert.ok(action);
    const cleared = server.diagnostics(note, (p) => p.diagnostics.length === 0);
    assert.equal(((await server.connection.sendRequest('workspace/executeCommand', action.command)) as { applied: boolean }).applied, true);
    await cleared;
    assert.deepEqual(JSON.parse(readFileSync(created, 'utf8')), { vocabulary: { accept: ['refused'] } });
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: note } });
    writeFileSync(created, saved);
    changed();
  });

  it('ignores notes matching the ignore globs', async () => {
    writeConfig({ ignore: ['notes/**'] });
    changed();
    await server.diagnostics(uri(), (p) => p.diagnostics.length === 0);
    const other = fileUri(join(dir, 'other.md'));
    const ds = await openNote(server, other, NOTE);
    assert.ok(ds.length > 0);
  });

  it('lint workspace publishes diagnostics for notes that are not open', async () => {
    writeConfig({});
    changed();
    writeFileSync(join(dir, 'closed.md'), 'Pt suffers from MS.\n');
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'x.md'), 'Pt suffers from MS.\n');
    const closed = fileUri(join(dir, 'closed.md'));
    const p = server.diagnostics(closed, (p) => p.diagnostics.length > 0);
    const result = (await server.connection.sendRequest('workspace/executeCommand', { command: 'rapport.server.lintWorkspace', arguments: [] })) as { files: number };
    assert.equal((await p).diagnostics[0]!.code, 'pfl.suffering-victim');
    assert.equal(result.files, 1, 'open notes and node_modules are skipped');
  });
});

describe('language server: Workspace Trust', function () {
  this.timeout(20_000);
  let server: TestServer;
  let dir: string;
  let messages: Array<{ type: number; message: string }>;
  before(async () => {
    dir = tempDir();
    writeFileSync(join(dir, '.rapportrc.json'), JSON.stringify({ rules: { 'pfl.wheelchair-bound': 'error' }, vocabulary: { reject: [{ term: 'tolerated' }], accept: ['suffers from'] } }));
    server = await startServer({ workspace: { configuration: true } }, ['--stdio'], { initializationOptions: { workspaceTrusted: false } });
    messages = collectMessages(server);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ignores workspace vocabulary in an untrusted workspace and says so once', async () => {
    const a = fileUri(join(dir, 'a.md'));
    const ds = await openNote(server, a, 'Pt is wheelchair-bound and tolerated it. Pt suffers from MS.\n');
    assert.deepEqual(ds.map((d) => d.code).sort(), ['pfl.suffering-victim', 'pfl.wheelchair-bound']);
    assert.equal(ds.find((d) => d.code === 'pfl.wheelchair-bound')!.severity, 1, 'severities still apply');
    await openNote(server, fileUri(join(dir, 'b.md')), 'Pt tolerated it.\n');
    await until(() => messages.length > 0, 5000, 'trust message');
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(messages.length, 1);
    assert.match(messages[0]!.message, /not trusted.*vocabulary/);
  });

  it('offers no "add to accepted terms" while untrusted', async () => {
    const c = fileUri(join(dir, 'c.md'));
    const ds = await openNote(server, c, 'Pt is wheelchair-bound.\n');
    const titles = (await codeActions(server, c, ds)).map((x) => x.title);
    assert.ok(titles.some((t) => t.startsWith('Disable')), titles.join('; '));
    assert.ok(!titles.some((t) => t.includes('accepted terms')), titles.join('; '));
  });

  it('applies them once the workspace is trusted', async () => {
    const a = fileUri(join(dir, 'a.md'));
    server.connection.sendNotification('rapport/didChangeWorkspaceTrust', { trusted: true });
    const p = await server.diagnostics(a, (p) => p.diagnostics.some((d) => d.code === 'vocabulary.term'));
    assert.ok(!p.diagnostics.some((d) => d.code === 'pfl.suffering-victim'));
  });
});

describe('language server: hostile configuration in an untrusted workspace', function () {
  this.timeout(30_000);
  let server: TestServer;
  let parent: string;
  let ws: string;
  let messages: Array<{ type: number; message: string }>;
  before(async () => {
    parent = tempDir();
    ws = join(parent, 'ws');
    for (const d of ['zero', 'fifo', 'passwd']) mkdirSync(join(ws, d), { recursive: true });
    symlinkSync('/dev/zero', join(ws, 'zero', '.rapportrc.json'));
    execFileSync('mkfifo', [join(ws, 'fifo', '.rapportrc.json')]);
    writeFileSync(join(parent, 'secret.json'), '{"patient": "Jane Roe, MRN 4471"}\nroot:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(join(parent, 'secret.json'), join(ws, 'passwd', '.rapportrc.json'));
    // Above the workspace folder: never applied in an untrusted workspace.
    writeFileSync(join(parent, '.rapportrc.json'), JSON.stringify({ rules: { 'pfl.wheelchair-bound': 'off' } }));
    server = await startServer({ workspace: { configuration: true } }, ['--stdio'], {
      workspaceFolders: [{ uri: fileUri(ws), name: 'ws' }],
      initializationOptions: { workspaceTrusted: false },
    });
    messages = collectMessages(server);
  });
  after(async () => {
    await server.stop();
    rmSync(parent, { recursive: true, force: true });
  });

  for (const [folder, reason] of [
    ['zero', /not a regular file|outside the workspace/],
    ['fifo', /not a regular file/],
    ['passwd', /outside the workspace/],
  ] as const) {
    it(`a .rapportrc.json in ${folder}/ is refused with a reason, and the note is still linted`, async () => {
      const configUri = fileUri(join(ws, folder, '.rapportrc.json'));
      const configDiagnostics = server.diagnostics(configUri, (p) => p.diagnostics.length > 0);
      const ds = await openNote(server, fileUri(join(ws, folder, 'n.md')), NOTE);
      assert.ok(ds.some((d) => d.code === 'pfl.wheelchair-bound'), 'linted, and the folder above the workspace was not applied');
      const p = await configDiagnostics;
      assert.match(p.diagnostics[0]!.message, reason);
      assert.equal(server.process.exitCode, null);
    });
  }

  it('no message or diagnostic repeats another file\'s content; the server stays small', async () => {
    await until(() => messages.length >= 3, 5000, 'one message per refused file');
    const everything = JSON.stringify(messages);
    assert.doesNotMatch(everything, /Jane|4471|root:x|bash/);
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.process.pid}/status`, 'utf8'))![1]) * 1024;
    assert.ok(rss < 400 * 1024 * 1024, `server memory ${Math.round(rss / 1048576)} MB`);
  });
});

describe('language server: a configuration being typed with auto-save', function () {
  this.timeout(20_000);
  let server: TestServer;
  let dir: string;
  let messages: Array<{ type: number; message: string }>;
  before(async () => {
    dir = tempDir();
    writeFileSync(join(dir, '.rapportrc.json'), '{}\n');
    server = await startServer({ workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }, ['--stdio'], {
      workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
    });
    messages = collectMessages(server);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows each stage\'s problem in the file, at its place, with no pop-up per save', async () => {
    const path = join(dir, '.rapportrc.json');
    const uri = fileUri(path);
    await openNote(server, fileUri(join(dir, 'n.md')), NOTE);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'jsonc', version: 1, text: '{}\n' } });
    let version = 1;
    for (const text of ['{ "rules": { "pfl.w": "off" } }\n', '{ "rules": { "pfl.wheel": "off" } }\n', '{ "rules": { "pfl.wheelchair-bound": "of", "x.y": "off" } }\n']) {
      version++;
      server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      const p = await server.diagnostics(uri, (d) => d.version === version);
      assert.equal(p.diagnostics.length, text.includes('"of"') ? 2 : 1, 'each problem listed once');
      const shown = p.diagnostics.map((d) => text.slice(d.range.start.character, d.range.end.character)).sort();
      assert.deepEqual(shown, text.includes('"of"') ? ['"of"', '"x.y"'] : [/"pfl\.\w+"/.exec(text)![0]], 'at the exact place');
      writeFileSync(path, text); // auto-save
      server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await changeNote(server, fileUri(join(dir, 'n.md')), NOTE + '\n'.repeat(version), version);
    }
    assert.deepEqual(messages, [], 'the open file tells its problems in place');
  });

  it('a file changed on disk while not open notifies once per distinct problem', async () => {
    const path = join(dir, '.rapportrc.json');
    const uri = fileUri(path);
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    messages.length = 0;
    for (const text of ['{ "mode": "clinicl" }', '{ "mode": "clinicl" }\n', '{\n  "mode": "clinicl"\n}\n']) {
      writeFileSync(path, text);
      const p = server.diagnostics(uri, (d) => d.diagnostics.length === 1);
      server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await p;
    }
    await changeNote(server, fileUri(join(dir, 'n.md')), NOTE + 'x\n', 100);
    assert.equal(messages.length, 1, JSON.stringify(messages));
    writeFileSync(path, '{ "colour": 1 }');
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    await until(() => messages.length === 2, 5000, 'a new problem is told');
  });
});
