/**
 * A configuration file open in VS Code: each problem is listed once (Rapport's diagnostic, at its place; VS
 * Code's JSON support gets a schema for completion only), and comments are allowed (the file is JSON with
 * comments). The test writes notes/config-file/.rapportrc.json and removes it afterwards.
 */
import * as assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { describeDiagnostics, poll, waitForRapportDiagnostics, workspaceUri } from './helpers';

// Duplicate keys: VS Code's JSON support always warns about them, and Rapport does not, so once those
// warnings are there VS Code has validated the file.
const TEXT = '{\n  // comments are allowed\n  "mode": "clinical",\n  "mode": "clinical",\n  "rules": { "pfl.wheelchair-bond": "off" }\n}\n';

describe('Rapport configuration file in VS Code', () => {
  const folder = workspaceUri('notes/config-file');
  const config = vscode.Uri.joinPath(folder, '.rapportrc.json');
  before(async () => {
    await mkdir(folder.fsPath, { recursive: true });
    await writeFile(config.fsPath, TEXT);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await rm(folder.fsPath, { recursive: true, force: true });
  });

  it('lists each problem once, at its place, and accepts comments', async () => {
    const document = await vscode.workspace.openTextDocument(config);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'jsonc');
    const ours = await waitForRapportDiagnostics(config, (d) => d.length > 0, 'the unknown rule diagnostic');
    const all = await poll(
      () => {
        const now = vscode.languages.getDiagnostics(config);
        return now.filter((d) => /duplicate/i.test(d.message)).length >= 2 ? now : undefined;
      },
      "VS Code's own JSON validation (duplicate keys)",
      60_000,
      () => describeDiagnostics(vscode.languages.getDiagnostics(config)),
    );
    assert.equal(ours.length, 1, describeDiagnostics(ours));
    assert.match(ours[0]!.message, /Unknown rule or family "pfl\.wheelchair-bond"/);
    assert.equal(document.getText(ours[0]!.range), '"pfl.wheelchair-bond"');
    const others = all.filter((d) => d.source !== 'rapport' && !/duplicate/i.test(d.message));
    assert.deepEqual(others.map((d) => d.message), [], `the problem is listed once; all: ${describeDiagnostics(all)}`);
  });

  it('a JSON syntax error is listed once too (VS Code marks it; Rapport does not repeat it)', async () => {
    const document = await vscode.workspace.openTextDocument(config);
    const editor = await vscode.window.showTextDocument(document);
    const broken = '{\n  "mode": "clinical"\n  "rules": {}\n}\n';
    await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), broken));
    await waitForRapportDiagnostics(config, (d) => d.length === 0, 'Rapport to leave the syntax error to VS Code');
    const all = await poll(
      () => {
        const now = vscode.languages.getDiagnostics(config);
        return now.some((d) => d.severity === vscode.DiagnosticSeverity.Error) ? now : undefined;
      },
      "VS Code's JSON syntax error",
      60_000,
      () => describeDiagnostics(vscode.languages.getDiagnostics(config)),
    );
    assert.equal(all.filter((d) => d.range.start.line === 2).length, 1, describeDiagnostics(all));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
