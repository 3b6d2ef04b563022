/**
 * The palette commands the extension contributes are registered, and "Rapport: Fix All Safe Findings in This
 * Note" fixes the active note through the language server.
 *
 * Fixture notes/fix-all-command.md: "wheelchair-bound" (pfl.wheelchair-bound, safe fix) and "Pt claims"
 * (cred.judgment-verb, no safe fix).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  openNote,
  rapportExtension,
  restoreAndSave,
  waitForActivation,
  waitForRapportDiagnostics,
  withRule,
  workspaceUri,
} from './helpers';

const NOTE = 'notes/fix-all-command.md';
const RULE = 'pfl.wheelchair-bound';

describe('Rapport commands in VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers every command it contributes to the palette', async () => {
    const extension = rapportExtension();
    await openNote(NOTE);
    await waitForActivation(extension);
    const contributed = ((extension.packageJSON?.contributes?.commands ?? []) as { command: string }[]).map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered (the palette entry would fail): ${missing.join(', ')}`);
  });

  it('"Fix All Safe Findings in This Note" applies the safe fixes and leaves the rest', async () => {
    const uri = workspaceUri(NOTE);
    const editor = await openNote(NOTE);
    const document = editor.document;
    const original = document.getText();
    try {
      await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length === 1, `a ${RULE} diagnostic`);
      await vscode.commands.executeCommand('rapport.fixAllInFile');
      const text = document.getText();
      assert.ok(text.includes('university student who uses a wheelchair'), `the safe fix should be applied; the note is now:\n${text}`);
      assert.ok(!text.includes('wheelchair-bound'), 'the flagged wording should be gone');
      assert.ok(text.includes('Pt claims'), 'a finding without a safe fix must be left for the writer');
      await waitForRapportDiagnostics(
        uri,
        (d) => withRule(d, RULE).length === 0 && withRule(d, 'cred.judgment-verb').length === 1,
        `${RULE} to go away while cred.judgment-verb stays`,
      );
    } finally {
      await restoreAndSave(document, original);
    }
  });
});
