/**
 * The VS Code side of Rapport: starts the language server over IPC for
 * Markdown documents and restarts it if it crashes. All linting happens in the
 * server; the client adds only what needs the editor (commands, status bar).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ClientSession, serverOutputChannel } from './client-session.ts';
import { clientMiddleware } from './middleware.ts';
import { registerCommands } from './commands.ts';
import { registerStatusBar, type StatusSnapshot } from './status.ts';
import { registerQuietTyping } from './quiet-typing.ts';

/** Project configuration files: linted by the server (diagnostics on the file) and watched for changes. */
const CONFIG_GLOB = '**/{.rapportrc.json,rapport.config.json}';

let session: ClientSession | undefined;

/** Restart after a crash, but give up if the server keeps crashing (5 times in 3 minutes). */
function restartingErrorHandler(output: vscode.OutputChannel): ErrorHandler {
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

/** What the extension exposes to other extensions (and to its integration tests). */
export interface RapportApi {
  statusBar(): StatusSnapshot;
}

export async function activate(context: vscode.ExtensionContext): Promise<RapportApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel('Rapport');
  context.subscriptions.push(output);
  const configWatcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
  context.subscriptions.push(configWatcher);
  // Built afresh for every start: see client-session.ts for why a restart needs a new client.
  const clientOptions = (): LanguageClientOptions => ({
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', pattern: CONFIG_GLOB },
    ],
    synchronize: { configurationSection: 'rapport', fileEvents: configWatcher },
    // Workspace Trust: in an untrusted workspace the server ignores the project's vocabulary and globs.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    outputChannel: serverOutputChannel(output),
    errorHandler: restartingErrorHandler(output),
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: clientMiddleware(context.extensionUri),
  });
  session = new ClientSession(() => new LanguageClient('rapport', 'Rapport', serverOptions, clientOptions()), output);
  const client = session.current;
  context.subscriptions.push(
    session,
    vscode.commands.registerCommand('rapport.restartServer', () => session?.restart()),
  );
  registerCommands(context, client);
  const statusBar = registerStatusBar(context);
  registerQuietTyping(context, client);
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client()?.sendNotification('rapport/didChangeWorkspaceTrust', { trusted: true })),
  );
  await session.start();
  return { statusBar };
}

export async function deactivate(): Promise<void> {
  await session?.stop();
  session = undefined;
}
