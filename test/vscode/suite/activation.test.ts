/**
 * Activation and diagnostics, inside a real VS Code.
 *
 * The workspace is a temporary copy of test/vscode/workspace/ made by test/vscode/run.mjs:
 *   notes/flagged.md  contains "wheelchair-bound" (rule pfl.wheelchair-bound)
 *   notes/clean.md    the same note written without flagged language
 *
 * Every wait is on an event or a state with a bounded timeout, never a fixed sleep: diagnostics arrive
 * asynchronously from the language server, and their timing varies with machine load.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  describeDiagnostics,
  openNote,
  rapportExtension,
  saveNote,
  ruleId,
  waitForActivation,
  waitForRapportDiagnostics,
  withRule,
  workspaceUri,
} from './helpers';

describe('Rapport in VS Code', () => {
  after(async () => {
    // Leave the workbench tidy for whichever test file runs next; every edited note is saved back to its
    // original text, so nothing is dirty and closing cannot raise a save prompt.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is installed under its published id', () => {
    assert.equal(rapportExtension().id, EXTENSION_ID);
  });

  it('activates when a Markdown note is opened', async () => {
    const extension = rapportExtension();
    await openNote('notes/flagged.md');
    await waitForActivation(extension);
  });

  it('reports "wheelchair-bound" with its rule id, source, severity, message and doc link', async () => {
    const uri = workspaceUri('notes/flagged.md');
    await openNote('notes/flagged.md');
    const diagnostics = await waitForRapportDiagnostics(uri, (d) => d.length > 0, 'rapport diagnostics');

    const document = await vscode.workspace.openTextDocument(uri);
    const flagged = withRule(diagnostics, 'pfl.wheelchair-bound');
    assert.equal(flagged.length, 1, `expected one pfl.wheelchair-bound diagnostic; got ${describeDiagnostics(diagnostics)}`);
    const [diagnostic] = flagged as [vscode.Diagnostic];
    assert.match(document.getText(diagnostic.range), /wheelchair-bound/i, 'the range should cover "wheelchair-bound"');
    assert.equal(diagnostic.range.start.line, 4, 'the finding is on line 5 of notes/flagged.md');
    assert.equal(diagnostic.source, 'rapport');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning, 'pfl.wheelchair-bound is a warning by default');
    assert.match(diagnostic.message, /wheelchair/i, 'the message should explain the finding');

    // The rule id is a link to the rule's documentation (VS Code shows it as a clickable code in the hover and
    // the Problems panel). The server links to the bundled docs/rules/ page, or the public one without it.
    const code = diagnostic.code;
    assert.ok(code !== undefined && typeof code === 'object', `code should be { value, target } (a doc link); got ${JSON.stringify(code)}`);
    assert.equal(ruleId(diagnostic), 'pfl.wheelchair-bound');
    const target = code.target;
    assert.ok(target instanceof vscode.Uri, 'code.target should be a Uri');
    assert.ok(['file', 'https'].includes(target.scheme), `the doc link should be a local file or https; got ${target.toString()}`);
    assert.match(target.path, /\/docs\/rules\/pfl\.wheelchair-bound\.md$/, `the doc link should name the rule's page; got ${target.toString()}`);
    if (target.scheme === 'file') {
      // A local link must point at a page that exists (the extension ships docs/rules/).
      const stat = await vscode.workspace.fs.stat(target);
      assert.equal(stat.type, vscode.FileType.File, `${target.fsPath} should be a file`);
    }
  });

  it('reports nothing for a clean note, and clears diagnostics when the wording is fixed', async () => {
    const uri = workspaceUri('notes/clean.md');
    const editor = await openNote('notes/clean.md');
    const original = editor.document.getText();

    // "No diagnostics" alone could just mean the server has not answered yet. So first prove the server is
    // linting this very document: introduce a finding and wait for it...
    const sentence = '\nShe was wheelchair-bound for a year.\n';
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((edit) => edit.insert(end, sentence)), 'could not edit the clean note');
    await waitForRapportDiagnostics(uri, (d) => d.length > 0, 'a diagnostic for the inserted sentence');

    // ...then take it out again, which must bring the clean note back to zero diagnostics. An explicit edit,
    // not the "revert file" command: under load that command was seen to resolve while the extension host's
    // copy of the document still held the sentence; edit() resolves once the document has changed.
    const insertedAt = editor.document.offsetAt(end);
    const inserted = new vscode.Range(end, editor.document.positionAt(insertedAt + sentence.length));
    assert.ok(await editor.edit((edit) => edit.delete(inserted)), 'could not remove the inserted sentence');
    assert.equal(editor.document.getText(), original, 'removing the sentence should restore the clean note exactly');
    await waitForRapportDiagnostics(uri, (d) => d.length === 0, 'diagnostics to clear once the sentence is gone');

    // The content equals the file on disk again; saving clears the dirty flag so closing cannot prompt.
    await saveNote(editor.document);
    assert.equal(editor.document.isDirty, false, 'the clean note should not be left dirty');
  });
});
