/**
 * Resolves the command line's files, folders and globs to note paths, and
 * reads them safely: an unreadable or binary file is reported, never fatal.
 */
import { realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const NOTE_GLOB = '**/*.{md,markdown}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Target {
  path: string;
  /** Set when the path could not be resolved (missing file, no match). */
  problem?: string;
}

export async function resolveTargets(patterns: string[], cwd: string): Promise<Target[]> {
  const seen = new Set<string>();
  const out: Target[] = [];
  const add = (path: string) => {
    const full = resolve(cwd, path);
    // The same note reached twice (through a symbolic link, or a link back up the tree) is linted and fixed once:
    // fixing it twice would report fixes that were not made, or a conflict with itself.
    let real = full;
    try {
      real = realpathSync.native(full);
    } catch {
      // Missing or unreadable: reported when it is read.
    }
    if (!seen.has(real)) {
      seen.add(real);
      out.push({ path: full });
    }
  };
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, ignore: ALWAYS_IGNORED, absolute: true, dot: false });
      if (matches.length === 0) out.push({ path: resolve(cwd, pattern), problem: `No files match "${pattern}".` });
      matches.sort().forEach(add);
      continue;
    }
    const full = resolve(cwd, pattern);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      out.push({ path: full, problem: `Cannot read ${pattern}: ${describeIoError(error)}.` });
      continue;
    }
    if (info.isDirectory()) {
      const matches = await glob(NOTE_GLOB, { cwd: full, ignore: ALWAYS_IGNORED, absolute: true });
      matches.sort().forEach(add);
    } else add(full);
  }
  return out;
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
