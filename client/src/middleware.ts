/**
 * Client middleware shared by the desktop and browser clients:
 * - the extension's own Markdown (its rule pages, its README) is never sent to the server, so a rule page that
 *   quotes "wheelchair-bound" as an example does not fill Problems with findings;
 * - the server's "open documentation" command (in every finding's code actions) opens the rendered page here,
 *   instead of the raw Markdown file the server can only point at;
 * - `rapport.languagePreference` reaches the server only when someone chose it: the Settings UI needs a
 *   default value, but person-first-by-default must not count as a stated preference (APA 7 lets the person's
 *   preference decide, and with none stated both forms pass).
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

/** Removes `languagePreference` from a `rapport` configuration answer when it is only the default. */
export function withoutDefaultPreference(value: unknown, scopeUri: string | undefined): unknown {
  if (!value || typeof value !== 'object' || !('languagePreference' in value)) return value;
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const inspected = vscode.workspace.getConfiguration('rapport', scope).inspect('languagePreference');
  const chosen = [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue].some((v) => v !== undefined);
  if (chosen) return value;
  const { languagePreference: _default, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** The server's diagnostic code for a configuration file that is not valid JSON (server/src/lsp/project-config.ts). */
const CONFIG_SYNTAX_CODE = 'rapport.config.syntax';

/** An open document that VS Code's own JSON support validates. */
function validatedAsJson(uri: vscode.Uri): boolean {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return !!doc && (doc.languageId === 'json' || doc.languageId === 'jsonc');
}

export function clientMiddleware(extensionUri: vscode.Uri): Middleware {
  const own = (document: vscode.TextDocument | vscode.Uri) => isOwnFile(extensionUri, document instanceof vscode.Uri ? document : document.uri);
  return {
    didOpen: (document, next) => (own(document) ? Promise.resolve() : next(document)),
    didChange: (event, next) => (own(event.document) ? Promise.resolve() : next(event)),
    didSave: (document, next) => (own(document) ? Promise.resolve() : next(document)),
    didClose: (document, next) => (own(document) ? Promise.resolve() : next(document)),
    // VS Code's JSON support already marks where an open configuration file's JSON breaks: list that once.
    handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.filter((d) => !(d.code === CONFIG_SYNTAX_CODE && validatedAsJson(uri)))),
    provideDiagnostics: (document, previousResultId, token, next) =>
      own(document) ? { kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] } : next(document, previousResultId, token),
    workspace: {
      configuration: async (params, token, next) => {
        const values = await next(params, token);
        if (!Array.isArray(values)) return values;
        return values.map((value, i) => (params.items[i]?.section === 'rapport' ? withoutDefaultPreference(value, params.items[i]?.scopeUri) : value));
      },
    },
    executeCommand: async (command, args, next) => {
      if (command !== SERVER_OPEN_DOCS_COMMAND) return next(command, args);
      const [ruleId] = args as [unknown];
      await vscode.commands.executeCommand(SHOW_RULE_DOCUMENTATION, typeof ruleId === 'string' ? ruleId : undefined);
      return true;
    },
  };
}
