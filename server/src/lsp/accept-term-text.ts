/**
 * The text side of "add to the project's accepted terms", shared by the Node server (accept-term.ts) and the
 * browser server (web/accept-term.ts): which term to accept, and the project file's new text.
 */
import type { Range, WorkspaceEdit } from 'vscode-languageserver';

/** The term to accept: the flagged text, trimmed; nothing for long or multi-line spans. */
export function acceptableTerm(text: string): string | undefined {
  const term = text.trim().replace(/\s+/g, ' ');
  if (!term || term.length > 60 || /[\r\n]/.test(text)) return undefined;
  return term;
}

/** The project file's text with `term` added to `vocabulary.accept`; undefined when it is there or the file is not a JSON object. */
export function withAcceptedTerm(current: string, term: string): string | undefined {
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
  return JSON.stringify(data, null, indent).replace(/\n/g, eol) + eol;
}

/** The range covering all of `text`. */
export function wholeText(text: string): Range {
  const lines = text.split('\n');
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
}

export type AcceptTermAction = { title: string; edit: WorkspaceEdit };

/** Replaces the project file at `uri` (named `name`) with its text plus the accepted term. */
export function editConfigAction(uri: string, name: string, current: string, term: string): AcceptTermAction | undefined {
  const newText = withAcceptedTerm(current, term);
  if (newText === undefined) return undefined;
  return {
    title: `Add “${term}” to the project's accepted terms (${name})`,
    edit: { changes: { [uri]: [{ range: wholeText(current), newText }] } },
  };
}

/** Creates a project file at `uri` that accepts the term. */
export function createConfigAction(uri: string, term: string): AcceptTermAction {
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
