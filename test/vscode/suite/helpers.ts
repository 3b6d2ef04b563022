/**
 * Shared helpers for the integration suite (bundled into each *.test.js by scripts/vscode/build-suite.mjs).
 *
 * Every wait here is on an event or a state with a bounded timeout, never a fixed sleep: diagnostics arrive
 * asynchronously from the language server, and their timing varies with machine load.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'rapport.rapport-lint';
/**
 * Bounds for the waits below. They only decide how long a broken build takes to fail: on an idle machine each
 * wait ends within a few seconds, but on a loaded 2-CPU machine activation alone was seen to take 20 s.
 */
export const DIAGNOSTICS_TIMEOUT_MS = 60_000;
export const ACTIVATION_TIMEOUT_MS = 60_000;

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder: test/vscode/run.mjs opens a copy of test/vscode/workspace/');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export function rapportDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'rapport');
}

/** The rule id of a diagnostic: `code` is either a plain value or `{ value, target }` (with a doc link). */
export function ruleId(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

export function withRule(diagnostics: readonly vscode.Diagnostic[], id: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => ruleId(d) === id);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return diagnostics
    .map((d) => {
      const code = ruleId(d);
      const severity = vscode.DiagnosticSeverity[d.severity];
      return `${d.range.start.line + 1}:${d.range.start.character + 1} ${severity} [${d.source ?? '?'}${code === undefined ? '' : ` ${code}`}] ${d.message}`;
    })
    .join('; ');
}

/**
 * Resolves with the Rapport diagnostics of `uri` as soon as `accept` holds for them: immediately if it
 * already does, otherwise on the `onDidChangeDiagnostics` event that makes it true.
 */
export function waitForRapportDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    // Subscribe before the first check so a change between the two cannot be missed.
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      const all = vscode.languages.getDiagnostics(uri);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; diagnostics now: ${describeDiagnostics(all)}`));
    }, timeoutMs);
    function check(): void {
      const diagnostics = rapportDiagnostics(uri);
      if (!accept(diagnostics)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    }
    check();
  });
}

/**
 * For state that has no change event in the API (activation, completion lists, the status text): call
 * `probe` at a short interval until it returns a value other than undefined, bounded by a timeout.
 */
/** VS Code's CancellationError (name and message "Canceled"). */
function isCancellation(error: unknown): boolean {
  return error instanceof vscode.CancellationError || (error instanceof Error && (error.name === 'Canceled' || error.message === 'Canceled'));
}

export async function poll<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
  describeLast: () => string = () => '',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let value: T | undefined;
    try {
      value = await probe();
    } catch (error) {
      // VS Code cancels a provider request that a newer one supersedes (a re-lint publishing diagnostics while
      // code actions are asked for): the editor simply asks again, and so does the probe.
      if (!isCancellation(error)) throw error;
    }
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const last = describeLast();
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `; last seen: ${last}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Activation has no event in the API; poll the flag, bounded by a timeout. */
export async function waitForActivation(extension: vscode.Extension<unknown>, timeoutMs = ACTIVATION_TIMEOUT_MS): Promise<void> {
  await poll(
    () => (extension.isActive ? true : undefined),
    `${EXTENSION_ID} to activate after a Markdown file was opened`,
    timeoutMs,
  );
}

export function rapportExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded; is extensionDevelopmentPath the repo root?`);
  return extension;
}

export async function openNote(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  assert.equal(document.languageId, 'markdown', `${relativePath} should open as Markdown`);
  const editor = await vscode.window.showTextDocument(document);
  // Keep the cursor on the title, away from every finding: the quiet-while-typing feature holds back findings
  // on the word at the cursor, and no test here means to exercise it.
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

/** Resolves when `document` is saved, after `save()` has been started; rejects after the timeout. */
export function saved(document: vscode.TextDocument, save: () => Thenable<unknown>, timeoutMs = DIAGNOSTICS_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.workspace.onDidSaveTextDocument((doc) => {
      if (doc.uri.toString() !== document.uri.toString()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${document.uri.path} to be saved`));
    }, timeoutMs);
    save().then(undefined, (error: unknown) => {
      clearTimeout(timer);
      subscription.dispose();
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

/**
 * Saves a dirty document. `TextDocument.save()` was seen to resolve false for a dirty note now and then on a
 * loaded machine (2 of 3 full runs, never when the activation tests ran alone), with nothing in the workbench
 * log; so a false result is logged with the document's state and the save retried once through
 * `workspace.save`, and the test fails only if the document is still dirty afterwards.
 */
export async function saveNote(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  if (await document.save()) return;
  console.log(`[suite] TextDocument.save() of ${document.uri.path} resolved false (isDirty=${document.isDirty}, version=${document.version}); retrying with workspace.save`);
  if (!document.isDirty) return;
  const result = await vscode.workspace.save(document.uri);
  assert.ok(result && !document.isDirty, `could not save ${document.uri.path} (isDirty=${document.isDirty})`);
}

/** Replaces the whole text of an open document and saves it, so it is neither dirty nor changed on disk. */
export async function restoreAndSave(document: vscode.TextDocument, text: string): Promise<void> {
  if (document.isClosed) return;
  if (document.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    assert.ok(await vscode.workspace.applyEdit(edit), `could not restore ${document.uri.path}`);
  }
  await saveNote(document);
}

/**
 * Sets a setting at workspace level (the folder's .vscode/settings.json) and returns a function that puts the
 * previous workspace value back.
 */
export async function setWorkspaceSetting(section: string, key: string, value: unknown): Promise<() => Promise<void>> {
  const configuration = vscode.workspace.getConfiguration(section);
  const previous = configuration.inspect(key)?.workspaceValue;
  await configuration.update(key, value, vscode.ConfigurationTarget.Workspace);
  await workspaceValueIs(section, key, value);
  return async () => {
    await vscode.workspace.getConfiguration(section).update(key, previous, vscode.ConfigurationTarget.Workspace);
    await workspaceValueIs(section, key, previous);
  };
}

/**
 * `update()` can resolve before the workbench has re-read .vscode/settings.json (in code-server the folder is
 * remote, and a settings file created by the update is picked up from a file event). The extension host hears
 * of the change only from the workbench, so once it reports the value, the workbench's save participants and
 * language features see it too. Seen once on a loaded CI machine: fix-all on save ran before the setting arrived.
 */
async function workspaceValueIs(section: string, key: string, value: unknown): Promise<void> {
  const want = JSON.stringify(value);
  await poll(
    () => (JSON.stringify(vscode.workspace.getConfiguration(section).inspect(key)?.workspaceValue) === want ? true : undefined),
    `the workbench to report ${section}.${key} = ${want ?? 'unset'} at workspace level`,
    DIAGNOSTICS_TIMEOUT_MS,
    () => JSON.stringify(vscode.workspace.getConfiguration(section).inspect(key)?.workspaceValue) ?? 'unset',
  );
}
