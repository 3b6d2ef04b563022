/**
 * What the desktop client (extension.ts, Node) and the web client (browser-extension.ts, Web Worker) share:
 * the client options, the crash policy, and the editor-side features wired to a running client. Each entry
 * point only decides how the language server is started.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type BaseLanguageClient, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';
import { ClientSession, serverOutputChannel } from './client-session.ts';
import { clientMiddleware } from './middleware.ts';
import { registerCommands } from './commands.ts';
import { registerStatusBar, type StatusSnapshot } from './status.ts';
import { registerQuietTyping } from './quiet-typing.ts';

/** Project configuration files: linted by the server (diagnostics on the file) and watched for changes. */
export const CONFIG_GLOB = '**/{.rapportrc.json,rapport.config.json}';

/** What the extension exposes to other extensions (and to its integration tests). */
export interface RapportApi {
  statusBar(): StatusSnapshot;
}

/** Restart after a crash, but give up if the server keeps crashing (5 times in 3 minutes). */
export function restartingErrorHandler(output: vscode.OutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0]! > 3 * 60_000) crashes.shift();
      if (crashes.length > 5) {
        output.appendLine(vscode.l10n.t('Rapport: the language server stopped 5 times in 3 minutes and will not be restarted. Run "Rapport: Restart Language Server" after fixing the cause.'));
        return { action: CloseAction.DoNotRestart };
      }
      output.appendLine(vscode.l10n.t('Rapport: the language server stopped; restarting it.'));
      return { action: CloseAction.Restart };
    },
  };
}

/** Client options for the documents in `documentSelector` (the desktop client lints files; the web one any workspace scheme). */
export function clientOptions(
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
  documentSelector: LanguageClientOptions['documentSelector'],
  fileEvents: vscode.FileSystemWatcher | undefined,
): LanguageClientOptions {
  return {
    documentSelector,
    synchronize: { configurationSection: 'rapport', ...(fileEvents ? { fileEvents } : {}) },
    // Workspace Trust: in an untrusted workspace the server ignores the project's vocabulary and globs.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    outputChannel: serverOutputChannel(output),
    errorHandler: restartingErrorHandler(output),
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: clientMiddleware(context.extensionUri),
  };
}

/**
 * Registers the commands, status bar, quiet typing and trust notification around a client session; returns
 * the API. A restart builds a new client (client-session.ts says why); `create` decides how it reaches its
 * server (a Node process, or a Web Worker).
 */
export function wireClient(context: vscode.ExtensionContext, session: ClientSession): RapportApi {
  const client = session.current;
  context.subscriptions.push(
    session,
    vscode.commands.registerCommand('rapport.restartServer', () => session.restart()),
  );
  registerCommands(context, client);
  const statusBar = registerStatusBar(context);
  registerQuietTyping(context, client);
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client()?.sendNotification('rapport/didChangeWorkspaceTrust', { trusted: true })),
  );
  return { statusBar };
}
