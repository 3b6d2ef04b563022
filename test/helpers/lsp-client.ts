/**
 * A small LSP client for tests: spawns the built server over stdio and speaks
 * JSON-RPC through vscode-languageserver's own protocol connection.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ClientCapabilities,
} from 'vscode-languageserver/node';

export const REPO = join(__dirname, '..', '..');
export const SERVER = join(REPO, 'dist', 'server', 'server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Waits for the next publishDiagnostics for `uri` matching `predicate`. */
  diagnostics(uri: string, predicate?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Replies to workspace/configuration requests with this `rapport` section. */
  settings: Record<string, unknown>;
  stop(): Promise<void>;
}

/** Extra `initialize` parameters (workspace folders, initializationOptions). */
export interface InitExtras {
  rootUri?: string | null;
  workspaceFolders?: Array<{ uri: string; name: string }> | null;
  initializationOptions?: unknown;
}

export async function startServer(capabilities: ClientCapabilities = {}, args: string[] = ['--stdio'], init: InitExtras = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<() => void> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of waiters.splice(0)) w();
  });
  const server: TestServer = {
    connection,
    process: child,
    settings: {},
    stderr: () => stderr,
    diagnostics(uri, predicate = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        const check = () => {
          const i = published.findIndex((p) => p.uri === uri && predicate(p));
          if (i >= 0) {
            clearTimeout(timer);
            resolve(published.splice(0, i + 1).pop()!);
          } else waiters.push(check);
        };
        check();
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const t = setTimeout(() => {
          child.kill();
          resolve();
        }, 3000);
        child.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
      connection.dispose();
    },
  };
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => server.settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null, ...init });
  connection.sendNotification('initialized', {});
  return server;
}
