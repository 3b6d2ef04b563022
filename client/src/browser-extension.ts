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
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3] & { terminate(): void };

let client: LanguageClient | undefined;
let configSync: vscode.Disposable | undefined;

function start(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const worker = new Worker(serverMain.toString(true), { name: 'Rapport language server' });
  // Notes may live on any scheme in the browser (vscode-vfs, vscode-remote, memfs...), so select by language.
  const selector = [{ language: 'markdown' }, { pattern: CONFIG_GLOB }];
  const c = new LanguageClient('rapport', 'Rapport', clientOptions(output, selector, undefined), worker);
  return c;
}

async function run(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  client = start(context, output);
  await client.start();
  configSync = await syncConfigFiles(client);
}

async function stop(): Promise<void> {
  configSync?.dispose();
  configSync = undefined;
  await client?.dispose();
  client = undefined;
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
