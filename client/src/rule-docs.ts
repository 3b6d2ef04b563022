/**
 * Rule documentation, shown rendered: "Rapport: Show Rule Documentation" (the rule at the cursor, or a picker
 * of every rule with its summary, grouped by family), the "Open documentation" quick fix, and the rule links in
 * Problems and hovers. The pages ship in the extension's docs/rules/; they open in the Markdown preview, and a
 * raw page opened by a link is swapped for its preview, so a reader never lands in the page's source.
 */
import * as vscode from 'vscode';
import { groupByFamily, parseCatalogue, type CatalogueEntry } from './rule-catalogue.ts';
import { isOwnFile } from './middleware.ts';

const PUBLIC_DOCS = 'https://github.com/rapport-notes/rapport/blob/main/docs/rules/';

const docsFolder = (extensionUri: vscode.Uri) => vscode.Uri.joinPath(extensionUri, 'docs', 'rules');

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function readCatalogue(extensionUri: vscode.Uri): Promise<CatalogueEntry[]> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(docsFolder(extensionUri), 'index.json'));
    return parseCatalogue(new TextDecoder().decode(bytes));
  } catch {
    return [];
  }
}

/** The rule of the Rapport finding under the cursor, if any. */
function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const here = vscode.languages
    .getDiagnostics(editor.document.uri)
    .find((d) => d.source === 'rapport' && d.range.contains(editor.selection.active));
  if (!here?.code) return undefined;
  return typeof here.code === 'object' ? String(here.code.value) : String(here.code);
}

type RulePick = vscode.QuickPickItem & { id?: string };

/** Asks which rule to show: every rule with its summary, under a separator per family. */
export async function pickRule(extensionUri: vscode.Uri): Promise<string | undefined> {
  const items: RulePick[] = [{ label: vscode.l10n.t('All rules'), description: vscode.l10n.t('the index of every rule'), id: 'README' }];
  for (const group of groupByFamily(await readCatalogue(extensionUri))) {
    items.push({ label: group.title, kind: vscode.QuickPickItemKind.Separator });
    for (const entry of group.entries) items.push({ label: entry.id, detail: entry.summary, id: entry.id });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Rapport: Show Rule Documentation'),
    placeHolder: vscode.l10n.t('Type a rule id or words from what it flags'),
    matchOnDetail: true,
  });
  return picked?.id;
}

/** Shows a rule's page rendered (the bundled copy; the public page if the extension has no copy). */
export async function showRuleDocumentation(extensionUri: vscode.Uri, ruleId?: string): Promise<void> {
  const id = ruleId ?? ruleAtCursor() ?? (await pickRule(extensionUri));
  if (!id || !/^[\w.-]+$/.test(id)) return;
  const page = vscode.Uri.joinPath(docsFolder(extensionUri), `${id}.md`);
  if (await exists(page)) await vscode.commands.executeCommand('markdown.showPreview', page);
  else await vscode.env.openExternal(vscode.Uri.parse(`${PUBLIC_DOCS}${id}.md`));
}

/**
 * A rule link (Problems, hover) opens the page's file in a text editor; replace that tab with the rendered
 * preview, in the same group, so the link ends in one tab showing the page as a reader expects.
 */
export function registerRenderedDocs(context: vscode.ExtensionContext): void {
  const isPage = (uri: vscode.Uri) => isOwnFile(context.extensionUri, uri) && uri.path.endsWith('.md');
  const swap = async (tabs: readonly vscode.Tab[]) => {
    for (const tab of tabs) {
      if (!(tab.input instanceof vscode.TabInputText) || !isPage(tab.input.uri)) continue;
      const uri = tab.input.uri;
      await vscode.window.tabGroups.close(tab);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    }
  };
  context.subscriptions.push(vscode.window.tabGroups.onDidChangeTabs((e) => void swap([...e.opened, ...e.changed])));
}
