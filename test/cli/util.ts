/** Shared helpers for the CLI tests: temporary folders with notes. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const created: string[] = [];

export function tempDir(prefix = 'rapport-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

// Root-level hook: remove the temporary folders once every test has run.
after(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Creates files (path → content) under a new temporary folder and returns it. */
export function tree(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export const FLAGGED = 'Pt is wheelchair-bound and complains of knee pain.\n';
export const CLEAN = '# Daily note\n\nPt uses a power wheelchair and transfers independently.\n';
/** A slur: error severity. */
export const ERROR_NOTE = 'He is a retard.\n';
