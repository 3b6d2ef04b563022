/**
 * Browser counterpart of lsp/accept-term.ts: the project file's text comes from the open editor or from what
 * the client sent (web/project-config.ts), and a new file is created next to the workspace folder's notes.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionDeps } from '../lsp/code-actions.ts';
import { acceptableTerm, createConfigAction, editConfigAction, type AcceptTermAction } from '../lsp/accept-term-text.ts';
import type { AcceptResult } from '../lsp/accept-term.ts';

export { acceptedTermEdits, withAcceptedTerm } from '../lsp/accept-term-text.ts';

/** The same command id as the Node server's; the browser server never offers it (see acceptTerm). */
export const ACCEPT_TERM_COMMAND = 'rapport.server.acceptTerm';

/** Where a term accepted for a note goes: the project file that applies to it, else a new one in its workspace folder. */
export function acceptTarget(noteUri: string, resolver: unknown, folders: readonly string[]): { path: string; exists: boolean } {
  const found = (resolver as WebConfigFiles).findConfigFile(noteUri);
  if (found) return { path: found, exists: true };
  const folder = folders.filter((f) => noteUri.startsWith(`${f.replace(/\/$/, '')}/`)).sort((a, b) => b.length - a.length)[0] ?? parentFolders(noteUri)[0] ?? '';
  return { path: `${folder.replace(/\/$/, '')}/.rapportrc.json`, exists: false };
}

/** Writing files is the Node server's way; here the quick fix carries the edit instead. */
export function acceptTerm(_notePath: string, _term: string, _deps: unknown): Promise<AcceptResult> {
  return Promise.resolve({ applied: false, reason: 'the browser server cannot write files; use the quick fix' });
}
import type { WebConfigFiles } from './project-config.ts';
import { baseName, parentFolders } from './uri-path.ts';

/** "Add to accepted terms" as an edit of the project file (the editor applies it; trusted workspaces only). */
export function acceptTermAction(doc: TextDocument, flagged: string, deps: CodeActionDeps): AcceptTermAction | undefined {
  const term = acceptableTerm(flagged);
  if (!term || !deps.trusted()) return undefined;
  // The browser server hands its own resolver to the code actions (server.ts passes project.resolver).
  const files = deps.resolver as unknown as WebConfigFiles;
  const configUri = files.findConfigFile(doc.uri);
  if (configUri) {
    const current = deps.openText(configUri) ?? files.get(configUri)?.text;
    return current === undefined ? undefined : editConfigAction(configUri, baseName(configUri), current, term);
  }
  const folder = deps.workspaceFolders().filter((f) => doc.uri.startsWith(`${f.replace(/\/$/, '')}/`)).sort((a, b) => b.length - a.length)[0] ?? parentFolders(doc.uri)[0];
  return folder === undefined ? undefined : createConfigAction(`${folder.replace(/\/$/, '')}/.rapportrc.json`, term);
}
