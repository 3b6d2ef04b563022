/**
 * The web side of Rapport (vscode.dev, github.dev, code-server's browser extension host): the same client as
 * extension.ts (client-wiring.ts), with the language server in a Web Worker (dist/web/server.js) instead of
 * a Node process. The worker has no file system, so the project configuration reaches it from here
 * (web-config-sync.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CONFIG_GLOB, clientOptions, wireClient, type RapportApi } from './client-wiring.ts';
import { syncConfigFiles } from './web-config-sync.ts';

/** The browser's Worker, as used here (the project's TypeScript setup has no DOM library). */
type ServerWorker = ConstructorParameters<typeof LanguageClient>[3] & { terminate(): void };
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

let client: LanguageClient | undefined;
let worker: ServerWorker | undefined;
let configSync: vscode.Disposable | undefined;

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

async function start(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<LanguageClient> {
  worker = new Worker(await serverUrl(context), { name: 'Rapport language server' });
  // Notes may live on any scheme in the browser (vscode-vfs, vscode-remote, memfs...), so select by language.
  const selector = [{ language: 'markdown' }, { pattern: CONFIG_GLOB }];
  return new LanguageClient('rapport', 'Rapport', clientOptions(output, selector, undefined), worker);
}

async function run(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  client = await start(context, output);
  await client.start();
  configSync = await syncConfigFiles(client);
}

async function stop(): Promise<void> {
  configSync?.dispose();
  configSync = undefined;
  await client?.dispose();
  client = undefined;
  // The client only closes its side of the connection; the worker lives until it is terminated.
  worker?.terminate();
  worker = undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<RapportApi> {
  const output = vscode.window.createOutputChannel('Rapport');
  // A worker is not restarted in place: stop it and start a fresh one.
  const api = wireClient(context, () => client, async () => {
    await stop();
    await run(context, output);
  });
  await run(context, output);
  return api;
}

export async function deactivate(): Promise<void> {
  await stop();
}
