/** Status-bar item for the active Markdown note: Rapport's findings by severity; click opens Problems. */
import * as vscode from 'vscode';
import { statusText, type Counts } from './status-text.ts';

export interface StatusSnapshot {
  text: string;
  tooltip: string;
  visible: boolean;
}

/** Creates the status-bar item; returns a reader of its current state (exposed in the extension API for tests). */
export function registerStatusBar(context: vscode.ExtensionContext): () => StatusSnapshot {
  const item = vscode.window.createStatusBarItem('rapport.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Rapport';
  item.command = 'workbench.actions.view.problems';
  let visible = false;
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      item.hide();
      visible = false;
      return;
    }
    const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const d of vscode.languages.getDiagnostics(editor.document.uri)) {
      if (d.source !== 'rapport') continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
      else if (d.severity === vscode.DiagnosticSeverity.Information) counts.info++;
      else counts.hint++;
    }
    const { text, tooltip } = statusText(counts, vscode.l10n.t);
    item.text = text;
    item.tooltip = tooltip;
    item.show();
    visible = true;
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
  );
  update();
  return () => ({ text: item.text, tooltip: typeof item.tooltip === 'string' ? item.tooltip : '', visible });
}
