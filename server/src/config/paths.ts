/**
 * Path arithmetic for configuration lookup, on strings only (no node:path), so the pure part of the
 * configuration also runs in the browser. Accepts "/" and "\" separators and Windows drive roots.
 */
const SEP = /[\\/]/;

function separatorOf(path: string): string {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

/** The folder holding `path`; a root ("/", "C:\") is its own parent. */
export function parentOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (i < 0) return path;
  if (i === 0) return path.slice(0, 1);
  const parent = path.slice(0, i);
  return /^[A-Za-z]:$/.test(parent) ? parent + path[i] : parent;
}

/** `relative` ("./a.json", "../shared/b.json") resolved against `folder`, with "." and ".." removed. */
export function joinPath(folder: string, relative: string): string {
  const sep = separatorOf(folder);
  const parts = folder.split(SEP).filter((p, i) => p !== '' || i === 0);
  for (const segment of relative.split(SEP)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length > 1) parts.pop();
    } else parts.push(segment);
  }
  const joined = parts.join(sep);
  if (joined === '') return sep;
  return /^[A-Za-z]:$/.test(joined) ? joined + sep : joined;
}

/** `path` relative to `folder` with "/" separators, or undefined when it is not inside it. */
export function relativeInside(folder: string, path: string): string | undefined {
  const f = folder.replace(/[\\/]+$/, '');
  if (path === f || path === folder) return '';
  if (path.startsWith(f) && SEP.test(path.charAt(f.length))) return path.slice(f.length + 1).split(SEP).join('/');
  return undefined;
}

/** The innermost of `folders` that holds `path`. */
export function folderHolding(path: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const f of folders) if (relativeInside(f, path) !== undefined && (best === undefined || f.length > best.length)) best = f;
  return best;
}

export function baseName(path: string): string {
  return path.split(SEP).pop() ?? path;
}
