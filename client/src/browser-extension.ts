/**
 * The web side of Rapport (vscode.dev, github.dev, code-server's browser extension host): the same client as
 * extension.ts (client-wiring.ts), with the language server in a Web Worker (dist/web/server.js) instead of
 * a Node process. The worker has no file system, so the project configuration reaches it from here
 * (web-config-sync.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { ClientSession } from './client-session.ts';
import { CONFIG_GLOB, clientOptions, wireClient, type RapportApi } from './client-wiring.ts';
import { syncConfigFiles } from './web-config-sync.ts';

/** The browser's Worker, as used here (the project's TypeScript setup has no DOM library). */
type ServerWorker = ConstructorParameters<typeof LanguageClient>[3] & { terminate(): void };
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

let session: ClientSession | undefined;
/**
 * The URL to start the server worker from. vscode.dev and github.dev serve extensions over https, which a
 * Worker can load directly. An extension installed on a remote (code-server, a browser-based dev container)
 * has a vscode-remote: URI, which the web extension host refuses for workers; its text is read through
 * vscode.workspace.fs and started from a blob: URL instead.
 */
async function serverUrl(context: vscode.ExtensionContext): Promise<string> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  if (['https', 'http', 'file'].includes(serverMain.scheme)) return serverMain.toString(true);
  const script = await vscode.workspace.fs.readFile(serverMain);
  return URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
}

let worker: ServerWorker | undefined;
let configSync: vscode.Disposable | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<RapportApi> {
  const output = vscode.window.createOutputChannel('Rapport');
  context.subscriptions.push(output);
  const url = await serverUrl(context);
  // Notes may live on any scheme in the browser (vscode-vfs, vscode-remote, memfs...), so select by language.
  const selector = [{ language: 'markdown' }, { pattern: CONFIG_GLOB }];
  session = new ClientSession(() => {
    // A worker is not restarted in place: each client gets a fresh one, and the old one is ended.
    worker?.terminate();
    worker = new Worker(url, { name: 'Rapport language server' });
    return new LanguageClient('rapport', 'Rapport', clientOptions(context, output, selector, undefined), worker);
  }, output);
  const api = wireClient(context, session);
  // The worker has no file system: send it the project files once each client runs.
  session.onDidStart(async (client) => {
    configSync?.dispose();
    configSync = await syncConfigFiles(client as LanguageClient);
  });
  await session.start();
  return api;
}

export async function deactivate(): Promise<void> {
  configSync?.dispose();
  await session?.stop();
  session = undefined;
  worker?.terminate();
  worker = undefined;
}
