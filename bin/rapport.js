#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled to dist/ by `npm run build`.
//
// When the build made a startup snapshot for this very Node binary (dist/cli/cli.blob and its stamp), the
// CLI runs in a child process started from it, with every rule already compiled: a third of a second of
// CPU less per run than loading dist/cli/cli.js (server/src/cli/snapshot.ts). RAPPORT_SNAPSHOT=0 turns it off.
// Otherwise the worker threads of a large batch are started first (dist/cli/prestart.js is small), so that
// they load the engine while this thread does.
const { join } = require('node:path');
const { readFileSync } = require('node:fs');

function snapshotBlob() {
  if (process.env.RAPPORT_SNAPSHOT === '0') return undefined;
  // A snapshot loads only under the V8 flags it was built with (none): `node --max-old-space-size=… rapport`
  // or such a flag in NODE_OPTIONS would make Node refuse it, so any Node option means the plain way.
  if (process.execArgv.length > 0 || (process.env.NODE_OPTIONS ?? '').trim() !== '') return undefined;
  const blob = join(__dirname, '..', 'dist', 'cli', 'cli.blob');
  try {
    const stamp = JSON.parse(readFileSync(`${blob}.json`, 'utf8'));
    const same = stamp.node === process.version && stamp.arch === process.arch && stamp.platform === process.platform && stamp.execPath === process.execPath;
    return same ? blob : undefined;
  } catch {
    return undefined;
  }
}

const blob = snapshotBlob();
if (blob) {
  const { spawn } = require('node:child_process');
  const child = spawn(process.execPath, ['--snapshot-blob', blob, '--', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  // A signal sent to this process alone (a CI timeout, `kill`) reaches the CLI too; one sent to the whole
  // group (Ctrl-C) reaches it anyway. The child's end is this process's end, signal or exit code.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`rapport: internal error: cannot start the CLI (${error.message}); set RAPPORT_SNAPSHOT=0 to run it without its startup snapshot.\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const s of signals) process.removeAllListeners(s);
      process.kill(process.pid, signal);
      return;
    }
    process.exitCode = code ?? 2;
  });
} else {
  require('../dist/cli/prestart.js').prestartWorkers(process.argv.slice(2));
  require('../dist/cli/cli.js').main();
}
