/**
 * The text side of "add to the project's accepted terms", shared by the Node server (accept-term.ts) and the
 * browser server (web/accept-term.ts): which term to accept, and the project file's new text (jsonc-parser's
 * edits, so the file's comments, order and formatting are kept).
 */
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type Edit as JsonEdit, type ParseError } from 'jsonc-parser';
import type { Range, WorkspaceEdit } from 'vscode-languageserver';

/** The term to accept: the flagged text, trimmed; nothing for long or multi-line spans. */
export function acceptableTerm(text: string): string | undefined {
  const term = text.trim().replace(/\s+/g, ' ');
  if (!term || term.length > 60 || /[\r\n]/.test(text)) return undefined;
  return term;
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
