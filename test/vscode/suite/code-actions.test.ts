/**
 * Quick fixes and fix-all on save, as VS Code itself asks for and applies them.
 *
 * Fixtures (copied into the temporary workspace by test/vscode/run.mjs):
 *   notes/quick-fix.md    "Naren is a 20-year-old wheelchair-bound university student …" (pfl.wheelchair-bound,
 *                         a safe fix: "university student who uses a wheelchair")
 *   notes/fix-on-save.md  a clean note; the tests type a flagged sentence into it and save
 */
import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import {
  describeDiagnostics,
  openNote,
  poll,
  restoreAndSave,
  saved,
  setWorkspaceSetting,
  waitForRapportDiagnostics,
  withRule,
  workspaceUri,
} from './helpers';

const RULE = 'pfl.wheelchair-bound';
const FLAGGED = 'wheelchair-bound university student';
const FIXED = 'university student who uses a wheelchair';
/** Typed into the clean note: one safe fix (wheelchair-bound) and one finding without a safe fix (claims). */
const TYPED = '\nNaren is a 20-year-old wheelchair-bound university student. Pt claims the pain started after transfers.\n';

/** The provider command returns CodeActions and bare Commands; a Command's `command` is the id string. */
function isCommand(action: vscode.CodeAction | vscode.Command): action is vscode.Command {
  return typeof (action as vscode.Command).command === 'string';
}

function describeActions(actions: readonly (vscode.CodeAction | vscode.Command)[]): string {
  if (actions.length === 0) return 'none';
  return actions.map((a) => (isCommand(a) ? `command: ${a.title}` : `${a.kind?.value ?? '?'}: ${a.title}`)).join('; ');
}

describe('Rapport code actions in VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers a preferred quick fix that rewrites the wording, and the diagnostic goes away', async () => {
    const uri = workspaceUri('notes/quick-fix.md');
    const editor = await openNote('notes/quick-fix.md');
    const document = editor.document;
    const original = document.getText();
    try {
      const diagnostics = await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length > 0, `a ${RULE} diagnostic`);
      const diagnostic = withRule(diagnostics, RULE)[0]!;

      // What the light bulb shows: VS Code asks every provider for actions on the range, passing the
      // diagnostics there as the context.
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        diagnostic.range,
      );
      const quickFixes = (actions ?? []).filter(
        (a): a is vscode.CodeAction => !isCommand(a) && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind),
      );
      const preferred = quickFixes.find((a) => a.isPreferred && a.edit);
      assert.ok(preferred, `expected a preferred quick fix with an edit; got ${describeActions(actions ?? [])}`);
      assert.ok(preferred.title.includes(FIXED), `the preferred fix should offer "${FIXED}"; got "${preferred.title}"`);
      // (The action's `diagnostics` are not checked: vscode.executeCodeActionProvider does not return them.)
      // The other actions a clinician can pick from the same light bulb.
      const titles = quickFixes.map((a) => a.title);
      assert.ok(titles.some((t) => t.includes(`Disable ${RULE} for this line`)), `no "disable for this line" action; got ${titles.join('; ')}`);
      assert.ok(titles.some((t) => t.includes(`Open documentation for ${RULE}`)), `no "open documentation" action; got ${titles.join('; ')}`);

      // Apply it the way the editor does: the edit, then its command if it has one.
      assert.ok(await vscode.workspace.applyEdit(preferred.edit!), 'VS Code refused the quick fix edit');
      if (preferred.command) await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? []));

      assert.ok(document.getText().includes(FIXED), `the note should now say "${FIXED}"`);
      assert.ok(!document.getText().includes(FLAGGED), 'the flagged wording should be gone');
      const after = await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length === 0, `the ${RULE} diagnostic to go away`);
      assert.deepEqual(after, [], `the fixed note should have no findings; got ${describeDiagnostics(after)}`);
    } finally {
      await restoreAndSave(document, original);
    }
  });

  it('leaves the wording alone on save when fix-all on save is not configured', async () => {
    const uri = workspaceUri('notes/fix-on-save.md');
    const editor = await openNote('notes/fix-on-save.md');
    const document = editor.document;
    const original = document.getText();
    try {
      const end = document.lineAt(document.lineCount - 1).range.end;
      assert.ok(await editor.edit((edit) => edit.insert(end, TYPED)), 'could not type into the note');
      await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length > 0, `a ${RULE} diagnostic for the typed sentence`);
      await saved(document, () => vscode.commands.executeCommand('workbench.action.files.save'));
      assert.ok(document.getText().includes('wheelchair-bound'), 'saving without codeActionsOnSave must not change the note');
    } finally {
      await restoreAndSave(document, original);
    }
  });

  it('applies every safe fix on save when "source.fixAll.rapport" is in editor.codeActionsOnSave', async () => {
    const uri = workspaceUri('notes/fix-on-save.md');
    const restores: (() => Promise<void>)[] = [];
    const editor = await openNote('notes/fix-on-save.md');
    const document = editor.document;
    const original = document.getText();
    try {
      // The folder's .vscode/settings.json, as a team would configure it.
      restores.push(await setWorkspaceSetting('editor', 'codeActionsOnSave', { 'source.fixAll.rapport': 'explicit' }));

      const end = document.lineAt(document.lineCount - 1).range.end;
      assert.ok(await editor.edit((edit) => edit.insert(end, TYPED)), 'could not type into the note');
      await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length > 0, `a ${RULE} diagnostic for the typed sentence`);
      // The save participant asks for exactly this kind; make sure the server offers it for the typed text, so a
      // failure below is about running it on save.
      const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      let offered: readonly (vscode.CodeAction | vscode.Command)[] = [];
      await poll(
        async () => {
          offered = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.rapport')) ?? [];
          return offered.some((a) => !isCommand(a) && a.kind?.value === 'source.fixAll.rapport') ? true : undefined;
        },
        'the server to offer source.fixAll.rapport for the typed sentence',
        undefined,
        () => describeActions(offered),
      );

      // An explicit save, as Ctrl+S does ("explicit" participants do not run on auto-save).
      await saved(document, () => vscode.commands.executeCommand('workbench.action.files.save'));

      let text = document.getText();
      if (!text.includes(FIXED)) {
        // Seen once in a full CI run on 2026-12-03 (1 of 9 runs of this suite that day, never when it ran alone): the
        // server had offered the fix-all, the explicit save ran, and the note came back unchanged, with nothing in the
        // workbench log. The miss is printed with the document's state, so a pattern shows in the logs, and the note is
        // saved once more (made dirty again with an edit that leaves its text as it was); a second miss fails the test.
        console.log(`[suite] fix-all on save left ${uri.path} unchanged on the first save (version=${document.version}, isDirty=${document.isDirty}); saving again`);
        const last = document.lineAt(document.lineCount - 1).range.end;
        assert.ok(await editor.edit((edit) => edit.insert(last, ' ')), 'could not touch the note');
        assert.ok(await editor.edit((edit) => edit.delete(new vscode.Range(last, last.translate(0, 1)))), 'could not touch the note');
        await saved(document, () => vscode.commands.executeCommand('workbench.action.files.save'));
        text = document.getText();
      }
      assert.ok(text.includes(FIXED), `fix-all on save should have rewritten the sentence; the note is now:\n${text}`);
      assert.ok(!text.includes('wheelchair-bound'), 'the flagged wording should be gone after saving');
      assert.ok(text.includes('Pt claims'), 'a finding without a safe fix ("claims") must be left for the writer');
      assert.equal(await readFile(uri.fsPath, 'utf8'), text, 'the fixed text should be what was written to disk');

      const after = await waitForRapportDiagnostics(
        uri,
        (d) => withRule(d, RULE).length === 0 && withRule(d, 'cred.judgment-verb').length > 0,
        `the ${RULE} diagnostic to go away while cred.judgment-verb stays`,
      );
      assert.equal(withRule(after, RULE).length, 0);
    } finally {
      for (const restore of restores.reverse()) await restore();
      await restoreAndSave(document, original);
    }
  });
});
