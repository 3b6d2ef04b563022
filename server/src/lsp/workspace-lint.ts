/**
 * "Lint workspace": finds every Markdown note in the workspace folders and
 * publishes its diagnostics, so every note shows in Problems without being
 * opened. Open notes are left to the normal validation.
 */
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLinter, OptionsProvider } from './linting.ts';
import type { SettingsStore } from './settings.ts';

export const MAX_WORKSPACE_NOTES = 10_000;
const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export interface WorkspaceLintResult {
  files: number;
  findings: number;
  truncated: boolean;
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

  async run(folders: string[]): Promise<WorkspaceLintResult> {
    let files = 0;
    let findings = 0;
    let truncated = false;
    for (const folder of folders) {
      const paths = await glob('**/*.{md,markdown}', { cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false });
      paths.sort();
      for (const path of paths) {
        if (files >= MAX_WORKSPACE_NOTES) {
          truncated = true;
          break;
        }
        const uri = pathToFileURL(path).href;
        if (this.documents.get(uri)) continue;
        try {
          if ((await stat(path)).size > MAX_NOTE_BYTES) continue;
          const text = await readFile(path, 'utf8');
          const settings = await this.settings.get(uri);
          const options = settings.enable ? this.options(uri, settings) : null;
          const doc = TextDocument.create(uri, 'markdown', 0, text);
          const diagnostics = options ? this.linter.diagnostics(doc, options) : [];
          files++;
          findings += diagnostics.length;
          this.pushed.add(uri);
          void this.connection.sendDiagnostics({ uri, diagnostics });
        } catch {
          /* unreadable file: skip it */
        }
      }
    }
    return { files, findings, truncated };
  }
}
