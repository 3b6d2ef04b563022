/**
 * Rule documentation opens rendered, in one tab, and Rapport never lints its own pages (issue: the raw page
 * opened and its examples filled Problems; the Problems link opened two tabs).
 *
 * Fixtures: notes/flagged.md ("wheelchair-bound", pfl.wheelchair-bound) and notes/clean.md (the control).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openNote, poll, rapportDiagnostics, rapportExtension, waitForRapportDiagnostics, withRule, workspaceUri } from './helpers';

const RULE = 'pfl.wheelchair-bound';

const allTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
const pageUri = () => vscode.Uri.joinPath(rapportExtension().extensionUri, 'docs', 'rules', `${RULE}.md`);
const isPageText = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === pageUri().toString();
const isPreview = (tab: vscode.Tab) =>
  tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && tab.label.includes(RULE);
const describeTabs = () => allTabs().map((t) => `${t.label} (${t.input instanceof vscode.TabInputText ? 'text' : t.input instanceof vscode.TabInputWebview ? t.input.viewType : 'other'})`).join(', ');

/** Waits until the page is shown rendered and not as text; then checks that the server left it alone. */
async function expectRenderedOnce(): Promise<void> {
  await poll(() => (allTabs().some(isPreview) && !allTabs().some(isPageText) ? true : undefined), `the ${RULE} page rendered, without its source tab`, 30_000, describeTabs);
  assert.equal(allTabs().filter(isPreview).length, 1, `one rendered tab for the page; tabs: ${describeTabs()}`);
  // Messages reach the server in order: once a note opened after the page is linted, a page that had been
  // sent to the server would have its findings too.
  await openNote('notes/clean.md');
  await openNote('notes/flagged.md');
  await waitForRapportDiagnostics(workspaceUri('notes/flagged.md'), (d) => withRule(d, RULE).length === 1, `${RULE} on the control note`);
  assert.deepEqual(rapportDiagnostics(pageUri()).map((d) => d.message), [], 'Rapport must not lint its own documentation');
}

describe('Rapport rule documentation in VS Code', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the "Open documentation" quick fix shows the page rendered and does not lint it', async () => {
    const uri = workspaceUri('notes/flagged.md');
    await openNote('notes/flagged.md');
    const [diagnostic] = withRule(await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length === 1, RULE), RULE);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic!.range);
    const open = (actions ?? []).find((a) => /documentation/i.test(a.title));
    assert.ok(open?.command, `an "Open documentation" action; got ${(actions ?? []).map((a) => a.title).join('; ')}`);
    await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? []));
    await expectRenderedOnce();
  });

  it('the rule link of a finding (as Problems and the hover open it) ends in one rendered tab', async () => {
    const uri = workspaceUri('notes/flagged.md');
    await openNote('notes/flagged.md');
    const [diagnostic] = withRule(await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length === 1, RULE), RULE);
    const target = typeof diagnostic!.code === 'object' ? diagnostic!.code.target : undefined;
    assert.ok(target, 'the rule id links to its page');
    assert.equal(target.toString(), pageUri().toString(), 'the link points at the bundled page');
    await vscode.commands.executeCommand('vscode.open', target);
    await expectRenderedOnce();
  });

  it('"Show Rule Documentation" with a rule id shows that page rendered', async () => {
    await vscode.commands.executeCommand('rapport.showRuleDocumentation', RULE);
    await expectRenderedOnce();
  });
});
