/**
 * The browser language server (dist/web/server.js) in a real browser: headless Chromium loads it as a classic
 * Web Worker and lints a note over postMessage, with the project configuration sent the way the web client
 * sends it. Skipped when Chromium is not installed (.ci/run installs it).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { hasChromium } from '../helpers/chromium.ts';
import { startWorkerServer, WEB_SERVER, type Message, type WorkerServer } from './worker-client.ts';
import { CONFIG_FILES_NOTIFICATION } from '../../server/src/web/protocol.ts';

const ROOT = 'vscode-test-web://mount';
const NOTE_URI = `${ROOT}/notes/visit.md`;
const CONFIG_URI = `${ROOT}/.rapportrc.json`;
const NOTE = 'Pt is wheelchair-bound and refuses the home exercise program.\n';

const codes = (m: Message) => (m.params.diagnostics as Array<{ code: string }>).map((d) => d.code).sort();

describe('web: language server in a browser Web Worker', function () {
  this.timeout(60_000);
  let server: WorkerServer;

  before(async function () {
    if (!hasChromium()) this.skip();
    assert.ok(existsSync(WEB_SERVER), 'dist/web/server.js is missing: run `npm run build`');
    server = await startWorkerServer();
  });
  after(async () => server?.close());

  it('initializes over postMessage and names itself', async () => {
    const init = await server.request('initialize', { processId: null, rootUri: ROOT, capabilities: {}, workspaceFolders: [{ uri: ROOT, name: 'mount' }] });
    assert.equal(init.error, undefined);
    assert.equal(init.result.serverInfo.name, 'rapport-language-server');
    assert.ok(init.result.capabilities.codeActionProvider, 'code actions are offered');
    await server.notify('initialized', {});
  });

  it('publishes diagnostics for an opened note', async () => {
    const before = (await server.received()).length;
    await server.notify('textDocument/didOpen', { textDocument: { uri: NOTE_URI, languageId: 'markdown', version: 1, text: NOTE } });
    const published = await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === NOTE_URI, before);
    assert.deepEqual(codes(published), ['adhere.refused', 'pfl.wheelchair-bound']);
    const range = (published.params.diagnostics as Array<{ code: string; range: { start: { character: number }; end: { character: number } } }>).find((d) => d.code === 'pfl.wheelchair-bound')!.range;
    assert.match(NOTE.slice(range.start.character, range.end.character), /wheelchair-bound/);
  });

  it('applies a project file the client sends, then re-lints on the file event', async () => {
    const before = (await server.received()).length;
    await server.notify(CONFIG_FILES_NOTIFICATION, { files: [{ uri: CONFIG_URI, text: JSON.stringify({ rules: { 'pfl.wheelchair-bound': 'off' } }) }] });
    await server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: 1 }] });
    const published = await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === NOTE_URI, before);
    assert.deepEqual(codes(published), ['adhere.refused']);
  });

  it('reports a broken project file on the file and keeps the last good one', async () => {
    const before = (await server.received()).length;
    await server.notify(CONFIG_FILES_NOTIFICATION, { files: [{ uri: CONFIG_URI, text: '{ "rules": { "pfl.wheelchair-bound": "of" } }' }] });
    await server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: 2 }] });
    const onFile = await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === CONFIG_URI && m.params.diagnostics.length > 0, before);
    assert.equal(onFile.params.diagnostics[0].code, 'rapport.config');
    const note = await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === NOTE_URI, before);
    assert.deepEqual(codes(note), ['adhere.refused'], 'the last valid configuration stays in force');
  });

  it('offers to add a flagged term to the project file it was sent', async () => {
    const published = (await server.received()).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === NOTE_URI).pop()!;
    const diagnostic = published.params.diagnostics[0];
    const actions = await server.request('textDocument/codeAction', { textDocument: { uri: NOTE_URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const titles = (actions.result as Array<{ title: string }>).map((a) => a.title);
    assert.ok(titles.some((t) => t.includes('accepted terms (.rapportrc.json)')), titles.join(' | '));
  });

  it("stops linting a note the project file's ignore globs cover", async () => {
    const before = (await server.received()).length;
    await server.notify(CONFIG_FILES_NOTIFICATION, { files: [{ uri: CONFIG_URI, text: JSON.stringify({ ignore: ['notes/**'] }) }] });
    await server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: 2 }] });
    const published = await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === NOTE_URI, before);
    assert.deepEqual(codes(published), []);
    assert.deepEqual(await server.errors(), []);
  });
});
