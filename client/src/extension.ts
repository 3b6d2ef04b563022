/**
 * The VS Code side of Rapport: starts the language server over IPC for
 * Markdown documents and restarts it if it crashes. All linting happens in the
 * server; the client adds only what needs the editor (commands, status bar).
 * The web client (browser-extension.ts) shares everything but the transport
 * through client-wiring.ts.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { ClientSession } from './client-session.ts';
import { CONFIG_GLOB, clientOptions, wireClient, type RapportApi } from './client-wiring.ts';

export type { RapportApi } from './client-wiring.ts';

let session: ClientSession | undefined;

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
  const selector = [
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'markdown' },
    { scheme: 'file', pattern: CONFIG_GLOB },
  ];
  // Built afresh for every start: see client-session.ts for why a restart needs a new client.
  session = new ClientSession(() => new LanguageClient('rapport', 'Rapport', serverOptions, clientOptions(context, output, selector, configWatcher)), output);
  const api = wireClient(context, session);
  await session.start();
  return api;
}

export async function deactivate(): Promise<void> {
  await session?.stop();
  session = undefined;
}
