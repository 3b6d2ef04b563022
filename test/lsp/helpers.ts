/** Shared bits for the LSP feature tests: notes on disk, edits applied the way a client applies them. */
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { startServer, type TestServer } from '../helpers/lsp-client.ts';

export function tempDir(prefix = 'rapport-lsp-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export const fileUri = (path: string) => pathToFileURL(path).href;

/** The edits of a workspace edit for one document, whether given as `changes` or `documentChanges`. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  return out;
}

export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits);
}

/** Opens a note and waits for its first diagnostics (push mode). */
export async function openNote(server: TestServer, uri: string, text: string, version = 1): Promise<Diagnostic[]> {
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  return (await server.diagnostics(uri, (p) => p.version === version)).diagnostics;
}

/** Replaces a note's whole text and waits for the diagnostics of that version. */
export async function changeNote(server: TestServer, uri: string, text: string, version: number): Promise<Diagnostic[]> {
  server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  return (await server.diagnostics(uri, (p) => p.version === version)).diagnostics;
}

export async function codeActions(server: TestServer, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return (await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  })) as CodeAction[];
}

/** Collects window/showMessage notifications. */
export function collectMessages(server: TestServer): Array<{ type: number; message: string }> {
  const messages: Array<{ type: number; message: string }> = [];
  server.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => messages.push(m));
  return messages;
}

export async function until(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Starts a server for the enclosing `describe` (stopped after it); call the result to get the server. */
export function useServer(...args: Parameters<typeof startServer>): () => TestServer {
  let server: TestServer | undefined;
  before(async () => {
    server = await startServer(...args);
  });
  after(() => server?.stop());
  return () => server!;
}
