/**
 * "Add to the project's accepted terms": edits the `.rapportrc.json` that applies to the note, or creates one.
 * On its own because it reads the project file from disk; the browser server swaps it for
 * server/src/web/accept-term.ts.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { filePath } from './project-config.ts';
import type { CodeActionDeps } from './code-actions.ts';

/** The term to accept: the flagged text, trimmed; nothing for long or multi-line spans. */
export function acceptableTerm(text: string): string | undefined {
  const term = text.trim().replace(/\s+/g, ' ');
  if (!term || term.length > 60 || /[\r\n]/.test(text)) return undefined;
  return term;
}

/** Adds `term` to `vocabulary.accept` of the project file that applies to the note (creating one when there is none). */
export function acceptTermEdit(doc: TextDocument, flagged: string, deps: CodeActionDeps): { title: string; edit: WorkspaceEdit } | undefined {
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
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(current) as Record<string, unknown>;
    } catch {
      return undefined; // invalid JSON: the file already has a diagnostic; do not guess
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
    const vocabulary = (data.vocabulary && typeof data.vocabulary === 'object' ? data.vocabulary : {}) as Record<string, unknown>;
    const accept = Array.isArray(vocabulary.accept) ? [...(vocabulary.accept as unknown[])] : [];
    if (accept.some((t) => typeof t === 'string' && t.toLowerCase() === term.toLowerCase())) return undefined;
    accept.push(term);
    data.vocabulary = { ...vocabulary, accept };
    const indent = /\n([ \t]+)"/.exec(current)?.[1] ?? '  ';
    const eol = current.includes('\r\n') ? '\r\n' : '\n';
    const newText = JSON.stringify(data, null, indent).replace(/\n/g, eol) + eol;
    const lines = current.split('\n');
    const endPos = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    return {
      title: `Add “${term}” to the project's accepted terms (${configPath.split(/[\\/]/).pop()})`,
      edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: endPos }, newText }] } },
    };
  }
  if (!deps.canCreateFiles()) return undefined;
  const folder = deps.workspaceFolders().filter((f) => notePath.startsWith(f)).sort((a, b) => b.length - a.length)[0] ?? dirname(notePath);
  const newPath = join(folder, '.rapportrc.json');
  if (existsSync(newPath)) return undefined;
  const uri = pathToFileURL(newPath).href;
  const content = JSON.stringify({ extends: 'rapport:recommended', vocabulary: { accept: [term] } }, null, 2) + '\n';
  return {
    title: `Add “${term}” to the project's accepted terms (new .rapportrc.json)`,
    edit: {
      documentChanges: [
        { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
      ],
    },
  };
}
