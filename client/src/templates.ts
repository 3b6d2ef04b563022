/**
 * "Rapport: New Note from Template…": the note templates without knowing their `rapport-` prefixes (Markdown
 * turns VS Code's suggestions-while-typing off, so snippets only appear after Ctrl+Space). Picks a template
 * and opens it in a new untitled note as a snippet, so its placeholders are tab stops.
 */
import * as vscode from 'vscode';

interface SnippetDefinition {
  prefix?: unknown;
  body?: unknown;
  description?: unknown;
}

export interface Template {
  prefix: string;
  description: string;
  body: string;
}

/** Whole-note templates (the body opens with a heading or front matter), from the snippets file's text. */
export function noteTemplates(text: string): Template[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object') return [];
  const out: Template[] = [];
  for (const snippet of Object.values(data as Record<string, SnippetDefinition>)) {
    const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
    if (typeof snippet.prefix !== 'string' || typeof body !== 'string' || typeof snippet.description !== 'string') continue;
    if (/^(#|---\n)/.test(body)) out.push({ prefix: snippet.prefix, description: snippet.description, body });
  }
  return out;
}

async function readTemplates(extensionUri: vscode.Uri): Promise<Template[]> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', 'clinical-notes.code-snippets'));
    return noteTemplates(new TextDecoder().decode(bytes));
  } catch {
    return [];
  }
}

/** Opens a new note from a template: the one named by `prefix`, or the one the writer picks. */
export async function newNoteFromTemplate(extensionUri: vscode.Uri, prefix?: string): Promise<vscode.TextEditor | undefined> {
  const templates = await readTemplates(extensionUri);
  let template = templates.find((t) => t.prefix === prefix);
  if (!template) {
    const picked = await vscode.window.showQuickPick(
      templates.map((t) => ({ label: t.description, description: t.prefix, template: t })),
      { title: vscode.l10n.t('Rapport: New Note from Template'), placeHolder: vscode.l10n.t('Which kind of note?') },
    );
    template = picked?.template;
  }
  if (!template) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(template.body));
  return editor;
}
