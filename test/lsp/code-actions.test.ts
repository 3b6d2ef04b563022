/** Code actions over the real server: every kind, stateless from Diagnostic.data, edits that touch only the finding. */
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver/node';
import { startServer, type TestServer } from '../helpers/lsp-client.ts';
import { applyTextEdits, changeNote, codeActions, editsFor, openNote } from './helpers.ts';

const NOTE = '# S:\n\nPt is wheelchair-bound since 2019.\n\nPt suffers from MS. Brother suffers from asthma.\n\nPt refused stretching again today.\n';

describe('language server: code actions', function () {
  this.timeout(20_000);
  let server: TestServer;
  let n = 0;
  const uri = () => `file:///tmp/rapport-actions/note-${n}.md`;
  before(async () => {
    server = await startServer({ workspace: { configuration: true }, window: { showDocument: { support: true } } });
  });
  after(() => server.stop());
  beforeEach(() => n++);

  const byRule = (ds: Diagnostic[], id: string) => ds.filter((d) => d.code === id);

  it('offers each suggestion as a quick fix, the first preferred, built from Diagnostic.data', async () => {
    const ds = await openNote(server, uri(), NOTE);
    const d = byRule(ds, 'pfl.wheelchair-bound')[0]!;
    const actions = await codeActions(server, uri(), [d]);
    const replace = actions.filter((a) => a.title.startsWith('Replace with'));
    assert.equal(replace.length, 1);
    assert.equal(replace[0]!.isPreferred, true);
    assert.equal(replace[0]!.kind, 'quickfix');
    assert.equal(actions.indexOf(replace[0]!), 0, 'the preferred fix comes first');
    const after = applyTextEdits(NOTE, editsFor(replace[0]!.edit, uri()));
    assert.equal(after, NOTE.replace('is wheelchair-bound', 'uses a wheelchair'));
    // Stateless: the same diagnostic sent to a fresh request on an unrelated server state still works.
    const again = await codeActions(server, uri(), [d]);
    assert.deepEqual(again.map((a) => a.title), actions.map((a) => a.title));
  });

  it('offers several suggestions in order', async () => {
    const text = 'Refuses to wear the cervical collar in the w/c.\n';
    const ds = await openNote(server, uri(), text);
    const actions = await codeActions(server, uri(), byRule(ds, 'adhere.refused'));
    const replace = actions.filter((a) => a.title.startsWith('Replace with'));
    assert.deepEqual(replace.map((a) => a.title), ['Replace with “Declines to”', 'Replace with “Chooses not to”']);
    assert.deepEqual(replace.map((a) => !!a.isPreferred), [true, false]);
  });

  it('does not offer a replacement when the text under the diagnostic has changed', async () => {
    const ds = await openNote(server, uri(), NOTE);
    const d = byRule(ds, 'pfl.wheelchair-bound')[0]!;
    await changeNote(server, uri(), NOTE.replace('wheelchair-bound', 'wheelchair-using'), 2);
    const actions = await codeActions(server, uri(), [d]);
    assert.equal(actions.filter((a) => a.title.startsWith('Replace with')).length, 0);
  });

  it('fixes all findings of one rule, re-linting the current text, with non-overlapping edits', async () => {
    const ds = await openNote(server, uri(), NOTE);
    const d = byRule(ds, 'pfl.suffering-victim')[0]!;
    const actions = await codeActions(server, uri(), [d]);
    const all = actions.find((a) => a.title.startsWith('Fix all pfl.suffering-victim'))!;
    assert.ok(all, `no fix-all-of-rule action in ${actions.map((a) => a.title).join(' | ')}`);
    const after = applyTextEdits(NOTE, editsFor(all.edit, uri()));
    assert.equal(after, NOTE.replace('Pt suffers from MS', 'Pt has MS').replace('Brother suffers from asthma', 'Brother has asthma'));
    const ds2 = await changeNote(server, uri(), after, 2);
    assert.equal(byRule(ds2, 'pfl.suffering-victim').length, 0);
    assert.equal(byRule(ds2, 'pfl.wheelchair-bound').length, 1, 'other rules untouched');
  });

  it('source.fixAll.rapport applies only safe fixes, from a fresh lint', async () => {
    const ds = await openNote(server, uri(), NOTE);
    assert.ok(byRule(ds, 'adhere.refused').length === 1);
    const actions = await codeActions(server, uri(), [], ['source.fixAll']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.rapport');
    const after = applyTextEdits(NOTE, editsFor(actions[0]!.edit, uri()));
    assert.match(after, /Pt uses a wheelchair since 2019/);
    assert.match(after, /Pt refused stretching/, 'suggest-level fixes are not applied in bulk');
    const ds2 = await changeNote(server, uri(), after, 2);
    assert.deepEqual(ds2.map((d) => d.code), ['adhere.refused']);
    // Nothing left to fix: no action.
    assert.deepEqual(await codeActions(server, uri(), [], ['source.fixAll.rapport']), []);
    // Quick-fix requests do not include it.
    const quick = await codeActions(server, uri(), ds2, ['quickfix']);
    assert.ok(quick.every((a) => a.kind === 'quickfix'));
  });

  it('disables the rule for this line with a comment above it, keeping indentation and CRLF', async () => {
    const text = '# O:\r\n\r\n- Transfers:\r\n\r\n  Pt is wheelchair-bound since 2019.\r\n';
    const ds = await openNote(server, uri(), text);
    const d = byRule(ds, 'pfl.wheelchair-bound')[0]!;
    const action = (await codeActions(server, uri(), [d])).find((a) => a.title === 'Disable pfl.wheelchair-bound for this line')!;
    const after = applyTextEdits(text, editsFor(action.edit, uri()));
    assert.equal(after, '# O:\r\n\r\n- Transfers:\r\n\r\n  <!-- rapport-disable-next-line pfl.wheelchair-bound -->\r\n  Pt is wheelchair-bound since 2019.\r\n');
    const ds2 = await changeNote(server, uri(), after, 2);
    assert.equal(byRule(ds2, 'pfl.wheelchair-bound').length, 0);
    assert.equal(byRule(ds2, 'rapport.unknown-rule').length, 0);
  });

  it('extends an existing disable-next-line comment instead of stacking another', async () => {
    const text = '<!-- rapport-disable-next-line adhere.refused -->\nPt refused stretching; pt is wheelchair-bound.\n';
    const ds = await openNote(server, uri(), text);
    const d = byRule(ds, 'pfl.wheelchair-bound')[0]!;
    const action = (await codeActions(server, uri(), [d])).find((a) => a.title === 'Disable pfl.wheelchair-bound for this line')!;
    const after = applyTextEdits(text, editsFor(action.edit, uri()));
    assert.equal(after, '<!-- rapport-disable-next-line adhere.refused pfl.wheelchair-bound -->\nPt refused stretching; pt is wheelchair-bound.\n');
    assert.deepEqual(await changeNote(server, uri(), after, 2), []);
  });

  it('disables the rule for the file after the front matter', async () => {
    const text = '---\nmode: clinical\n---\n# S:\n\nPt is wheelchair-bound.\n\nBrother is wheelchair-bound too.\n';
    const ds = await openNote(server, uri(), text);
    const d = byRule(ds, 'pfl.wheelchair-bound')[1]!;
    const action = (await codeActions(server, uri(), [d])).find((a) => a.title === 'Disable pfl.wheelchair-bound for this file')!;
    const after = applyTextEdits(text, editsFor(action.edit, uri()));
    assert.equal(after, '---\nmode: clinical\n---\n<!-- rapport-disable pfl.wheelchair-bound -->\n# S:\n\nPt is wheelchair-bound.\n\nBrother is wheelchair-bound too.\n');
    assert.deepEqual(await changeNote(server, uri(), after, 2), []);
  });

  it('opens the rule documentation through window/showDocument', async () => {
    const ds = await openNote(server, uri(), NOTE);
    const d = byRule(ds, 'pfl.wheelchair-bound')[0]!;
    const action = (await codeActions(server, uri(), [d])).find((a) => a.title.startsWith('Open documentation'))!;
    assert.equal(action.command!.command, 'rapport.server.openRuleDocumentation');
    let shown: { uri: string } | undefined;
    server.connection.onRequest('window/showDocument', (p: { uri: string }) => {
      shown = p;
      return { success: true };
    });
    const result = await server.connection.sendRequest('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });
    assert.equal(result, true);
    assert.match(shown!.uri, /pfl\.wheelchair-bound\.md$/);
  });

  it('"fix all in file" command applies safe fixes via workspace/applyEdit', async () => {
    await openNote(server, uri(), NOTE);
    let edit: WorkspaceEdit | undefined;
    server.connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      edit = p.edit;
      return { applied: true };
    });
    const result = (await server.connection.sendRequest('workspace/executeCommand', { command: 'rapport.server.fixAll', arguments: [uri()] })) as { applied: boolean; edits: number };
    assert.deepEqual(result, { applied: true, edits: 3 });
    const after = applyTextEdits(NOTE, editsFor(edit, uri()));
    assert.equal(after, NOTE.replace('is wheelchair-bound', 'uses a wheelchair').replace('Pt suffers from MS', 'Pt has MS').replace('Brother suffers from asthma', 'Brother has asthma'));
  });

  it('rebuilds actions for a client that drops Diagnostic.data', async () => {
    const ds = await openNote(server, uri(), NOTE);
    const d = { ...byRule(ds, 'pfl.wheelchair-bound')[0]! };
    delete d.data;
    const actions: CodeAction[] = await codeActions(server, uri(), [d]);
    assert.ok(actions.some((a) => a.title === 'Replace with “uses a wheelchair”'));
  });
});
