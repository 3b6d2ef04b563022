/**
 * Browser counterpart of lsp/project-config.ts. A Web Worker has no file system, so the web client sends the
 * text of the workspace's `.rapportrc.json` files (see protocol.ts); notes and project files are located by
 * URI. As on Node: the nearest project file applies, a file with problems is reported (a diagnostic on the
 * file and one notification per distinct set of problems) while its last good version stays in force, and
 * Workspace Trust holds back the vocabulary, overrides and ignore globs.
 */
import { FileChangeType, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkConfigText, fileProblem, type CheckedConfig } from '../config/validate.ts';
import { CONFIG_FILE_NAMES, type ConfigProblem, type RapportConfig, type ResolvedConfig } from '../config/types.ts';
import type { LintOptions } from '../engine/index.ts';
import { settingsOptions } from '../lsp/linting.ts';
import type { DocumentSettings } from '../lsp/settings.ts';
import { ConfigReporter } from '../lsp/config-report.ts';
import { applyConfig } from './apply-config.ts';
import type { AcceptResult } from '../lsp/accept-term.ts';
import { CONFIG_FILES_NOTIFICATION, MAX_CONFIG_CHARS, type ConfigFilesParams } from './protocol.ts';
import { baseName, parentFolders, relativePath, splitUri } from './uri-path.ts';

/** The Node server's diagnostic code for a configuration file that is not valid JSON (lsp/project-config.ts). */
export const CONFIG_SYNTAX_CODE = 'rapport.config.syntax';

/** In the browser a "path" is the URI itself: workspace folders and notes are compared as URIs. */
export function filePath(uri: string): string | undefined {
  return splitUri(uri) ? uri : undefined;
}

export function isConfigUri(uri: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(baseName(uri));
}

interface ConfigFile {
  text: string;
  problems: ConfigProblem[];
  config: RapportConfig | undefined;
}

/** The project files the client sent, by URI. */
export class WebConfigFiles {
  private files = new Map<string, ConfigFile>();
  private lastGood = new Map<string, RapportConfig>();

  set(uri: string, text: string | null): void {
    if (text === null) {
      this.files.delete(uri);
      return;
    }
    const checked: CheckedConfig =
      text.length > MAX_CONFIG_CHARS
        ? { problems: [fileProblem(uri, `Cannot read the configuration (the file is ${text.length} characters, above the 1 MB limit).`)] }
        : checkConfigText(text, uri);
    if (checked.config) this.lastGood.set(uri, checked.config);
    this.files.set(uri, { text, problems: checked.problems, config: checked.config ?? this.lastGood.get(uri) });
  }

  get(uri: string): ConfigFile | undefined {
    return this.files.get(uri);
  }

  /** The project file that applies to a note: the nearest one in the note's folder or above. */
  findConfigFile(noteUri: string): string | undefined {
    for (const folder of parentFolders(noteUri)) {
      for (const name of CONFIG_FILE_NAMES) if (this.files.has(`${folder}/${name}`)) return `${folder}/${name}`;
    }
    return undefined;
  }

  /** Nothing is cached beyond what the client sends, so there is nothing to forget. */
  invalidate(_path?: string): void {}
}

export class ProjectConfig {
  readonly resolver = new WebConfigFiles();
  trusted = true;
  private readonly reporter: ConfigReporter;

  constructor(
    connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {
    this.reporter = new ConfigReporter(connection, documents);
    connection.onNotification(CONFIG_FILES_NOTIFICATION, (params: ConfigFilesParams | null) => {
      for (const f of params?.files ?? []) if (typeof f?.uri === 'string') this.resolver.set(f.uri, typeof f.text === 'string' ? f.text : null);
    });
  }

  resolve(uri: string, settings: DocumentSettings): ResolvedConfig | undefined {
    const base: LintOptions = settingsOptions(uri, settings) ?? {};
    const configPath = this.resolver.findConfigFile(uri);
    if (!configPath) return { options: base, configPaths: [], problems: [], ignored: false, untrustedIgnored: [] };
    const file = this.resolver.get(configPath)!;
    this.report(configPath, file.problems);
    const result: ResolvedConfig = { options: base, configPath, configPaths: [configPath], problems: file.problems, ignored: false, untrustedIgnored: [] };
    if (!file.config) return result;
    const rel = relativePath(configPath.slice(0, configPath.lastIndexOf('/')), uri) ?? baseName(uri);
    const applied = applyConfig(file.config, rel, base, this.trusted);
    this.reporter.untrusted(applied.untrustedIgnored, baseName(configPath));
    return { ...result, ...applied };
  }

  options = (uri: string, settings: DocumentSettings): LintOptions | null => {
    const resolved = this.resolve(uri, settings);
    return !resolved || resolved.ignored ? null : resolved.options;
  };

  /** Workspace folders matter to the Node server's file lookups; in the browser every file comes from the client. */
  setFolders(_folders: string[]): void {}

  /**
   * The Node server writes the project file itself; the browser server cannot, so its quick fix is an edit the
   * editor applies (web/accept-term.ts) and this command is never offered.
   */
  acceptTerm(_noteUri: string, _term: string): Promise<AcceptResult> {
    return Promise.resolve({ applied: false, reason: 'the browser server cannot write files; use the quick fix' });
  }

  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.reporter.trustChanged();
  }

  private report(uri: string, problems: ConfigProblem[], force = false): void {
    this.reporter.report(uri, baseName(uri), problems, () => this.resolver.get(uri)?.text, force);
  }

  documentChanged(doc: TextDocument): void {
    this.reporter.documentChanged(doc, checkConfigText(doc.getText(), doc.uri).problems);
  }

  documentClosed(uri: string): void {
    this.report(uri, this.resolver.get(uri)?.problems ?? [], true);
  }

  /** The client sent new contents and then these events: report the files again; true when notes must be re-linted. */
  filesChanged(changes: readonly FileEvent[]): boolean {
    const configs = changes.filter((c) => isConfigUri(c.uri));
    for (const change of configs) {
      this.reporter.forget(change.uri);
      const file = this.resolver.get(change.uri);
      this.report(change.uri, change.type === FileChangeType.Deleted || !file ? [] : file.problems, true);
      const open = this.documents.get(change.uri);
      if (open && file) this.documentChanged(open);
    }
    return configs.length > 0;
  }
}
