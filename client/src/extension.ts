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
import { registerCommands } from './commands.ts';
import { registerStatusBar, type StatusSnapshot } from './status.ts';
import { registerQuietTyping } from './quiet-typing.ts';

/** Project configuration files: linted by the server (diagnostics on the file) and watched for changes. */
const CONFIG_GLOB = '**/{.rapportrc.json,rapport.config.json}';

/** The server's diagnostic code for a configuration file that is not valid JSON (server/src/lsp/project-config.ts). */
const CONFIG_SYNTAX_CODE = 'rapport.config.syntax';

/** An open document that VS Code's own JSON support validates. */
function validatedAsJson(uri: vscode.Uri): boolean {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return !!doc && (doc.languageId === 'json' || doc.languageId === 'jsonc');
}

let client: LanguageClient | undefined;

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
        output.appendLine('Rapport: the language server stopped 5 times in 3 minutes and will not be restarted. Run "Rapport: Restart Server" after fixing the cause.');
        return { action: CloseAction.DoNotRestart };
      }
      output.appendLine('Rapport: the language server stopped; restarting it.');
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
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', pattern: CONFIG_GLOB },
    ],
    synchronize: { configurationSection: 'rapport', fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_GLOB) },
    // Workspace Trust: in an untrusted workspace the server ignores the project's vocabulary and globs.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    outputChannel: output,
    errorHandler: restartingErrorHandler(output),
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: {
      // VS Code's JSON support already marks where an open configuration file's JSON breaks: list that once.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.filter((d) => !(d.code === CONFIG_SYNTAX_CODE && validatedAsJson(uri)))),
    },
  };
  client = new LanguageClient('rapport', 'Rapport', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('rapport.restartServer', async () => {
      await client?.restart();
    }),
  );
  registerCommands(context, () => client);
  const statusBar = registerStatusBar(context);
  registerQuietTyping(context, () => client);
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('rapport/didChangeWorkspaceTrust', { trusted: true })),
  );
  await client.start();
  return { statusBar };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
