/**
 * Browser counterpart of lsp/workspace-lint.ts. The browser server cannot list or read the workspace's files,
 * so "Lint workspace" covers the open notes only (which are linted as they open); it reports no other notes.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLinter, OptionsProvider } from '../lsp/linting.ts';
import type { SettingsStore } from '../lsp/settings.ts';
import type { WorkspaceLintProgress, WorkspaceLintResult } from '../lsp/workspace-lint.ts';

export const MAX_WORKSPACE_NOTES = 10_000;

export type { WorkspaceLintProgress, WorkspaceLintResult } from '../lsp/workspace-lint.ts';

export class WorkspaceLint {
  readonly pushed = new Set<string>();

  constructor(
    _connection: Connection,
    _documents: TextDocuments<TextDocument>,
    _settings: SettingsStore,
    _linter: DocumentLinter,
    _options: OptionsProvider,
  ) {}

  async run(_folders: string[], progress: WorkspaceLintProgress = {}): Promise<WorkspaceLintResult> {
    progress.report?.(0, 0);
    return { files: 0, findings: 0, truncated: false, cancelled: false };
  }

  /** Nothing was published for closed notes, so a configuration change has nothing to refresh here. */
  async refresh(): Promise<void> {}
}
