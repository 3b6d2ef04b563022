/**
 * "Disable … for this line" applied in the editor must not change how the note renders: on a line inside a
 * wrapped paragraph the comment used to go on a line of its own and the preview showed two paragraphs.
 *
 * Fixture: notes/wrapped-paragraph.md, a three-line paragraph whose second line holds "wheelchair-bound"
 * (pfl.wheelchair-bound). The rendering is VS Code's own Markdown preview renderer (`markdown.api.render`).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDiagnostics, openNote, poll, restoreAndSave, waitForRapportDiagnostics, withRule, workspaceUri } from './helpers';

const RULE = 'pfl.wheelchair-bound';
const NOTE = 'notes/wrapped-paragraph.md';

/** The preview's HTML with comments taken out, and its number of paragraphs. */
async function preview(document: vscode.TextDocument): Promise<{ html: string; paragraphs: number }> {
  const html = await poll(
    async () => {
      try {
        return await vscode.commands.executeCommand<string>('markdown.api.render', document.getText());
      } catch {
        return undefined; // the built-in Markdown extension is still activating
      }
    },
    'the built-in Markdown renderer',
  );
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
  return { html: withoutComments, paragraphs: (html.match(/<p[\s>]/g) ?? []).length };
}

describe('Rapport disable-for-this-line in VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('keeps a wrapped paragraph one paragraph in the preview, and silences the finding', async () => {
    const uri = workspaceUri(NOTE);
    const editor = await openNote(NOTE);
    const document = editor.document;
    const original = document.getText();
    try {
      const diagnostics = await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length > 0, `a ${RULE} diagnostic`);
      const diagnostic = withRule(diagnostics, RULE)[0]!;
      assert.equal(document.lineAt(diagnostic.range.start.line).text.startsWith('is a wheelchair-bound'), true, 'the finding is on a wrapped line');
      const before = await preview(document);

      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
      const disable = (actions ?? []).find((a) => a.title === `Disable ${RULE} for this line`);
      assert.ok(disable?.edit, `no "Disable ${RULE} for this line" action; got ${(actions ?? []).map((a) => a.title).join('; ')}`);
      assert.ok(await vscode.workspace.applyEdit(disable.edit), 'VS Code refused the edit');

      const after = await preview(document);
      assert.equal(after.paragraphs, before.paragraphs, `the preview's paragraphs changed; the note is now:\n${document.getText()}`);
      assert.equal(after.html, before.html, 'the preview shows something other than before');
      const left = await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length === 0, `the ${RULE} diagnostic to go away`);
      assert.deepEqual(left, [], `no finding should be left; got ${describeDiagnostics(left)}`);
    } finally {
      await restoreAndSave(document, original);
    }
  });
});
