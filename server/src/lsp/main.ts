/**
 * Entry point of `rapport-language-server`. The transport (--stdio,
 * --node-ipc, --socket=N) is chosen from the command line by
 * vscode-languageserver, so any LSP client can start it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.ts';

declare const RAPPORT_VERSION: string;

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
if (!process.argv.some((a) => transports.some((t) => a.startsWith(t)))) {
  process.stderr.write('rapport-language-server: choose a transport: --stdio or --node-ipc (or --socket=PORT).\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);

// One bad document must not take the server down: log and carry on.
process.on('uncaughtException', (error) => connection.console.error(`Rapport: uncaught ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Rapport: unhandled rejection ${String(reason)}`));

startServer(connection, { serverDir: __dirname, version: typeof RAPPORT_VERSION === 'string' ? RAPPORT_VERSION : 'dev' });
