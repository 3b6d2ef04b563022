/** Runs the built `rapport` bin as a child process, as a user or CI would. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');
export const BIN = join(REPO, 'bin', 'rapport.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function rapport(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...options.env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
