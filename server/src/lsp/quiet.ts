/**
 * Quiet while typing (markdownlint's "focus mode"): while the writer is typing
 * a word, findings touching that word are held back; they appear once the
 * cursor leaves the word. The client reports the typing position with the
 * `rapport/typing` notification ({uri, position}; position null when the
 * cursor has moved away), so the server can keep the filtering in one place.
 */
import type { Diagnostic, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export const TYPING_NOTIFICATION = 'rapport/typing';

export interface TypingParams {
  uri: string;
  position: Position | null;
}

const WORD = /[\p{L}\p{N}\p{M}_'’-]/u;

/** The range [start, end) of the word at (or just before) a position, as document offsets. */
export function wordAt(doc: TextDocument, position: Position): { start: number; end: number } {
  const text = doc.getText();
  const at = doc.offsetAt(position);
  let start = at;
  let end = at;
  while (start > 0 && WORD.test(text[start - 1]!)) start--;
  while (end < text.length && WORD.test(text[end]!)) end++;
  return { start, end };
}

export class QuietTyping {
  private typing = new Map<string, Position>();

  /** Records the typing position; returns true when the document's diagnostics must be delivered again. */
  update(params: TypingParams): boolean {
    if (!params || typeof params.uri !== 'string') return false;
    const p = params.position;
    if (p && typeof p === 'object' && Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0) {
      this.typing.set(params.uri, p);
      return false;
    }
    return this.typing.delete(params.uri);
  }

  forget(uri: string): void {
    this.typing.delete(uri);
  }

  filter(doc: TextDocument, items: Diagnostic[], enabled: boolean): Diagnostic[] {
    const position = this.typing.get(doc.uri);
    if (!enabled || !position || position.line >= doc.lineCount) return items;
    const word = wordAt(doc, position);
    return items.filter((d) => {
      const start = doc.offsetAt(d.range.start);
      const end = doc.offsetAt(d.range.end);
      return !(start <= word.end && end >= word.start);
    });
  }
}
