/**
 * Path arithmetic on URIs, for the browser server: a workspace there is vscode-vfs://, vscode-remote:// or
 * any other scheme, so notes and project files are located by their URI, not by a file-system path.
 */

/** The URI's scheme and authority, and its decoded path ("/" at least); undefined for URIs without "//". */
export function splitUri(uri: string): { prefix: string; path: string } | undefined {
  const m = /^([a-z][\w+.-]*:\/\/[^/?#]*)([^?#]*)/i.exec(uri);
  if (!m) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(m[2] || '/');
  } catch {
    path = m[2] || '/';
  }
  return { prefix: m[1]!, path: path.startsWith('/') ? path : `/${path}` };
}

/** The last segment of the URI's path. */
export function baseName(uri: string): string {
  const path = splitUri(uri)?.path ?? uri;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The URIs of the folders holding `uri`, nearest first, as `prefix + encoded path` without a trailing slash. */
export function parentFolders(uri: string): string[] {
  const parts = splitUri(uri);
  if (!parts) return [];
  const segments = parts.path.split('/').filter(Boolean).slice(0, -1);
  const out: string[] = [];
  for (let n = segments.length; n >= 0; n--) out.push(parts.prefix + segments.slice(0, n).map(encodeURIComponent).map((s) => `/${s}`).join(''));
  return out;
}

/** `uri`'s decoded path relative to the folder URI `folder` (which must hold it), with "/" separators. */
export function relativePath(folder: string, uri: string): string | undefined {
  const f = splitUri(folder);
  const u = splitUri(uri);
  if (!f || !u || f.prefix.toLowerCase() !== u.prefix.toLowerCase()) return undefined;
  const base = f.path.endsWith('/') ? f.path : `${f.path}/`;
  return u.path.startsWith(base) ? u.path.slice(base.length) : undefined;
}
