/** The palette commands: lint workspace, fix all in file, show rule documentation. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
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
    vscode.commands.registerCommand('rapport.showRuleDocumentation', async (ruleId?: string) => {
      const docsDir = context.asAbsolutePath(path.join('docs', 'rules'));
      let id = typeof ruleId === 'string' ? ruleId : undefined;
      if (!id) {
        // The rule at the cursor, if any; otherwise let the writer pick one.
        const editor = vscode.window.activeTextEditor;
        if (editor) {
          const here = vscode.languages
            .getDiagnostics(editor.document.uri)
            .find((d) => d.source === 'rapport' && d.range.contains(editor.selection.active));
          if (here && typeof here.code === 'string') id = here.code;
          else if (here && here.code && typeof here.code === 'object') id = String(here.code.value);
        }
      }
      if (!id) {
        let ids: string[] = [];
        try {
          ids = fs.readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();
        } catch {
          /* no bundled docs */
        }
        id = await vscode.window.showQuickPick(['README', ...ids], { placeHolder: 'Rapport rule' });
        if (!id) return;
      }
      const file = path.join(docsDir, `${id}.md`);
      if (fs.existsSync(file)) await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(file));
      else await vscode.env.openExternal(vscode.Uri.parse(`https://github.com/rapport-notes/rapport/blob/main/docs/rules/${id}.md`));
    }),
  );
}
