/**
 * Quiet while typing: a finding on the word being typed is held back until the
 * cursor leaves the word, then it appears (rapport.quietWhileTyping, default on).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openNote, rapportExtension, ruleId, waitForActivation, waitForRapportDiagnostics } from './helpers';

describe('Rapport quiet while typing in VS Code', () => {
  it('holds back a finding on the word being typed until the cursor moves away', async () => {
    const editor = await openNote('notes/quiet.md');
    await waitForActivation(rapportExtension());
    const uri = editor.document.uri;
    await waitForRapportDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'cred.judgment-verb'), 'the "claims" finding');

    // One edit, as typing produces: rewrite "claims…" and end on the word being typed.
    const line = editor.document.lineAt(2);
    const from = line.text.indexOf('claims');
    const typed = 'reports the pain is worse. He is wheelchair-bound';
    await editor.edit((e) => e.replace(new vscode.Range(2, from, 2, line.text.length), typed));
    const end = new vscode.Position(2, from + typed.length);
    editor.selection = new vscode.Selection(end, end);

    // The "claims" finding goes (so the edit was linted) while the typed word's finding stays quiet.
    const during = await waitForRapportDiagnostics(uri, (d) => !d.some((x) => ruleId(x) === 'cred.judgment-verb'), 'the lint of the edit');
    assert.deepEqual(during.filter((x) => ruleId(x) === 'pfl.wheelchair-bound').map((x) => x.message), [], 'no finding on the word being typed');

    // Leave the word: the finding appears.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await waitForRapportDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'pfl.wheelchair-bound'), 'the held-back finding after the cursor left the word');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
