/**
 * The server's copy of each open note, kept in step with the client's.
 *
 * vscode-languageserver-textdocument trusts the ranges of incremental changes:
 * a range past the last line leaves holes in its line index (later positions
 * come out as NaN, sent as `"character": null`), a fractional character gives
 * fractional offsets, and a position between the two halves of a surrogate
 * pair splits the character. A client may send any of these, so every range is
 * first made valid the way VS Code's own text model validates one
 * (TextModel.validateRange): positions are clamped into the document, a range
 * that touches half a surrogate pair grows to the whole character, a reversed
 * range is turned round. A change that cannot be read at all (no text, a range
 * that is not a range) is dropped and reported; the note text is never logged.
 */
import type { Position, Range, TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Offset where a line's text ends, before its CR, LF or CRLF. */
function lineContentEnd(doc: TextDocument, line: number): number {
  const text = doc.getText();
  const next = line + 1 < doc.lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) : text.length;
  let end = next;
  const start = doc.offsetAt({ line, character: 0 });
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end;
}

/** A position clamped into the document: an offset on a line, never inside a line ending. */
function clampedOffset(doc: TextDocument, position: Position): number {
  const line = typeof position.line === 'number' ? Math.floor(position.line) : NaN;
  const character = typeof position.character === 'number' ? Math.floor(position.character) : NaN;
  if (Number.isNaN(line) || Number.isNaN(character) || line < 0) return 0;
  if (line >= doc.lineCount) return doc.getText().length;
  const start = doc.offsetAt({ line, character: 0 });
  return Math.min(start + Math.max(character, 0), lineContentEnd(doc, line));
}

/** Whether an offset falls between a high and a low surrogate. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

const isPositionLike = (p: unknown): p is Position => !!p && typeof p === 'object';

/** The valid range an editor would apply for `range`, as document offsets; undefined when it is not a range at all. */
export function validOffsets(doc: TextDocument, range: unknown): { start: number; end: number } | undefined {
  if (!range || typeof range !== 'object') return undefined;
  const { start: s, end: e } = range as { start?: unknown; end?: unknown };
  if (!isPositionLike(s) || !isPositionLike(e)) return undefined;
  let start = clampedOffset(doc, s);
  let end = clampedOffset(doc, e);
  if (end < start) [start, end] = [end, start];
  const text = doc.getText();
  // As VS Code does: an empty range inside a pair moves before it; otherwise the range grows to whole characters.
  if (start === end) {
    if (splitsPair(text, start)) start = end = start - 1;
  } else {
    if (splitsPair(text, start)) start--;
    if (splitsPair(text, end)) end++;
  }
  return { start, end };
}

export function validRange(doc: TextDocument, range: unknown): Range | undefined {
  const offsets = validOffsets(doc, range);
  return offsets && { start: doc.positionAt(offsets.start), end: doc.positionAt(offsets.end) };
}

/**
 * Document handling for `TextDocuments`: changes are applied one at a time
 * (each range refers to the text left by the one before), each with a valid range.
 */
export function syncedDocuments(onDropped: (uri: string, reason: string) => void): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, typeof content === 'string' ? content : ''),
    update(doc, changes, version) {
      const list: unknown[] = Array.isArray(changes) ? changes : [];
      for (const change of list) {
        const c = (change ?? {}) as { text?: unknown; range?: unknown };
        if (typeof c.text !== 'string') {
          onDropped(doc.uri, 'a content change without text');
          continue;
        }
        if (c.range === undefined) {
          TextDocument.update(doc, [{ text: c.text }], version);
          continue;
        }
        const range = validRange(doc, c.range);
        if (!range) {
          onDropped(doc.uri, 'a content change whose range is not a range');
          continue;
        }
        TextDocument.update(doc, [{ range, text: c.text } satisfies TextDocumentContentChangeEvent], version);
      }
      // The version moves on even when every change was dropped, so results stay matched to the client's version.
      return TextDocument.update(doc, [], version);
    },
  };
}
