/**
 * Tells the server where the writer is typing, so findings on that word stay
 * quiet until the cursor leaves it (rapport.quietWhileTyping; the server does
 * the filtering). Sends `rapport/typing` {uri, position} after an edit and
 * {uri, position: null} once the cursor is outside the word being typed.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

export function registerQuietTyping(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  const typing = new Map<string, vscode.Position>();
  const send = (uri: string, position: vscode.Position | null) =>
    void client()?.sendNotification('rapport/typing', { uri, position: position ? { line: position.line, character: position.character } : null });

  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId !== 'markdown' || e.contentChanges.length !== 1) return;
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document !== e.document) return;
      const change = e.contentChanges[0]!;
      if (change.text.includes('\n')) {
        // A new line ends the word.
        if (typing.delete(e.document.uri.toString())) send(e.document.uri.toString(), null);
        return;
      }
      const position = change.range.start.translate(0, change.text.length);
      typing.set(e.document.uri.toString(), position);
      send(e.document.uri.toString(), position);
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      const uri = e.textEditor.document.uri.toString();
      const at = typing.get(uri);
      if (!at) return;
      const cursor = e.selections[0]?.active;
      const word = e.textEditor.document.getWordRangeAtPosition(at, /[\p{L}\p{N}_'’-]+/u) ?? new vscode.Range(at, at);
      if (cursor && cursor.line === at.line && word.contains(cursor)) return;
      typing.delete(uri);
      send(uri, null);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => typing.delete(d.uri.toString())),
  );
}
