/**
 * Changing a `rapport.*` setting re-lints open notes without reopening them.
 *
 * Fixture notes/settings.md has two findings: "wheelchair-bound" (pfl.wheelchair-bound, warning) and
 * "Pt claims" (cred.judgment-verb, warning). The other finding is the control: it must survive a change aimed
 * at one rule, which proves the note was linted again rather than merely cleared.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDiagnostics, openNote, setWorkspaceSetting, waitForRapportDiagnostics, withRule, workspaceUri } from './helpers';

const NOTE = 'notes/settings.md';
const RULE = 'pfl.wheelchair-bound';
const CONTROL = 'cred.judgment-verb';

describe('Rapport settings in VS Code', () => {
  let restore: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('turning a rule off in rapport.rules removes its diagnostic, and removing the setting brings it back', async () => {
    const uri = workspaceUri(NOTE);
    await openNote(NOTE);
    await waitForRapportDiagnostics(
      uri,
      (d) => withRule(d, RULE).length === 1 && withRule(d, CONTROL).length === 1,
      `both ${RULE} and ${CONTROL} before the change`,
    );

    restore = await setWorkspaceSetting('rapport', 'rules', { [RULE]: 'off' });
    const off = await waitForRapportDiagnostics(
      uri,
      (d) => withRule(d, RULE).length === 0 && withRule(d, CONTROL).length === 1,
      `${RULE} to disappear (and ${CONTROL} to stay) after "rapport.rules": {"${RULE}": "off"}`,
    );
    assert.equal(off.length, 1, `only the control finding should remain; got ${describeDiagnostics(off)}`);

    await restore();
    restore = undefined;
    await waitForRapportDiagnostics(
      uri,
      (d) => withRule(d, RULE).length === 1 && withRule(d, CONTROL).length === 1,
      `${RULE} to come back once the setting is removed`,
    );
  });

  it('changing a rule severity in rapport.rules changes the diagnostic severity', async () => {
    const uri = workspaceUri(NOTE);
    await openNote(NOTE);
    await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length === 1, `${RULE} before the change`);

    restore = await setWorkspaceSetting('rapport', 'rules', { [RULE]: 'error' });
    const changed = await waitForRapportDiagnostics(
      uri,
      (d) => withRule(d, RULE)[0]?.severity === vscode.DiagnosticSeverity.Error,
      `${RULE} to become an error after "rapport.rules": {"${RULE}": "error"}`,
    );
    assert.equal(
      withRule(changed, CONTROL)[0]?.severity,
      vscode.DiagnosticSeverity.Warning,
      `${CONTROL} should keep its default severity; got ${describeDiagnostics(changed)}`,
    );
  });

  it('rapport.enable = false clears the note\'s diagnostics', async () => {
    const uri = workspaceUri(NOTE);
    await openNote(NOTE);
    await waitForRapportDiagnostics(uri, (d) => d.length > 0, 'diagnostics before the change');

    restore = await setWorkspaceSetting('rapport', 'enable', false);
    await waitForRapportDiagnostics(uri, (d) => d.length === 0, 'diagnostics to clear after "rapport.enable": false');
  });
});
