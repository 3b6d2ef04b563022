/** Quiet while typing: findings on the word being typed wait until the cursor leaves it. */
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../helpers/lsp-client.ts';
import { changeNote, openNote } from './helpers.ts';

describe('language server: quiet while typing', function () {
  this.timeout(20_000);
  let server: TestServer;
  const uri = 'file:///tmp/rapport-quiet/note.md';
  before(async () => {
    server = await startServer({ workspace: { configuration: true } });
  });
  after(() => server.stop());

  it('holds back findings touching the typed word, then shows them when the cursor moves away', async () => {
    await openNote(server, uri, 'Pt is wheelchair\n');
    server.connection.sendNotification('rapport/typing', { uri, position: { line: 0, character: 22 } });
    const typing = await changeNote(server, uri, 'Pt is wheelchair-bound\nPt suffers from MS.\n', 2);
    assert.deepEqual(typing.map((d) => d.code), ['pfl.suffering-victim'], 'only the finding away from the cursor');
    server.connection.sendNotification('rapport/typing', { uri, position: null });
    const p = await server.diagnostics(uri, (p) => p.diagnostics.length === 2);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['pfl.wheelchair-bound', 'pfl.suffering-victim']);
  });

  it('can be switched off with rapport.quietWhileTyping', async () => {
    server.settings = { quietWhileTyping: false };
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    server.connection.sendNotification('rapport/typing', { uri, position: { line: 0, character: 22 } });
    const ds = await changeNote(server, uri, 'Pt is wheelchair-bound\n', 3);
    assert.deepEqual(ds.map((d) => d.code), ['pfl.wheelchair-bound']);
    server.settings = {};
  });
});
