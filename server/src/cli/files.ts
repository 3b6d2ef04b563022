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

/**
 * `!glob` arguments exclude what they match, wherever the rest came from (a folder, a glob or a file named on the
 * command line), as in markdownlint-cli2 and globby; a `!glob` that matches a folder excludes all inside it.
 */
async function excludedPaths(negations: string[], cwd: string): Promise<Set<string>> {
  if (negations.length === 0) return new Set();
  const globs = negations.flatMap((n) => [n, `${n.replace(/\/+$/, '')}/**`]);
  const matches = await glob(globs, { cwd, absolute: true, dot: true, onlyFiles: false, ignore: ALWAYS_IGNORED });
  return new Set(matches.map((m) => resolve(m)));
}

export async function resolveTargets(patterns: string[], cwd: string): Promise<Target[]> {
  const seen = new Set<string>();
  const out: Target[] = [];
  const excluded = await excludedPaths(
    patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)),
    cwd,
  );
  const add = (path: string) => {
    const full = resolve(cwd, path);
    if (excluded.has(full)) return;
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
    if (pattern.startsWith('!')) continue;
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
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EIO':
      return 'input/output error';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
