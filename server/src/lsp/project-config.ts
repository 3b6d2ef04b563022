/**
 * The project configuration as the server sees it: resolves `.rapportrc.json`
 * for each note over the editor settings (the project file wins), reports bad
 * configuration once (a diagnostic on the file and a notification) while the
 * last good configuration stays in force, reloads on file-watcher events, and
 * applies Workspace Trust.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename } from 'node:path';
import { FileChangeType, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync } from 'node:fs';
import { checkConfigText, ConfigResolver, isConfigFileName, type ConfigProblem, type ResolvedConfig } from '../config/index.ts';
import type { LintOptions } from '../engine/index.ts';
import { settingsOptions } from './linting.ts';
import type { DocumentSettings } from './settings.ts';
import { ConfigReporter } from './config-report.ts';

export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function isConfigUri(uri: string): boolean {
  const path = filePath(uri);
  return !!path && isConfigFileName(path);
}

export class ProjectConfig {
  readonly resolver = new ConfigResolver();
  trusted = true;
  private readonly reporter: ConfigReporter;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {
    this.reporter = new ConfigReporter(connection, documents);
  }

  /** Resolves the project configuration for a note (undefined for notes that are not files). */
  resolve(uri: string, settings: DocumentSettings): ResolvedConfig | undefined {
    const path = filePath(uri);
    if (!path) return undefined;
    const base = settingsOptions(uri, settings) ?? {};
    const resolved = this.resolver.resolveConfig(path, { trusted: this.trusted, base });
    if (resolved.configPath) this.report(resolved.configPath, resolved.problems);
    if (resolved.configPath) this.reporter.untrusted(resolved.untrustedIgnored, basename(resolved.configPath));
    return resolved;
  }

  /** The OptionsProvider for the server: editor settings, then the project file; null for ignored notes. */
  options = (uri: string, settings: DocumentSettings): LintOptions | null => {
    const resolved = this.resolve(uri, settings);
    if (!resolved) return settingsOptions(uri, settings);
    return resolved.ignored ? null : resolved.options;
  };

  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.reporter.trustChanged();
  }

  /** Publishes the problems of a configuration file and notifies once per distinct set of problems. */
  private report(configPath: string, problems: ConfigProblem[], force = false): void {
    const onDisk = () => {
      try {
        return readFileSync(configPath, 'utf8');
      } catch {
        return undefined; // unreadable: place problems at the start
      }
    };
    this.reporter.report(pathToFileURL(configPath).href, basename(configPath), problems, onDisk, force);
  }

  /** Diagnostics for an open configuration file, from its current text. */
  documentChanged(doc: TextDocument): void {
    const path = filePath(doc.uri);
    if (!path) return;
    this.reporter.documentChanged(doc, checkConfigText(doc.getText(), path).problems);
  }

  /** A configuration file closed: report its on-disk state again. */
  documentClosed(uri: string): void {
    const path = filePath(uri);
    if (!path) return;
    const { problems } = this.resolver.load(path);
    this.report(path, problems, true);
  }

  /**
   * File-watcher events (or a save): forget changed configuration files and re-read them, reporting problems.
   * Returns true when notes must be linted again.
   */
  filesChanged(changes: readonly FileEvent[]): boolean {
    let any = false;
    for (const change of changes) {
      const path = filePath(change.uri);
      if (!path || !isConfigFileName(path)) continue;
      any = true;
      this.resolver.invalidate(path);
      this.reporter.forget(pathToFileURL(path).href);
      if (change.type === FileChangeType.Deleted) {
        void this.connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        continue;
      }
      const { problems } = this.resolver.load(path);
      this.report(path, problems, true);
      const open = this.documents.get(change.uri);
      if (open) this.documentChanged(open);
    }
    return any;
  }
}
