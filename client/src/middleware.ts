/**
 * Client middleware shared by the desktop and browser clients:
 * - the extension's own Markdown (its rule pages, its README) is never sent to the server, so a rule page that
 *   quotes "wheelchair-bound" as an example does not fill Problems with findings;
 * - the server's "open documentation" command (in every finding's code actions) opens the rendered page here,
 *   instead of the raw Markdown file the server can only point at.
 */
import * as vscode from 'vscode';
import { vsdiag, type Middleware } from 'vscode-languageclient';

export const SERVER_OPEN_DOCS_COMMAND = 'rapport.server.openRuleDocumentation';
export const SHOW_RULE_DOCUMENTATION = 'rapport.showRuleDocumentation';

/** Whether a document is one of the extension's own files: anything in its docs/ folder, or Markdown at its root. */
export function isOwnFile(extensionUri: vscode.Uri, uri: vscode.Uri): boolean {
  if (uri.scheme !== extensionUri.scheme || uri.authority !== extensionUri.authority) return false;
  const root = extensionUri.path.replace(/\/+$/, '');
  if (!uri.path.startsWith(`${root}/`)) return false;
  const inside = uri.path.slice(root.length + 1);
  return inside.startsWith('docs/') || (!inside.includes('/') && /\.(md|markdown)$/i.test(inside));
}

export function clientMiddleware(extensionUri: vscode.Uri): Middleware {
  const own = (document: vscode.TextDocument | vscode.Uri) => isOwnFile(extensionUri, document instanceof vscode.Uri ? document : document.uri);
  return {
    didOpen: (document, next) => (own(document) ? Promise.resolve() : next(document)),
    didChange: (event, next) => (own(event.document) ? Promise.resolve() : next(event)),
    didSave: (document, next) => (own(document) ? Promise.resolve() : next(document)),
    didClose: (document, next) => (own(document) ? Promise.resolve() : next(document)),
    provideDiagnostics: (document, previousResultId, token, next) =>
      own(document) ? { kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] } : next(document, previousResultId, token),
    executeCommand: async (command, args, next) => {
      if (command !== SERVER_OPEN_DOCS_COMMAND) return next(command, args);
      const [ruleId] = args as [unknown];
      await vscode.commands.executeCommand(SHOW_RULE_DOCUMENTATION, typeof ruleId === 'string' ? ruleId : undefined);
      return true;
    },
  };
}
