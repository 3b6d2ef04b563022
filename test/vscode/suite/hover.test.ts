/**
 * Hovering a flagged phrase explains the finding (rule id, better wording, a link to the rule's page); hovering
 * plain text shows nothing from Rapport.
 *
 * Fixture notes/flagged.md: "wheelchair-bound" on line 5 (pfl.wheelchair-bound).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openNote, waitForRapportDiagnostics, withRule, workspaceUri } from './helpers';

const NOTE = 'notes/flagged.md';
const RULE = 'pfl.wheelchair-bound';

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
}

describe('Rapport hover in VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('explains a finding when hovering the flagged phrase', async () => {
    const uri = workspaceUri(NOTE);
    await openNote(NOTE);
    const diagnostic = withRule(await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length > 0, `a ${RULE} diagnostic`), RULE)[0]!;
    // The middle of the flagged range, as a mouse would rest on it.
    const middle = new vscode.Position(diagnostic.range.start.line, Math.floor((diagnostic.range.start.character + diagnostic.range.end.character) / 2));
    const text = hoverText(await hoversAt(uri, middle));
    assert.ok(text.includes(RULE), `the hover should name the rule; got:\n${text || '(no hover)'}`);
    assert.match(text, /who uses a wheelchair/, 'the hover should offer the better wording');
    assert.match(text, /pfl\.wheelchair-bound\.md/, "the hover should link the rule's documentation");
  });

  it('shows nothing from Rapport on text without findings', async () => {
    const uri = workspaceUri(NOTE);
    await openNote(NOTE);
    await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length > 0, `a ${RULE} diagnostic`);
    // "Plan" in the "## Plan" heading: nothing flagged there.
    const document = await vscode.workspace.openTextDocument(uri);
    const line = [...Array(document.lineCount).keys()].find((i) => document.lineAt(i).text === '## Plan');
    assert.ok(line !== undefined, 'the fixture should have a "## Plan" heading');
    const text = hoverText(await hoversAt(uri, new vscode.Position(line, 4)));
    assert.ok(!text.includes('Rapport'), `no Rapport hover expected on plain text; got:\n${text}`);
  });
});
