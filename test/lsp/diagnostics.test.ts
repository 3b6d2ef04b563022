/** The real server process over stdio: open → diagnostics → change → updated diagnostics → shutdown. */
import assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver/node';
import { startServer, type TestServer } from '../helpers/lsp-client.ts';

const URI = 'file:///tmp/rapport-test/note.md';

describe('language server: diagnostics', function () {
  this.timeout(20_000);

  describe('push (client without pull support)', () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ workspace: { configuration: true } });
    });
    after(() => server.stop());

    it('publishes findings on open with code, source, doc link and the finding in data', async () => {
      server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: URI, languageId: 'markdown', version: 1, text: '# S:\n\nNaren is wheelchair-bound.\n' },
      });
      const p = await server.diagnostics(URI, (d) => d.diagnostics.length > 0);
      assert.equal(p.version, 1);
      const d = p.diagnostics[0]!;
      assert.equal(d.source, 'rapport');
      assert.equal(d.code, 'pfl.wheelchair-bound');
      assert.match(d.codeDescription!.href, /pfl\.wheelchair-bound\.md$/);
      assert.deepEqual(d.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 25 } }); // "is wheelchair-bound" → "uses a wheelchair"
      assert.equal((d.data as { ruleId: string }).ruleId, 'pfl.wheelchair-bound');
    });

    it('updates after a change, with the new version', async () => {
      server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version: 2 },
        contentChanges: [{ range: { start: { line: 2, character: 9 }, end: { line: 2, character: 25 } }, text: 'uses a wheelchair' }],
      });
      const p = await server.diagnostics(URI, (d) => d.version === 2);
      assert.deepEqual(p.diagnostics, []);
    });

    it('drops results for versions overtaken by newer edits', async () => {
      for (let v = 3; v <= 6; v++) {
        server.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri: URI, version: v },
          contentChanges: [{ text: v % 2 ? 'Pt is wheelchair-bound.\n' : 'Pt uses a wheelchair.\n' }],
        });
      }
      const p = await server.diagnostics(URI);
      assert.equal(p.version, 6, 'only the last version is published after rapid edits');
      assert.deepEqual(p.diagnostics, []);
    });

    it('honours rapport.enable = false', async () => {
      server.settings = { enable: false };
      server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 7 }, contentChanges: [{ text: 'Pt is wheelchair-bound.\n' }] });
      const p = await server.diagnostics(URI, (d) => d.version === 7);
      assert.deepEqual(p.diagnostics, []);
      server.settings = {};
    });

    it('survives hostile input: binary, huge, unterminated fences, astral characters', async () => {
      const inputs = ['\u0000\u0001binary', 'x'.repeat(2_000_000) + ' wheelchair-bound', '```\nunterminated wheelchair-bound', '😀😀 wheelchair-bound 😀'];
      let v = 100;
      for (const text of inputs) {
        const uri = `file:///tmp/rapport-test/hostile-${v}.md`;
        server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: v, text } });
        const p = await server.diagnostics(uri, () => true, 15_000);
        assert.ok(Array.isArray(p.diagnostics));
        v++;
      }
      // The astral case: the finding starts after two surrogate pairs + space = UTF-16 column 5.
      assert.equal(server.process.exitCode, null, 'server still running');
    });
  });

  describe('pull (LSP 3.17 textDocument/diagnostic)', () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } });
    });
    after(() => server.stop());

    it('answers diagnostic requests for the current version, with unchanged reports when nothing changed', async () => {
      const uri = 'file:///tmp/rapport-test/pull.md';
      server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'He is confined to a wheelchair.\r\nOK.\r\n' } });
      const first = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport & { items: Diagnostic[]; resultId: string };
      assert.equal(first.kind, 'full');
      assert.equal(first.items.length, 1);
      assert.deepEqual(first.items[0]!.range.start, { line: 0, character: 3 });
      const second = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId })) as DocumentDiagnosticReport;
      assert.equal(second.kind, 'unchanged');
      server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'He uses a wheelchair.\n' }] });
      const third = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId })) as DocumentDiagnosticReport & { items: Diagnostic[] };
      assert.equal(third.kind, 'full');
      assert.deepEqual(third.items, []);
    });
  });

  it('also runs over --node-ipc', async () => {
    const { spawn } = await import('node:child_process');
    const { SERVER } = await import('../helpers/lsp-client.ts');
    const child = spawn(process.execPath, [SERVER, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const reply = await new Promise<unknown>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no reply over IPC')), 10_000);
      child.on('message', (m: { id?: number; result?: unknown }) => {
        if (m.id === 1) {
          clearTimeout(t);
          resolve(m.result);
        }
      });
      child.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    });
    assert.equal((reply as { serverInfo: { name: string } }).serverInfo.name, 'rapport-language-server');
    child.kill();
  });

  it('refuses to start without a transport, with a one-line message', async () => {
    const { spawnSync } = await import('node:child_process');
    const { SERVER } = await import('../helpers/lsp-client.ts');
    const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--stdio/);
  });
});
