/** Commands behind the "Get started with Rapport" walkthrough: the example note and the team configuration. */
import * as vscode from 'vscode';

const EXAMPLE = ['examples', 'naren-initial-evaluation.draft.md'];
const CONFIG_NAME = '.rapportrc.json';
/** The starter team file: the recommended rules and the default preference, for the team to adjust. */
const STARTER_CONFIG = `${JSON.stringify({ extends: 'rapport:recommended', languagePreference: 'person-first', rules: {} }, null, 2)}\n`;

/** Opens the bundled example note as an unsaved copy, so fixing it changes nothing on disk. */
export async function openExampleNote(extensionUri: vscode.Uri): Promise<void> {
  let content: string;
  try {
    content = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...EXAMPLE)));
  } catch {
    void vscode.window.showWarningMessage(vscode.l10n.t('Rapport: the example note is not part of this installation.'));
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document);
}

/** Opens the workspace's .rapportrc.json, creating a starter file first when there is none. */
export async function addTeamConfig(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Rapport: open a folder first; the team configuration lives in it.'));
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_NAME);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(STARTER_CONFIG));
  }
  await vscode.window.showTextDocument(uri);
}
