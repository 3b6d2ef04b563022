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

/**
 * A client whose server is a fresh Web Worker. A worker is not restarted in place: stopping the client
 * ends the worker (see WorkerClient) and a restart creates a new one, as client-session.ts does for the
 * Node client.
 */
class WorkerClient extends LanguageClient {
  private configSync: vscode.Disposable | undefined;
  constructor(
    options: ConstructorParameters<typeof LanguageClient>[2],
    private readonly serverWorker: ServerWorker,
  ) {
    super('rapport', 'Rapport', options, serverWorker);
  }
  override async start(): Promise<void> {
    await super.start();
    this.configSync = await syncConfigFiles(this);
  }
  override async dispose(timeout?: number): Promise<void> {
    this.configSync?.dispose();
    try {
      await super.dispose(timeout);
    } finally {
      // The client only closes its side of the connection; the worker lives until it is terminated.
      this.serverWorker.terminate();
    }
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<RapportApi> {
  const output = vscode.window.createOutputChannel('Rapport');
  context.subscriptions.push(output);
  const url = await serverUrl(context);
  // Notes may live on any scheme in the browser (vscode-vfs, vscode-remote, memfs...), so select by language.
  const selector = [{ language: 'markdown' }, { pattern: CONFIG_GLOB }];
  session = new ClientSession(() => new WorkerClient(clientOptions(context, output, selector, undefined), new Worker(url, { name: 'Rapport language server' })), output);
  const api = wireClient(context, session);
  await session.start();
  return api;
}

export async function deactivate(): Promise<void> {
  await session?.stop();
  session = undefined;
}
