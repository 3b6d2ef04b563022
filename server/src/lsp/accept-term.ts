/**
 * "Add to the project's accepted terms": edits the `.rapportrc.json` that applies to the note, or creates one.
 * On its own because it reads the project file from disk; the browser server swaps it for
 * server/src/web/accept-term.ts (see scripts/lib/web-substitutes.mjs).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { filePath } from './project-config.ts';
import type { CodeActionDeps } from './code-actions.ts';
import { acceptableTerm, createConfigAction, editConfigAction, type AcceptTermAction } from './accept-term-text.ts';

/** Adds `term` to `vocabulary.accept` of the project file that applies to the note (creating one when there is none). */
export function acceptTermEdit(doc: TextDocument, flagged: string, deps: CodeActionDeps): AcceptTermAction | undefined {
  const notePath = filePath(doc.uri);
  const term = acceptableTerm(flagged);
  if (!notePath || !term) return undefined;
  const configPath = deps.resolver.findConfigFile(notePath);
  if (configPath) {
    const uri = pathToFileURL(configPath).href;
    let current: string;
    try {
      current = deps.openText(uri) ?? readFileSync(configPath, 'utf8');
    } catch {
      return undefined;
    }
    return editConfigAction(uri, configPath.split(/[\\/]/).pop()!, current, term);
  }
  if (!deps.canCreateFiles()) return undefined;
  const folder = deps.workspaceFolders().filter((f) => notePath.startsWith(f)).sort((a, b) => b.length - a.length)[0] ?? dirname(notePath);
  const newPath = join(folder, '.rapportrc.json');
  if (existsSync(newPath)) return undefined;
  return createConfigAction(pathToFileURL(newPath).href, term);
}
