/**
 * Resolves the command line's files, folders and globs to note paths, and
 * reads them safely: an unreadable or binary file is reported, never fatal.
 */
import { readFile, stat } from 'node:fs/promises';
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
    if (!seen.has(full)) {
      seen.add(full);
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

export type ReadResult = { ok: true; text: string } | { ok: false; problem: string };

/** Reads a note as UTF-8 text; binary content (NUL bytes) is refused with a message. */
export async function readNote(path: string): Promise<ReadResult> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    return { ok: false, problem: `Cannot read ${path}: ${describeIoError(error)}.` };
  }
  if (buffer.subarray(0, 8192).includes(0)) return { ok: false, problem: `Skipped ${path}: it looks like a binary file, not a text note.` };
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // BOM: offsets are relative to the text after it
  return { ok: true, text };
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
