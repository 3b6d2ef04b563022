/**
 * "Lint workspace": finds every Markdown note in the workspace folders and
 * publishes its diagnostics, so every note shows in Problems without being
 * opened. Open notes are left to the normal validation.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLinter, OptionsProvider } from './linting.ts';
import type { SettingsStore } from './settings.ts';

export const MAX_WORKSPACE_NOTES = 10_000;
const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export interface WorkspaceLintResult {
  files: number;
  findings: number;
  truncated: boolean;
  /** Stopped by the user before every note was linted. */
  cancelled: boolean;
}

export interface WorkspaceLintProgress {
  token?: CancellationToken;
  /** Called as notes are linted: how many so far, of how many found. */
  report?: (done: number, total: number) => void;
}

export class WorkspaceLint {
  /** Notes whose diagnostics were pushed by a workspace lint (cleared when opened, in pull mode, to avoid duplicates). */
  readonly pushed = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly linter: DocumentLinter,
    private readonly options: OptionsProvider,
  ) {}

  async run(folders: string[], progress: WorkspaceLintProgress = {}): Promise<WorkspaceLintResult> {
    let files = 0;
    let findings = 0;
    let truncated = false;
    let cancelled = false;
    const paths: string[] = [];
    for (const folder of folders) {
      const found = await glob('**/*.{md,markdown}', { cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false });
      paths.push(...found.sort());
    }
    if (paths.length > MAX_WORKSPACE_NOTES) {
      truncated = true;
      paths.length = MAX_WORKSPACE_NOTES;
    }
    let lastReport = 0;
    for (const [i, path] of paths.entries()) {
      if (progress.token?.isCancellationRequested) {
        cancelled = true;
        break;
      }
      if (Date.now() - lastReport > 100) {
        lastReport = Date.now();
        progress.report?.(i, paths.length);
      }
      const uri = pathToFileURL(path).href;
      if (this.documents.get(uri)) continue;
      const count = await this.publish(uri, path);
      if (count === undefined) continue;
      files++;
      findings += count;
    }
    progress.report?.(cancelled ? files : paths.length, paths.length);
    return { files, findings, truncated, cancelled };
  }

  /**
   * Settings or a project file changed: lint again the closed notes a workspace lint published, so Problems
   * does not keep findings made under the old configuration.
   */
  async refresh(): Promise<void> {
    for (const uri of [...this.pushed]) {
      if (this.documents.get(uri)) continue;
      const path = fileURLToPath(uri);
      if ((await this.publish(uri, path)) === undefined) {
        this.pushed.delete(uri);
        void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
  }

  /** Lints one closed note from disk and publishes its diagnostics; the number of findings, or undefined if skipped. */
  private async publish(uri: string, path: string): Promise<number | undefined> {
    try {
      if ((await stat(path)).size > MAX_NOTE_BYTES) return undefined;
      const text = await readFile(path, 'utf8');
      const settings = await this.settings.get(uri);
      const options = settings.enable ? this.options(uri, settings) : null;
      const doc = TextDocument.create(uri, 'markdown', 0, text);
      const diagnostics = options ? this.linter.diagnostics(doc, options) : [];
      this.pushed.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
      return diagnostics.length;
    } catch {
      return undefined; // unreadable file: skip it
    }
  }
}
