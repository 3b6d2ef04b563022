/**
 * "Add to accepted terms": puts a flagged term into `vocabulary.accept` of the project's configuration so that
 * it takes effect at once, not when someone finds and saves an editor tab.
 *
 * The code action carries a command, and the server makes the change itself: it writes the file on disk
 * (atomically, a temporary file renamed over it), reloads the configuration and lints again. Only when the
 * file is open with unsaved changes does it edit the editor's buffer instead, since writing the disk under
 * unsaved work would set the two against each other. The edit is jsonc-parser's: comments, order and
 * formatting of the file are kept. Offered in trusted workspaces only: an untrusted one ignores the project's
 * vocabulary, and writing files for it is not wanted.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync, realpathSync, statSync } from 'node:fs';
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readBoundedText, type ConfigResolver } from '../config/index.ts';
import { folderHolding, relativeInside } from '../config/paths.ts';
import { writeFileAtomic } from '../cli/write.ts';
import { basename } from 'node:path';
import type { Command } from 'vscode-languageserver';
import { filePath } from './project-config.ts';
import type { CodeActionDeps } from './code-actions.ts';
import { acceptableTerm, acceptedTermEdits, withAcceptedTerm } from './accept-term-text.ts';

export { acceptedTermEdits, withAcceptedTerm } from './accept-term-text.ts';

export const ACCEPT_TERM_COMMAND = 'rapport.server.acceptTerm';

/** Where a term accepted for a note goes: the nearest configuration file inside the note's workspace folder, else a new one there. */
export function acceptTarget(notePath: string, resolver: ConfigResolver, folders: readonly string[]): { path: string; exists: boolean } {
  const folder = folderHolding(notePath, folders) ?? dirname(notePath);
  const nearest = resolver
    .chainFor(notePath)
    .reverse()
    .find((p) => relativeInside(folder, p) !== undefined);
  // A new file cascades over any configuration in parent folders, so it needs nothing but the term.
  return nearest ? { path: nearest, exists: true } : { path: join(folder, '.rapportrc.json'), exists: false };
}

export interface AcceptTermDeps {
  connection: Connection;
  resolver: ConfigResolver;
  folders(): string[];
  trusted(): boolean;
  openDocument(uri: string): TextDocument | undefined;
  /** Called after the configuration changed on disk: reload it and lint again. */
  reload(configPath: string): void;
}

const NOT_EDITABLE = 'the file is not valid configuration JSON, or already accepts the term';

export type AcceptResult = { applied: boolean; path?: string; reason?: string };

/** Adds `term` to the accepted terms for `notePath` now (see the module comment). */
export async function acceptTerm(notePath: string, term: string, deps: AcceptTermDeps): Promise<AcceptResult> {
  if (!deps.trusted()) return { applied: false, reason: 'the workspace is not trusted' };
  const target = acceptTarget(notePath, deps.resolver, deps.folders());
  const uri = pathToFileURL(target.path).href;
  const boundary = folderHolding(target.path, deps.folders());
  let onDisk: string;
  if (target.exists) {
    const read = readBoundedText(target.path, boundary === undefined ? {} : { boundary });
    if (!read.ok) return { applied: false, path: target.path, reason: read.reason };
    onDisk = read.text;
  } else onDisk = '{}\n';
  const open = deps.openDocument(uri);
  if (!target.exists && !open && existsSync(target.path)) return { applied: false, path: target.path, reason: 'a configuration file appeared meanwhile; try again' };
  if (open && open.getText() !== onDisk) {
    // Unsaved changes in the editor: edit the buffer, never the disk under it.
    const edits = acceptedTermEdits(open.getText(), term);
    if (edits === undefined) return { applied: false, path: target.path, reason: NOT_EDITABLE };
    const textEdits = edits.map((e) => ({ range: { start: open.positionAt(e.offset), end: open.positionAt(e.offset + e.length) }, newText: e.content }));
    const r = await deps.connection.workspace.applyEdit({
      label: `Rapport: accept “${term}”`,
      edit: { documentChanges: [{ textDocument: { uri, version: open.version }, edits: textEdits }] },
    });
    return { applied: r.applied, path: target.path, ...(r.applied ? {} : { reason: 'the editor did not apply the edit' }) };
  }
  const next = withAcceptedTerm(onDisk, term);
  if (next === undefined) return { applied: false, path: target.path, reason: NOT_EDITABLE };
  try {
    if (target.exists) {
      const real = realTarget(target.path);
      await writeFileAtomic(real, next, statSync(real).mode & 0o7777);
    } else await writeFileAtomic(target.path, next);
  } catch (error) {
    return { applied: false, path: target.path, reason: (error as NodeJS.ErrnoException).code ?? 'write failed' };
  }
  deps.reload(target.path);
  return { applied: true, path: target.path };
}

/** A configuration that is a link (inside the workspace: the reader checked) is updated where it really is, keeping the link. */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * "Add to accepted terms", as a command the server carries out at once (see accept-term.ts); offered in trusted
 * workspaces only, and only when the term can be added to the file it goes to.
 */
export function acceptTermAction(doc: TextDocument, flagged: string, deps: CodeActionDeps): { title: string; command: Command } | undefined {
  const notePath = filePath(doc.uri);
  const term = acceptableTerm(flagged);
  if (!notePath || !term || !deps.trusted()) return undefined;
  const target = acceptTarget(notePath, deps.resolver, deps.workspaceFolders());
  if (target.exists) {
    const boundary = folderHolding(target.path, deps.workspaceFolders());
    const read = readBoundedText(target.path, boundary === undefined ? {} : { boundary });
    const current = deps.openText(pathToFileURL(target.path).href) ?? (read.ok ? read.text : undefined);
    if (current === undefined || withAcceptedTerm(current, term) === undefined) return undefined;
  }
  const title = `Add “${term}” to the project's accepted terms (${target.exists ? basename(target.path) : 'new .rapportrc.json'})`;
  return { title, command: { title, command: ACCEPT_TERM_COMMAND, arguments: [doc.uri, term] } };
}
