/** The palette commands: new note from a template, lint workspace, fix all in file, rule documentation, walkthrough steps. */
import * as vscode from 'vscode';
import { showRuleDocumentation, registerRenderedDocs } from './rule-docs.ts';
import { newNoteFromTemplate } from './templates.ts';
import { addTeamConfig, openExampleNote } from './getting-started.ts';
import { ExecuteCommandRequest, WorkDoneProgress, type BaseLanguageClient } from 'vscode-languageclient';

export function registerCommands(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  const run = async (command: string, args: unknown[] = []) => {
    const c = client();
    if (!c) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Rapport: the language server is not running.'));
      return undefined;
    }
    return c.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  };

  registerRenderedDocs(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('rapport.lintWorkspace', () => lintWorkspace(client)),
    vscode.commands.registerCommand('rapport.fixAllInFile', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') return;
      const result = (await run('rapport.server.fixAll', [editor.document.uri.toString()])) as { edits: number } | undefined;
      if (result && result.edits === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Rapport: nothing in this note can be fixed automatically.'));
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

/**
 * "Lint All Notes in the Workspace" with a notification that counts the notes ("120 of 800 notes") and a
 * Cancel button; the server reports through LSP work-done progress and stops when the request is cancelled.
 */
async function lintWorkspace(client: () => BaseLanguageClient | undefined): Promise<void> {
  const c = client();
  if (!c) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Rapport: the language server is not running.'));
    return;
  }
  const title = vscode.l10n.t('Rapport: linting the workspace');
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, cancel) => {
    const workDoneToken = `rapport-lint-workspace-${Date.now()}`;
    let percent = 0;
    const listening = c.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind !== 'report') return;
      const next = value.percentage ?? percent;
      progress.report({ message: value.message, increment: Math.max(0, next - percent) });
      percent = next;
    });
    try {
      await c.sendRequest(ExecuteCommandRequest.type, { command: 'rapport.server.lintWorkspace', arguments: [], workDoneToken }, cancel);
    } catch (error) {
      if (!cancel.isCancellationRequested) throw error;
    } finally {
      listening.dispose();
    }
  });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}
