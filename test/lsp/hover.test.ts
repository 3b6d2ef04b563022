/** Hover over a finding: what, why (short), better wording, source with links. */
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver/node';
import { startServer, type TestServer } from '../helpers/lsp-client.ts';
import { openNote } from './helpers.ts';

describe('language server: hover', function () {
  this.timeout(20_000);
  let server: TestServer;
  const uri = 'file:///tmp/rapport-hover/note.md';
  before(async () => {
    server = await startServer({ workspace: { configuration: true } });
    await openNote(server, uri, '# S:\n\n😀 Naren is wheelchair-bound since 2019.\n\nClean line.\n');
  });
  after(() => server.stop());

  const hover = (line: number, character: number) => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;

  it('explains the finding in short Markdown with better wording and links', async () => {
    const h = (await hover(2, 20))!;
    assert.ok(h, 'a hover');
    const md = (h.contents as MarkupContent).value;
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    assert.match(md, /pfl\.wheelchair-bound/);
    assert.match(md, /\*\*Flagged:\*\* “is wheelchair-bound”/);
    assert.match(md, /\*\*Why:\*\*/);
    assert.match(md, /\*\*Better:\*\* “uses a wheelchair”/);
    assert.match(md, /\[Rule documentation\]\([^)]*pfl\.wheelchair-bound\.md\)/);
    assert.match(md, /Source: \[[^\]]+\]\([^)]+\)/);
    assert.ok(md.split('\n').length <= 12, 'short');
    assert.ok(md.length < 1200, `short, got ${md.length} chars`);
    // Range in UTF-16 units after an astral character.
    assert.deepEqual(h.range, { start: { line: 2, character: 9 }, end: { line: 2, character: 28 } });
  });

  it('returns null away from findings', async () => {
    assert.equal(await hover(4, 2), null);
    assert.equal(await hover(0, 0), null);
  });
});
