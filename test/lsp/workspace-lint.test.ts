/** "Lint all notes in the workspace": progress with a count, cancelling, and no stale results after a configuration change. */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceLint } from '../../server/src/lsp/workspace-lint.ts';
import { DocumentLinter, settingsOptions, type OptionsProvider } from '../../server/src/lsp/linting.ts';
import { DEFAULT_SETTINGS, type SettingsStore } from '../../server/src/lsp/settings.ts';
import { fileUri, tempDir } from './helpers.ts';

function setup(notes: number) {
  const dir = tempDir();
  mkdirSync(join(dir, 'notes'));
  for (let i = 0; i < notes; i++) writeFileSync(join(dir, 'notes', `n${String(i).padStart(2, '0')}.md`), 'Pt is wheelchair-bound.\n');
  const published = new Map<string, Diagnostic[]>();
  const connection = { sendDiagnostics: async (p: { uri: string; diagnostics: Diagnostic[] }) => void published.set(p.uri, p.diagnostics) } as unknown as Connection;
  const documents = { get: () => undefined } as unknown as TextDocuments<TextDocument>;
  const settings = { get: async () => DEFAULT_SETTINGS } as unknown as SettingsStore;
  let rules: Record<string, 'off' | 'warning'> = {};
  const options: OptionsProvider = (uri, s) => ({ ...settingsOptions(uri, s)!, rules });
  const lint = new WorkspaceLint(connection, documents, settings, new DocumentLinter('file:///docs/', () => undefined), options);
  return { dir, lint, published, setRules: (r: typeof rules) => (rules = r) };
}

describe('language server: workspace lint', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('reports progress as "done of total", ending at the total', async () => {
    const { dir, lint } = setup(5);
    dirs.push(dir);
    const reports: Array<[number, number]> = [];
    const result = await lint.run([dir], { report: (done, total) => reports.push([done, total]) });
    assert.equal(result.files, 5);
    assert.equal(result.cancelled, false);
    assert.deepEqual(reports.at(-1), [5, 5]);
    assert.ok(reports.every(([done, total]) => total === 5 && done <= total), JSON.stringify(reports));
  });

  it('stops when cancelled and says so', async () => {
    const { dir, lint, published } = setup(12);
    dirs.push(dir);
    let checks = 0;
    const token = { get isCancellationRequested() { return ++checks > 3; }, onCancellationRequested: () => ({ dispose() {} }) };
    const result = await lint.run([dir], { token });
    assert.equal(result.cancelled, true);
    assert.equal(result.files, 3);
    assert.equal(published.size, 3);
  });

  it('lints the published notes again after the configuration changes, so Problems is not stale', async () => {
    const { dir, lint, published, setRules } = setup(2);
    dirs.push(dir);
    await lint.run([dir]);
    const uri = fileUri(join(dir, 'notes', 'n00.md'));
    assert.equal(published.get(uri)?.[0]?.code, 'pfl.wheelchair-bound');
    setRules({ 'pfl.wheelchair-bound': 'off' });
    await lint.refresh();
    assert.deepEqual(published.get(uri), []);
    rmSync(join(dir, 'notes', 'n01.md'));
    await lint.refresh();
    assert.deepEqual(published.get(fileUri(join(dir, 'notes', 'n01.md'))), [], 'a deleted note loses its findings');
  });
});
