/**
 * Entry point of the browser language server (dist/web/server.js), a classic Web Worker script started by
 * the web client. The same wiring as the Node server (lsp/server.ts), over postMessage.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server.ts';

declare const RAPPORT_VERSION: string;

/** The worker's global scope, as far as it is used here (the project's TypeScript setup has no DOM library). */
interface WorkerScope {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: { message?: string; reason?: unknown }) => void): void;
}
declare const self: WorkerScope;
const port = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port));

// One bad document must not take the server down: log and carry on.
self.addEventListener('error', (event) => connection.console.error(`Rapport: uncaught ${event.message ?? 'error'}`));
self.addEventListener('unhandledrejection', (event) => connection.console.error(`Rapport: unhandled rejection ${String(event.reason)}`));

startServer(connection, { serverDir: '', version: typeof RAPPORT_VERSION === 'string' ? RAPPORT_VERSION : 'dev' });
