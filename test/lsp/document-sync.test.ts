/**
 * The server's copy of a note after incremental changes with ranges no editor
 * should send: the text is what VS Code's text model would hold, and the line
 * index stays whole, so no diagnostic gets a `null` or out-of-document position.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';
import { syncedDocuments } from '../../server/src/lsp/document-sync.ts';
import { seededRandom } from '../../scripts/lib/random.mjs';
import { openNote, useServer } from './helpers.ts';

const pos = (line: unknown, character: unknown) => ({ line, character });

describe('language server: incremental changes', () => {
  describe('ranges are validated as an editor validates them', () => {
    const dropped: string[] = [];
    const sync = syncedDocuments((_uri, reason) => dropped.push(reason));
    const apply = (text: string, changes: unknown[]): string => {
      const doc = sync.create('file:///n.md', 'markdown', 1, text);
      return sync.update(doc, changes as never, 2).getText();
    };
    const change = (start: unknown, end: unknown, text: string) => ({ range: { start, end }, text });

    const cases: Array<[string, string, unknown[], string]> = [
      ['a range past the last line appends at the end', 'ab\ncd\n', [change(pos(5, 0), pos(6, 0), 'X\nY')], 'ab\ncd\nX\nY'],
      ['a character past the line end stops before the line ending', 'ab\r\ncd', [change(pos(0, 9), pos(0, 9), 'X')], 'abX\r\ncd'],
      ['a position between CR and LF is the end of the line', 'ab\r\ncd', [change(pos(0, 3), pos(1, 0), 'X')], 'abXcd'],
      ['a lone CR ends a line', 'ab\rcd\ref', [change(pos(1, 0), pos(1, 2), 'X')], 'ab\rX\ref'],
      ['negative positions are the start of the document', 'ab\ncd', [change(pos(-3, 4), pos(0, -2), 'X')], 'Xab\ncd'],
      ['a negative character is the start of its line', 'ab\ncd', [change(pos(1, -5), pos(1, 1), 'X')], 'ab\nXd'],
      ['a reversed range is turned round', 'abcdef', [change(pos(0, 4), pos(0, 1), 'X')], 'aXef'],
      ['an insertion inside a surrogate pair goes before the character', 'a😀b', [change(pos(0, 2), pos(0, 2), 'X')], 'aX😀b'],
      ['a deletion that cuts a surrogate pair takes the whole character', 'a😀b😀c', [change(pos(0, 2), pos(0, 5), '')], 'ac'],
      ['fractional positions are rounded down', 'abcdef', [change(pos(0, 1.5), pos(0, 3.9), 'X')], 'aXdef'],
      ['non-numeric positions are the start of the document', 'abc', [change(pos('1', null), pos(0, 0), 'X')], 'Xabc'],
      ['an infinite line is the end of the document', 'abc\n', [change(pos(Infinity, 0), pos(Infinity, 0), 'X')], 'abc\nX'],
      ['changes apply in order, each to the text the previous one left', 'ab', [change(pos(0, 2), pos(0, 2), '\ncd'), change(pos(1, 1), pos(1, 2), 'X')], 'ab\ncX'],
      ['a full change replaces everything', 'ab', [{ text: 'new' }, change(pos(0, 3), pos(0, 3), '!')], 'new!'],
    ];
    for (const [what, before, changes, after] of cases) {
      it(what, () => assert.equal(apply(before, changes), after));
    }

    it('drops changes that cannot be read, and says so', () => {
      dropped.length = 0;
      assert.equal(apply('abc', [{ range: null, text: 'X' }, { range: { start: pos(0, 0) }, text: 'Y' }, change(pos(0, 0), pos(0, 0), 7 as never), null]), 'abc');
      assert.equal(dropped.length, 4);
    });

    it('keeps the line index equal to one built from scratch, over random ranges inside and outside the text', () => {
      const random = seededRandom(9);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
      const pieces = ['a', 'Pt ', '\n', '\r\n', '\r', '😀', '𝒜 ', '- ', '> ', '|', '\n\n'];
      const doc = sync.create('file:///r.md', 'markdown', 1, 'start\r\nof\rnote\n');
      const coordinate = (max: number) => pick([0, Math.floor(random() * (max + 1)), max + 3, -1, 0.5 + Math.floor(random() * max)]);
      for (let i = 0; i < 3000; i++) {
        const text = Array.from({ length: Math.floor(random() * 4) }, () => pick(pieces)).join('');
        const start = pos(coordinate(doc.lineCount), coordinate(12));
        const end = random() < 0.5 ? start : pos(coordinate(doc.lineCount), coordinate(12));
        sync.update(doc, [change(start, end, text)] as never, i + 2);
        const fresh = TextDocument.create('file:///r.md', 'markdown', 0, doc.getText());
        assert.equal(doc.lineCount, fresh.lineCount, `line count after change ${i}`);
        for (let line = 0; line < fresh.lineCount; line++) {
          assert.equal(doc.offsetAt(pos(line, 0) as never), fresh.offsetAt(pos(line, 0) as never), `start of line ${line} after change ${i}`);
        }
        assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(doc.getText()), `half a surrogate pair after change ${i}`);
      }
    });
  });

  describe('over the protocol', function () {
    this.timeout(20_000);
    const server = useServer();

    it('a change past the last line leaves later diagnostics with whole, in-document positions', async () => {
      const uri = 'file:///tmp/rapport-sync/past-end.md';
      await openNote(server(), uri, 'Pt is wheelchair-bound.\nline two\n');
      const send = (version: number, range: unknown, text: string) =>
        server().connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
      send(2, { start: pos(5, 0), end: pos(6, 0) }, 'Pt refused stretching.\nmore');
      send(3, { start: pos(0, 0), end: pos(0, 0) }, 'Brother suffers from asthma.\n');
      const { diagnostics } = await server().diagnostics(uri, (p) => p.version === 3);
      const expected = 'Brother suffers from asthma.\nPt is wheelchair-bound.\nline two\nPt refused stretching.\nmore';
      const lines = expected.split('\n');
      const at = (d: Diagnostic) => lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);
      for (const d of diagnostics) {
        for (const p of [d.range.start, d.range.end]) {
          assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `position ${JSON.stringify(p)} of ${d.code}`);
          assert.ok(p.line < lines.length && p.character <= lines[p.line]!.length, `position ${JSON.stringify(p)} outside the note`);
        }
      }
      assert.deepEqual(
        diagnostics.map((d) => [d.code, at(d)]),
        [
          ['pfl.suffering-victim', 'suffers from'],
          ['pfl.wheelchair-bound', 'is wheelchair-bound'],
          ['adhere.refused', 'refused'],
        ],
      );
    });
  });
});
