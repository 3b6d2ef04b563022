/**
 * Owns the language client across restarts. "Restart Language Server" builds a new client instead of calling
 * `LanguageClient.restart()`: vscode-languageclient 9 disposes the event emitter behind its didOpen/didSave
 * notifications when a client stops (TextDocumentEventFeature.clear), so a restarted client never hears of
 * notes opened afterwards, and its pull-diagnostics feature never asks for them; only notes open at the restart
 * kept being linted. A fresh client has fresh features, and picks up the current workspace trust too.
 *
 * Works with any BaseLanguageClient (the Node client here, the browser client in the web extension).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

export class ClientSession implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  /** Serialises start/restart/stop so two quick restarts cannot interleave. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly started = new vscode.EventEmitter<BaseLanguageClient>();
  /** Fires with each new client once it runs (after activation and after every restart). */
  readonly onDidStart = this.started.event;

  constructor(
    private readonly create: () => BaseLanguageClient,
    private readonly output: vscode.OutputChannel,
  ) {}

  /** The running client, if any (the getter other modules hold, so they always talk to the current one). */
  current = (): BaseLanguageClient | undefined => this.client;

  start(): Promise<void> {
    return this.enqueue(async () => {
      if (this.client) return;
      await this.launch();
    });
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      this.output.appendLine(vscode.l10n.t('Rapport: restarting the language server.'));
      await this.shutdown();
      await this.launch();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.shutdown());
  }

  dispose(): void {
    void this.stop();
    this.started.dispose();
  }

  private async launch(): Promise<void> {
    const client = this.create();
    this.client = client;
    await client.start();
    this.started.fire(client);
  }

  private async shutdown(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.dispose();
    } catch (error) {
      // A server that does not answer the shutdown request in time is killed by the client; carry on.
      this.output.appendLine(vscode.l10n.t('Rapport: the language server did not stop cleanly ({0}).', error instanceof Error ? error.message : String(error)));
    }
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/**
 * The client logs every exit of the server process as an error, including the normal exit (code 0) after a
 * shutdown it asked for. Pass its output through this channel so a clean exit reads as information.
 */
export function serverOutputChannel(output: vscode.OutputChannel): vscode.OutputChannel {
  const normalExit = /^\[Error - ([^\]]+)\] Server process exited with code 0\.$/;
  return new Proxy(output, {
    get(target, property, receiver) {
      if (property === 'appendLine') {
        return (line: string) => {
          const match = normalExit.exec(line);
          target.appendLine(match ? `[Info  - ${match[1]}] ${vscode.l10n.t('The language server stopped normally (exit code 0).')}` : line);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
