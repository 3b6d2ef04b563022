/**
 * The project configuration as the server sees it: resolves `.rapportrc.json`
 * for each note over the editor settings (the project file wins), reports bad
 * configuration once (a diagnostic on the file and a notification) while the
 * last good configuration stays in force, reloads on file-watcher events, and
 * applies Workspace Trust.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename } from 'node:path';
import { DiagnosticSeverity, FileChangeType, MessageType, type Connection, type Diagnostic, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync } from 'node:fs';
import { checkConfigText, ConfigResolver, isConfigFileName, type ConfigProblem, type ResolvedConfig } from '../config/index.ts';
import type { LintOptions } from '../engine/index.ts';
import { settingsOptions } from './linting.ts';
import type { DocumentSettings } from './settings.ts';
import { SOURCE } from './diagnostics.ts';

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

const KEEP = 'The last valid configuration stays in force.';

export class ProjectConfig {
  readonly resolver = new ConfigResolver();
  trusted = true;
  private untrustedNotified = false;
  /** Per configuration file: the problems last reported (published and notified), as a key. */
  private reported = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  /** Resolves the project configuration for a note (undefined for notes that are not files). */
  resolve(uri: string, settings: DocumentSettings): ResolvedConfig | undefined {
    const path = filePath(uri);
    if (!path) return undefined;
    const base = settingsOptions(uri, settings) ?? {};
    const resolved = this.resolver.resolveConfig(path, { trusted: this.trusted, base });
    if (resolved.configPath) this.report(resolved.configPath, resolved.problems);
    if (resolved.untrustedIgnored.length && !this.untrustedNotified) {
      this.untrustedNotified = true;
      void this.connection.sendNotification('window/showMessage', {
        type: MessageType.Info,
        message: `Rapport: this workspace is not trusted, so the ${resolved.untrustedIgnored.join(', ')} settings of ${basename(resolved.configPath!)} are not applied. Trust the workspace to apply them.`,
      });
    }
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
    this.untrustedNotified = false;
  }

  /** Publishes the problems of a configuration file and notifies once per distinct set of problems. */
  private report(configPath: string, problems: ConfigProblem[], force = false): void {
    const key = problems.map((p) => `${p.start}:${p.message}`).join('\n');
    if (!force && this.reported.get(configPath) === key) return;
    this.reported.set(configPath, key);
    const uri = pathToFileURL(configPath).href;
    const open = this.documents.get(uri);
    // An open file is reported from its buffer (see documentChanged); otherwise from disk.
    if (!open) {
      let onDisk: TextDocument | undefined;
      try {
        onDisk = TextDocument.create(uri, 'json', 0, readFileSync(configPath, 'utf8'));
      } catch {
        /* unreadable: place problems at the start */
      }
      void this.connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => this.toDiagnostic(p, onDisk)) });
    }
    if (problems.length) {
      const first = problems[0]!;
      const more = problems.length > 1 ? ` (${problems.length - 1} more problem${problems.length > 2 ? 's' : ''} in the file)` : '';
      void this.connection.sendNotification('window/showMessage', {
        type: MessageType.Warning,
        message: `Rapport: ${basename(configPath)} has a problem: ${first.message}${more} ${KEEP}`,
      });
    }
  }

  private toDiagnostic(p: ConfigProblem, doc: TextDocument | undefined): Diagnostic {
    const range = doc
      ? { start: doc.positionAt(p.start), end: doc.positionAt(p.end) }
      : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { range, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'rapport.config', message: `${p.message} ${KEEP}` };
  }

  /** Diagnostics for an open configuration file, from its current text. */
  documentChanged(doc: TextDocument): void {
    const path = filePath(doc.uri);
    if (!path) return;
    const { problems } = checkConfigText(doc.getText(), path);
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: problems.map((p) => this.toDiagnostic(p, doc)) });
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
      this.reported.delete(path);
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
