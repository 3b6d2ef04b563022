/** The status-bar item shows the active note's Rapport findings by severity, and follows changes. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openNote, poll, rapportExtension, waitForActivation, waitForRapportDiagnostics } from './helpers';

interface RapportApi {
  statusBar(): { text: string; tooltip: string; visible: boolean };
}

const warningsIn = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;

describe('Rapport status bar in VS Code', () => {
  it('shows the warning count of the active note and follows an edit', async () => {
    const editor = await openNote('notes/status.md');
    const extension = rapportExtension();
    await waitForActivation(extension);
    const api = extension.exports as RapportApi;
    assert.equal(typeof api?.statusBar, 'function', 'the extension exports statusBar()');
    const before = await waitForRapportDiagnostics(editor.document.uri, (d) => warningsIn(d) >= 2, 'two warnings');
    const w1 = warningsIn(before);
    await poll(() => (api.statusBar().visible && api.statusBar().text.includes(`$(warning) ${w1}`) ? true : undefined), `"$(warning) ${w1}" in the status bar`, 30_000, () => JSON.stringify(api.statusBar()));

    const line = editor.document.lineAt(2);
    const start = line.text.indexOf('is wheelchair-bound');
    assert.ok(start >= 0);
    await editor.edit((e) => e.replace(new vscode.Range(2, start, 2, start + 'is wheelchair-bound'.length), 'uses a wheelchair'));
    const after = await waitForRapportDiagnostics(editor.document.uri, (d) => warningsIn(d) === w1 - 1, 'one warning fewer');
    const w2 = warningsIn(after);
    await poll(() => (api.statusBar().text.includes(`$(warning) ${w2}`) ? true : undefined), `"$(warning) ${w2}" in the status bar`, 30_000, () => JSON.stringify(api.statusBar()));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('hides when the active editor is not Markdown', async () => {
    const api = rapportExtension().exports as RapportApi;
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'plain text' });
    await vscode.window.showTextDocument(doc);
    await poll(() => (api.statusBar().visible ? undefined : true), 'the status bar to hide', 30_000, () => JSON.stringify(api.statusBar()));
  });
});

describe('Rapport status bar and Problems agree', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('counts only what Problems lists; hints are named in the tooltip instead', async () => {
    // notes/hints.md: "c/o" (cred.complains-of, a hint in clinical notes) and "wheelchair-bound" (a warning).
    const editor = await openNote('notes/hints.md');
    await waitForActivation(rapportExtension());
    const api = rapportExtension().exports as RapportApi;
    const diagnostics = await waitForRapportDiagnostics(
      editor.document.uri,
      (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Hint) && warningsIn(d) === 1,
      'a hint and a warning',
    );
    const listed = diagnostics.filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint);
    const hints = diagnostics.length - listed.length;
    const status = await poll(() => (api.statusBar().text.startsWith('Rapport $(') ? api.statusBar() : undefined), 'the status bar to show counts', 30_000, () => JSON.stringify(api.statusBar()));
    const shown = [...status.text.matchAll(/\$\((?:error|warning|info)\) (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.equal(shown, listed.length, `the status bar counts ${shown}, Problems lists ${listed.length} (${status.text})`);
    assert.match(status.tooltip, new RegExp(`${hints} hints? (is|are) marked in the note`), status.tooltip);
  });
});
