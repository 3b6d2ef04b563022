/**
 * Atomic file writes: a temporary file in the same folder, then rename over the target. Temporary names carry
 * the writer's process id, so a later run can tell the leftovers of a killed run from those of a run still going.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readSync, renameSync, unlinkSync, type BigIntStats } from 'node:fs';
import { chmod, mkdir, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `.<name>.rapport-<pid>-<8 hex>.tmp`: see tempPathFor. */
const TEMP_NAME = /^\..+\.rapport-(\d+)-[0-9a-f]{8}\.tmp$/;

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.rapport-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes data to a new temporary file beside path, flushed to disk with the given mode; returns its path. */
async function writeTemp(path: string, data: string | Buffer, mode: number | undefined): Promise<string> {
  const tmp = tempPathFor(path);
  let handle;
  try {
    handle = await open(tmp, 'wx', mode ?? 0o666);
    await handle.writeFile(data);
    // The mode given to open() is reduced by the umask: set it exactly.
    if (mode !== undefined) await chmod(tmp, mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    return tmp;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

export async function writeFileAtomic(path: string, data: string | Buffer, mode?: number): Promise<void> {
  const tmp = await writeTemp(path, data, mode);
  try {
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

/** Writes an output file (--output), creating its folder if needed. */
export async function writeOutputFile(path: string, data: string): Promise<void> {
  // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to, never replaced: the atomic rename
  // would put a regular file in its place (and did, for /dev/null).
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    await writeFile(path, data);
    return;
  }
  await mkdir(dirname(path), { recursive: true });
  removeDeadTemps(dirname(path));
  await writeFileAtomic(path, data);
}

/** What a note was when it was read: its bytes and the stat fields that change when anyone writes to it. */
export interface Snapshot {
  raw: Buffer;
  stat: BigIntStats;
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** Reads the whole file behind an open descriptor from its start, however it grew since it was last stat'ed. */
export function readAll(fd: number, sizeHint: number): Buffer {
  const chunks: Buffer[] = [];
  let pos = 0;
  // One byte more than expected, so a file that grew is read to its real end.
  let chunk = Buffer.allocUnsafe(sizeHint + 1);
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, pos);
    if (n === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, n));
    // A short read of a regular file is its end: asking again only to be told 0 was a second system call
    // (and a 64 KB buffer) per note.
    if (n < chunk.length) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    pos += n;
    chunk = Buffer.allocUnsafe(64 * 1024);
  }
}

/** Reads a note through one descriptor and stats that same descriptor, so the bytes and the stat belong together. */
export function snapshotOf(fd: number): Snapshot {
  const stat = fstatSync(fd, { bigint: true });
  return { raw: readAll(fd, Number(stat.size)), stat };
}

/** Whether the file open on fd still is exactly the snapshot (same inode, size, times and bytes). */
function unchanged(fd: number, was: Snapshot): boolean {
  const now = fstatSync(fd, { bigint: true });
  return sameFile(now, was.stat) && readAll(fd, Number(now.size)).equals(was.raw);
}

/**
 * written: the note was replaced. changed: it had changed since it was read and was left as it is. restored:
 * another program wrote to it during the rename, and its version was put back.
 * conflict: another program wrote to it during the rename and wrote again afterwards; its version from the
 * rename is kept in `savedAs` beside the note.
 */
export type ReplaceResult = { outcome: 'written' | 'changed' | 'restored' } | { outcome: 'conflict'; savedAs: string };

/**
 * The same look at the old note, taken again a little later (see replaceIfUnchanged's `late`): a program that
 * opened the note just before the rename can be descheduled between its open and its write, so its write lands
 * on the old note after the first look. run() closes the descriptor kept for it, and must be called once.
 */
export interface LateCheck {
  renamedAt: number;
  run(): Promise<ReplaceResult>;
}

/** Test seams (module API only, never reachable from the command line or the environment). */
export interface ReplaceHooks {
  /** Runs just before the final on-disk check. */
  beforeCheck?: (path: string) => void;
  /** Runs just after the rename, before the old note is looked at again. */
  afterRename?: (path: string) => void;
}

/**
 * Replaces a note with new text, but only if it is still exactly what was read. The new text is written and
 * flushed to a temporary file first, so that the check right before the rename leaves the smallest possible
 * window. A write that still lands on the old file in that window (from a program that opened it before the
 * rename) is seen afterwards on the descriptor kept open on it, and that version is put back: the other
 * program's text is never lost, and the note is reported as changed.
 */
export async function replaceIfUnchanged(
  path: string,
  data: string | Buffer,
  was: Snapshot,
  mode: number,
  hooks: ReplaceHooks = {},
  restoring = false,
  late?: (check: LateCheck) => void,
): Promise<ReplaceResult> {
  const tmp = await writeTemp(path, data, mode);
  let fd: number | undefined;
  try {
    hooks.beforeCheck?.(path);
    fd = openSync(path, 'r');
    if (!unchanged(fd, was)) return { outcome: 'changed' };
    const checked = fstatSync(fd, { bigint: true });
    // Synchronous on purpose: nothing else may run in this thread between the check and the rename.
    renameSync(tmp, path);
    hooks.afterRename?.(path);
    const result = restoring ? { outcome: 'written' as const } : await lookAtOldNote(path, fd, checked, data, mode);
    if (result.outcome === 'written' && !restoring && late) {
      // The descriptor now belongs to the late check, which closes it.
      const kept = fd;
      fd = undefined;
      late({ renamedAt: Date.now(), run: () => lookAtOldNote(path, kept, checked, data, mode).finally(() => closeSync(kept)) });
    }
    return result;
  } finally {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // Renamed over the note, as it should be.
    }
  }
}

/**
 * After the rename: whether anyone wrote to the note we replaced (fd is still open on it; checked is its stat right
 * before the rename). If so, their version is put back, unless the note moved on again, when it is saved beside it.
 */
async function lookAtOldNote(path: string, fd: number, checked: BigIntStats, data: string | Buffer, mode: number): Promise<ReplaceResult> {
  const after = fstatSync(fd, { bigint: true });
  // Not the change time: the rename itself changes it (the old file loses its name).
  if (after.size === checked.size && after.mtimeNs === checked.mtimeNs) return { outcome: 'written' };
  const theirs = readAll(fd, Number(after.size));
  const nowFd = openSync(path, 'r');
  let ours: Snapshot;
  try {
    ours = { raw: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), stat: fstatSync(nowFd, { bigint: true }) };
  } finally {
    closeSync(nowFd);
  }
  const restored = await replaceIfUnchanged(path, theirs, ours, mode, {}, true);
  if (restored.outcome === 'written') return { outcome: 'restored' };
  const savedAs = `${path}.rapport-conflict-${Date.now()}`;
  await writeFileAtomic(savedAs, theirs, mode);
  return { outcome: 'conflict', savedAs };
}

/** Folders already cleaned in this process. */
const cleaned = new Set<string>();

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that a killed run left in a folder: only names of our own pattern, and only those
 * whose writer process is gone (a run still going keeps its files). Once per folder and process; never throws.
 * Returns the names removed.
 */
export function removeDeadTemps(dir: string): string[] {
  if (cleaned.has(dir)) return [];
  cleaned.add(dir);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || isAlive(Number(m[1]))) continue;
    try {
      unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
