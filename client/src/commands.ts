/** The palette commands: new note from a template, lint workspace, fix all in file, rule documentation, walkthrough steps. */
import * as vscode from 'vscode';
import { showRuleDocumentation, registerRenderedDocs } from './rule-docs.ts';
import { newNoteFromTemplate } from './templates.ts';
import { addTeamConfig, openExampleNote } from './getting-started.ts';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient';

export function registerCommands(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  const run = async (command: string, args: unknown[] = []) => {
    const c = client();
    if (!c) {
      void vscode.window.showWarningMessage('Rapport: the language server is not running.');
      return undefined;
    }
    return c.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  };

  registerRenderedDocs(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('rapport.lintWorkspace', async () => {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Rapport: linting the workspace' }, () => run('rapport.server.lintWorkspace'));
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('rapport.fixAllInFile', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') return;
      const result = (await run('rapport.server.fixAll', [editor.document.uri.toString()])) as { edits: number } | undefined;
      if (result && result.edits === 0) void vscode.window.showInformationMessage('Rapport: nothing in this note can be fixed automatically.');
    }),
    vscode.commands.registerCommand('rapport.newNoteFromTemplate', (prefix?: unknown) =>
      newNoteFromTemplate(context.extensionUri, typeof prefix === 'string' ? prefix : undefined),
    ),
    vscode.commands.registerCommand('rapport.openExampleNote', () => openExampleNote(context.extensionUri)),
    vscode.commands.registerCommand('rapport.addTeamConfig', () => addTeamConfig()),
    vscode.commands.registerCommand('rapport.showRuleDocumentation', (ruleId?: unknown) =>
      showRuleDocumentation(context.extensionUri, typeof ruleId === 'string' ? ruleId : undefined),
    ),
  );
}
