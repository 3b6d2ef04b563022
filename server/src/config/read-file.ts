/**
 * The one way configuration files are read from disk, by the language server and the CLI alike.
 *
 * A configuration file comes from the workspace, which may be untrusted, so reading it must not be a way to
 * hang or exhaust the process, or to disclose another file:
 * - open with O_NONBLOCK, then check the open file: a FIFO would otherwise block `open` forever, and a
 *   device such as /dev/zero never ends. Only regular files are read, and only up to a byte limit;
 * - symbolic links are followed only to a target inside the folder that bounds the link (see `boundary`);
 * - errors name the file and the reason, never any of its content.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';

/** Configuration files are small; anything larger is refused before it is read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export type ReadResult = { ok: true; text: string; signature: string } | { ok: false; reason: string };

/** What changes when a file is replaced or rewritten (device, inode, size, modification time). */
export function fileSignature(stat: { dev: number; ino: number; size: number; mtimeMs: number }): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

/** The current signature of the file a path leads to, or undefined when there is none. Never blocks. */
export function currentSignature(path: string): string | undefined {
  try {
    return fileSignature(statSync(path));
  } catch {
    return undefined;
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ELOOP: 'it is a symbolic link that cannot be followed',
  ENOTDIR: 'a folder on its path is not a folder',
  EMFILE: 'too many files are open',
  ENXIO: 'it is not a regular file',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? `it cannot be read (${code ?? 'unknown error'})`;
}

/** True when `path` is `folder` or inside it (both absolute, already resolved). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function realpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Where a file may lead: its real path must stay inside the real path of `boundary`. Without a boundary the
 * file itself may not be a symbolic link (its folder may be, as when the whole workspace is reached through one).
 */
function targetProblem(path: string, real: string, boundary: string | undefined): string | undefined {
  if (boundary !== undefined) {
    const realBoundary = realpath(boundary) ?? resolve(boundary);
    return isInside(real, realBoundary) ? undefined : 'it is a symbolic link to a file outside the workspace, which Rapport does not follow';
  }
  const realFolder = realpath(dirname(path)) ?? dirname(path);
  return real === join(realFolder, basename(path)) ? undefined : 'it is a symbolic link outside the workspace, which Rapport does not follow';
}

/**
 * Reads a UTF-8 text file of at most `maxBytes`, never blocking and never following a link out of `boundary`.
 * The result says why a file was not read, in words that may be shown to the user (no file content).
 */
export function readBoundedText(path: string, opts: { boundary?: string; maxBytes?: number } = {}): ReadResult {
  const maxBytes = opts.maxBytes ?? MAX_CONFIG_BYTES;
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isLink(path)) return { ok: false, reason: 'it is a symbolic link to a file that does not exist' };
    return { ok: false, reason: reasonOf(error) };
  }
  const escape = targetProblem(resolve(path), real, opts.boundary);
  if (escape) return { ok: false, reason: escape };
  let fd: number;
  try {
    // The real path is opened without following a link, so a link swapped in after the check is not followed.
    // O_NONBLOCK and O_NOFOLLOW are 0/undefined on Windows, where FIFOs and links work differently.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'it is not a regular file' };
    if (stat.size > maxBytes) return { ok: false, reason: `it is ${stat.size} bytes, above the limit of ${maxBytes} bytes` };
    // Read in chunks up to one byte past the limit: a file that grows while it is read is refused, never read on and on.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - length));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > maxBytes) return { ok: false, reason: `it is above the limit of ${maxBytes} bytes` };
    }
    const buffer = Buffer.concat(chunks, length);
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), signature: fileSignature(stat) };
    } catch {
      return { ok: false, reason: 'it is not UTF-8 text' };
    }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  } finally {
    closeSync(fd);
  }
}
