/**
 * The note templates (snippets/clinical-notes.code-snippets) are contributed for Markdown and VS Code offers
 * them in completion when the writer types their `rapport-` prefix.
 */
import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { poll, rapportExtension } from './helpers';

interface SnippetContribution {
  language?: string;
  path?: string;
}

/** The prefixes in the contributed snippet files for `language`, read the way VS Code reads them. */
async function contributedPrefixes(language: string): Promise<string[]> {
  const extension = rapportExtension();
  const contributions = (extension.packageJSON?.contributes?.snippets ?? []) as SnippetContribution[];
  const files = contributions.filter((c) => c.language === language && typeof c.path === 'string');
  assert.ok(files.length > 0, `package.json contributes no snippets for ${language}: ${JSON.stringify(contributions)}`);
  const prefixes: string[] = [];
  for (const file of files) {
    const snippets = JSON.parse(await readFile(join(extension.extensionPath, file.path!), 'utf8')) as Record<string, { prefix?: string | string[] }>;
    for (const snippet of Object.values(snippets)) {
      for (const prefix of [snippet.prefix ?? []].flat()) prefixes.push(prefix);
    }
  }
  return prefixes;
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionsAtEnd(document: vscode.TextDocument): Promise<vscode.CompletionItem[]> {
  const end = document.lineAt(document.lineCount - 1).range.end;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
  return list?.items ?? [];
}

/** Untitled documents the tests opened; reverted and closed afterwards so nothing is left dirty. */
const opened: vscode.TextDocument[] = [];

async function untitled(language: string, content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  opened.push(document);
  return document;
}

describe('Rapport snippets in VS Code', () => {
  after(async () => {
    for (const document of opened) {
      if (document.isClosed) continue;
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('contributes rapport-* templates for Markdown', async () => {
    const prefixes = await contributedPrefixes('markdown');
    assert.ok(prefixes.length >= 2, `expected several templates; got ${prefixes.join(', ')}`);
    for (const prefix of prefixes) assert.match(prefix, /^rapport-/, `every template prefix should start with "rapport-"`);
    for (const expected of ['rapport-soap', 'rapport-eval']) assert.ok(prefixes.includes(expected), `missing template ${expected}`);
  });

  it('offers the templates in completion after typing "rapport-" in a Markdown note', async () => {
    const prefixes = await contributedPrefixes('markdown');
    const document = await untitled('markdown', '# Visit\n\nrapport-');
    let last: string[] = [];
    // Extension snippets are loaded lazily by the snippets service, so the first request can come back
    // without them; ask again until they are there, bounded by the poll's timeout.
    const items = await poll(
      async () => {
        const all = await completionsAtEnd(document);
        last = all.map(label);
        const snippets = all.filter((i) => i.kind === vscode.CompletionItemKind.Snippet && label(i).startsWith('rapport-'));
        return prefixes.every((p) => snippets.some((s) => label(s) === p)) ? snippets : undefined;
      },
      `completion to offer all of ${prefixes.join(', ')}`,
      60_000,
      () => (last.length ? last.filter((l) => l.startsWith('rapport')).join(', ') || `${last.length} items, none rapport-*` : 'no items'),
    );
    const soap = items.find((i) => label(i) === 'rapport-soap');
    assert.ok(soap, 'rapport-soap should be offered');
    const body = soap.insertText instanceof vscode.SnippetString ? soap.insertText.value : String(soap.insertText ?? '');
    assert.match(body, /## Subjective/, 'the SOAP template should insert the note skeleton');
  });

  it('does not offer them outside Markdown', async () => {
    // Runs after the Markdown case, so the snippets service has already loaded the extension's snippets:
    // an empty answer here means "scoped to Markdown", not "not loaded yet".
    const document = await untitled('plaintext', 'rapport-');
    const offered = (await completionsAtEnd(document)).filter((i) => i.kind === vscode.CompletionItemKind.Snippet && label(i).startsWith('rapport-'));
    assert.deepEqual(offered.map(label), [], 'rapport templates should only be offered in Markdown');
  });
});
