/**
 * Person-first / identity-first: rapport.languagePreference (per workspace) and patient-identifies-as (per
 * note, which wins) decide which form is flagged (issue: only "amputee" changed).
 *
 * notes/preference.md and notes/preference-patient.md (front matter patient-identifies-as: [autistic]) both
 * say "student with autism" (person-first) and "autistic man" (identity-first).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openNote, setWorkspaceSetting, waitForRapportDiagnostics, withRule, workspaceUri } from './helpers';

const RULE = 'pfl.language-preference';
// The flagged words, without an article the finding takes in when its fix needs the other one
// ("a student with autism" → "an autistic student").
const flaggedTexts = (document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]) =>
  withRule(diagnostics, RULE)
    .map((d) => document.getText(d.range).replace(/^(?:an?|An?)\s+/, ''))
    .sort();

describe('Rapport language preference in VS Code', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('follows the workspace setting: identity-first, person-first, ask', async () => {
    const uri = workspaceUri('notes/preference.md');
    const { document } = await openNote('notes/preference.md');
    // With no preference stated both forms are acceptable; the note is linted (the rule is just silent).
    await waitForRapportDiagnostics(uri, (d) => withRule(d, RULE).length === 0, 'no preference finding without a stated preference');

    restore = await setWorkspaceSetting('rapport', 'languagePreference', 'identity-first');
    let d = await waitForRapportDiagnostics(uri, (x) => withRule(x, RULE).length === 1, 'one finding under identity-first');
    assert.deepEqual(flaggedTexts(document, d), ['student with autism']);
    assert.deepEqual(withRule(d, RULE)[0]!.message.includes('autistic student'), true, withRule(d, RULE)[0]!.message);

    await restore();
    restore = await setWorkspaceSetting('rapport', 'languagePreference', 'person-first');
    d = await waitForRapportDiagnostics(uri, (x) => flaggedTexts(document, x).join() === 'autistic man', '"autistic man" under person-first');

    await restore();
    restore = await setWorkspaceSetting('rapport', 'languagePreference', 'ask');
    d = await waitForRapportDiagnostics(uri, (x) => withRule(x, RULE).length === 2, 'both forms under ask');
    assert.deepEqual(flaggedTexts(document, d), ['autistic man', 'student with autism']);
    for (const x of withRule(d, RULE)) assert.equal(x.severity, vscode.DiagnosticSeverity.Information, x.message);
  });

  it('the person\'s own terms (patient-identifies-as) win over the workspace setting', async () => {
    restore = await setWorkspaceSetting('rapport', 'languagePreference', 'person-first');
    const uri = workspaceUri('notes/preference-patient.md');
    const { document } = await openNote('notes/preference-patient.md');
    const d = await waitForRapportDiagnostics(uri, (x) => withRule(x, RULE).length === 1, 'one finding for a person who identifies as autistic');
    assert.deepEqual(flaggedTexts(document, d), ['student with autism'], '"autistic man" is the person\'s own term');
    assert.equal(withRule(d, RULE)[0]!.severity, vscode.DiagnosticSeverity.Warning);
  });
});
