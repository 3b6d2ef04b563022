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
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type Edit as JsonEdit, type ParseError } from 'jsonc-parser';
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readBoundedText, type ConfigResolver } from '../config/index.ts';
import { folderHolding, relativeInside } from '../config/paths.ts';
import { writeFileAtomic } from '../cli/write.ts';

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

/**
 * `text` with `term` added to `vocabulary.accept`, formatting and comments kept; undefined when the text is
 * not valid configuration JSON (it has a diagnostic; nothing is guessed) or already accepts the term.
 */
export function acceptedTermEdits(text: string, term: string): JsonEdit[] | undefined {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: false });
  if (errors.length || !tree || tree.type !== 'object') return undefined;
  const vocabulary = findNodeAtLocation(tree, ['vocabulary']);
  if (vocabulary && vocabulary.type !== 'object') return undefined;
  const acceptNode = findNodeAtLocation(tree, ['vocabulary', 'accept']);
  if (acceptNode && acceptNode.type !== 'array') return undefined;
  const accepted = acceptNode ? (getNodeValue(acceptNode) as unknown[]) : [];
  if (accepted.some((t) => typeof t === 'string' && t.toLowerCase() === term.toLowerCase())) return undefined;
  const value = JSON.stringify(term);
  if (acceptNode) {
    // Appended in the list's own style: the separator its items already use, or the first item's line layout.
    const items = acceptNode.children ?? [];
    const last = items[items.length - 1];
    if (!last) return [{ offset: acceptNode.offset + 1, length: 0, content: value }];
    const lastEnd = last.offset + last.length;
    let separator: string;
    if (items.length >= 2) {
      const prev = items[items.length - 2]!;
      separator = text.slice(prev.offset + prev.length, last.offset).replace(/[ \t]*(\/\*[\s\S]*?\*\/|\/\/[^\r\n]*)/g, '');
    } else {
      const between = text.slice(acceptNode.offset + 1, last.offset);
      const lineBreak = /(\r?\n)([ \t]*)$/.exec(between);
      separator = lineBreak ? `,${lineBreak[1]}${lineBreak[2]}` : ', ';
    }
    if (!separator.includes(',')) separator = `, `;
    return [{ offset: lastEnd, length: 0, content: separator + value }];
  }
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const formattingOptions = { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol };
  return modify(text, ['vocabulary', 'accept'], [term], { formattingOptions });
}

export function withAcceptedTerm(text: string, term: string): string | undefined {
  const edits = acceptedTermEdits(text, term);
  return edits && applyEdits(text, edits);
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
