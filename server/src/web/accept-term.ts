/**
 * Browser counterpart of lsp/accept-term.ts: the project file's text comes from the open editor or from what
 * the client sent (web/project-config.ts), and a new file is created next to the workspace folder's notes.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionDeps } from '../lsp/code-actions.ts';
import { acceptableTerm, createConfigAction, editConfigAction, type AcceptTermAction } from '../lsp/accept-term-text.ts';
import type { WebConfigFiles } from './project-config.ts';
import { baseName, parentFolders } from './uri-path.ts';

export function acceptTermEdit(doc: TextDocument, flagged: string, deps: CodeActionDeps): AcceptTermAction | undefined {
  const term = acceptableTerm(flagged);
  if (!term) return undefined;
  // The browser server hands its own resolver to the code actions (server.ts passes project.resolver).
  const files = deps.resolver as unknown as WebConfigFiles;
  const configUri = files.findConfigFile(doc.uri);
  if (configUri) {
    const current = deps.openText(configUri) ?? files.get(configUri)?.text;
    return current === undefined ? undefined : editConfigAction(configUri, baseName(configUri), current, term);
  }
  if (!deps.canCreateFiles()) return undefined;
  const folder = deps.workspaceFolders().filter((f) => doc.uri.startsWith(`${f.replace(/\/$/, '')}/`)).sort((a, b) => b.length - a.length)[0] ?? parentFolders(doc.uri)[0];
  return folder === undefined ? undefined : createConfigAction(`${folder.replace(/\/$/, '')}/.rapportrc.json`, term);
}
