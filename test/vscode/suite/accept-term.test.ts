/**
 * "Add to accepted terms" takes effect at once: the finding goes without anyone saving an editor tab.
 *
 * Fixtures: notes/accepted/accept-term.md ("Pt refused stretching today …", adhere.refused) and
 * notes/accepted/.rapportrc.json (a comment and one accepted term), in their own folder so that the
 * accepted term does not reach the other tests' notes.
 */
import * as assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { describeDiagnostics, openNote, poll, waitForRapportDiagnostics, withRule, workspaceUri } from './helpers';

const RULE = 'adhere.refused';

describe('Rapport accepted terms in VS Code', () => {
  const config = workspaceUri('notes/accepted/.rapportrc.json');
  let original: string;
  before(async () => {
    original = await readFile(config.fsPath, 'utf8');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await writeFile(config.fsPath, original);
  });

  it('"Add to accepted terms" removes the finding at once, with nothing left unsaved, and keeps the file\'s comments', async () => {
    const uri = workspaceUri('notes/accepted/accept-term.md');
    await openNote('notes/accepted/accept-term.md');
    const diagnostics = await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length > 0, `a ${RULE} diagnostic`);
    const diagnostic = withRule(diagnostics, RULE)[0]!;
    let seen = '';
    const accept = await poll(
      async () => {
        const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range)) ?? [];
        seen = actions.map((a) => `${a.kind?.value ?? '?'}: ${a.title}`).join('; ');
        return actions.find((a) => a.title.startsWith('Add “refused” to the project\'s accepted terms'));
      },
      'an "add to accepted terms" action',
      30_000,
      () => seen,
    );

    // What the light bulb does: apply the action's edit (none here), then run its command.
    if (accept.edit) await vscode.workspace.applyEdit(accept.edit);
    if (accept.command) await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));

    const after = await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length === 0, `the ${RULE} finding to go`);
    assert.equal(withRule(after, RULE).length, 0, describeDiagnostics(after));
    const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.path);
    assert.deepEqual(dirty, [], 'no editor tab left unsaved');
    const onDisk = await readFile(config.fsPath, 'utf8');
    assert.match(onDisk, /\/\/ Terms this team has agreed to keep/);
    assert.deepEqual(JSON.parse(onDisk.replace(/^\s*\/\/.*$/m, '')).vocabulary.accept, ['client', 'refused']);
  });
});
