/** Whatever a client sends, the server answers: malformed diagnostics data, missing fields. */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type TestServer } from '../helpers/lsp-client.ts';
import { fileUri, openNote, tempDir } from './helpers.ts';

const NOTE = 'Pt is wheelchair-bound.\n';

describe('language server: malformed requests', function () {
  this.timeout(20_000);
  let server: TestServer;
  let dir: string;
  const logs: string[] = [];

  before(async () => {
    dir = tempDir();
    server = await startServer({}, ['--stdio'], { workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] });
    server.connection.onNotification('window/logMessage', (m: { message: string }) => logs.push(m.message));
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const uri = () => fileUri(join(dir, 'note.md'));
  const range = { start: { line: 0, character: 6 }, end: { line: 0, character: 22 } };

  it('code actions ignore diagnostics whose data is not a finding, or that have no range', async () => {
    await openNote(server, uri(), NOTE);
    const bad: unknown[] = [
      { ruleId: 'pfl.wheelchair-bound', start: 6, suggestions: [1, null] },
      { ruleId: 'pfl.wheelchair-bound', start: 6, end: 22, suggestions: ['x'], text: 5, fix: 'safe', family: 'disability', message: 'm' },
      { ruleId: 'pfl.wheelchair-bound', start: 6, end: 22, suggestions: ['x'], text: 'wheelchair-bound', fix: 'safe', family: 7, message: 'm' },
    ];
    for (const data of bad) {
      const actions = await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range,
        context: { diagnostics: [{ source: 'rapport', code: 'not-a-rule', message: 'm', range, data }] },
      });
      assert.deepEqual(actions, [], JSON.stringify(data));
    }
    const noRange = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range,
      context: { diagnostics: [{ source: 'rapport', code: 'pfl.wheelchair-bound', message: 'm' }] },
    });
    assert.deepEqual(noRange, []);
    const noContext = await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri() }, range });
    assert.deepEqual(noContext, []);
  });

  it('a typing notification without parameters is ignored, not logged as a failure', async () => {
    server.connection.sendNotification('rapport/typing', null);
    server.connection.sendNotification('rapport/typing', { uri: uri(), position: { line: 'x' } });
    // A request after the notifications: they have been handled by the time it answers.
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri() }, position: { line: 0, character: 8 } });
    assert.deepEqual(logs.filter((l) => /failed/.test(l)), []);
  });
});
