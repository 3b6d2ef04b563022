/**
 * The project configuration as the server sees it: resolves the cascade of `.rapportrc.json` files for each
 * note over the editor settings (the project files win), reloads on file-watcher events, applies Workspace
 * Trust, and reports bad configuration while the last good configuration stays in force:
 *
 * - as diagnostics on the file, at the place of each problem (from the editor's buffer when the file is
 *   open, else from the text on disk the problem was found in; the file is never read again to place them);
 * - as a notification once per distinct problem, and only for files that are not open: a file being typed
 *   (with auto-save, saved every few keystrokes) shows its problems in place, without a pop-up per save.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename } from 'node:path';
import { DiagnosticSeverity, FileChangeType, MessageType, type Connection, type Diagnostic, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkConfigText, ConfigResolver, isConfigFileName, type ConfigProblem, type ResolvedConfig } from '../config/index.ts';
import type { LintOptions } from '../engine/index.ts';
import { settingsOptions } from './linting.ts';
import type { DocumentSettings } from './settings.ts';
import { SOURCE } from './diagnostics.ts';
import { acceptTerm, type AcceptResult } from './accept-term.ts';
import { folderHolding } from '../config/paths.ts';

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
/** Diagnostic code of a configuration file that is not valid JSON; VS Code's client drops it for files its JSON support validates. */
export const CONFIG_SYNTAX_CODE = 'rapport.config.syntax';
/** Distinct problems remembered as already notified; past this many the memory starts over. */
const MAX_NOTIFIED = 1000;

export class ProjectConfig {
  readonly resolver = new ConfigResolver();
  trusted = true;
  private folders: string[] = [];
  private untrustedNotified = false;
  /** Per file: the problems last published, as a key, so unchanged problems are not sent again on every lint. */
  private published = new Map<string, string>();
  /** Problems already notified (file and message): each is told once. */
  private notified = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  /** Workspace folders bound the lookup when untrusted, and where links and shared files may lead. */
  setFolders(folders: string[]): void {
    this.folders = [...folders];
    this.resolver.roots = [...folders];
    this.resolver.invalidate();
  }

  /** Resolves the project configuration for a note (undefined for notes that are not files). */
  resolve(uri: string, settings: DocumentSettings): ResolvedConfig | undefined {
    const path = filePath(uri);
    if (!path) return undefined;
    const base = settingsOptions(uri, settings) ?? {};
    const resolved = this.resolver.resolveConfig(path, { trusted: this.trusted, base });
    const files = new Set([...resolved.configPaths, ...resolved.problems.map((p) => p.path)]);
    if (resolved.configPath) files.add(resolved.configPath);
    for (const file of files) this.report(file, resolved.problems.filter((p) => p.path === file));
    if (resolved.untrustedIgnored.length && !this.untrustedNotified) {
      this.untrustedNotified = true;
      void this.connection.sendNotification('window/showMessage', {
        type: MessageType.Info,
        message: `Rapport: this workspace is not trusted, so the ${resolved.untrustedIgnored.join(', ')} settings of ${basename(resolved.configPath!)} are not applied. Trust the workspace to apply them.`,
      });
    }
    return resolved;
  }

  /** The OptionsProvider for the server: editor settings, then the project files; null for ignored notes. */
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

  /** Adds a term to the project's accepted terms now (see accept-term.ts). */
  acceptTerm(noteUri: string, term: string): Promise<AcceptResult> {
    const notePath = filePath(noteUri);
    if (!notePath || !term) return Promise.resolve({ applied: false, reason: 'not a file' });
    return acceptTerm(notePath, term, {
      connection: this.connection,
      resolver: this.resolver,
      folders: () => this.folders,
      trusted: () => this.trusted,
      openDocument: (uri) => this.documents.get(uri),
      reload: (configPath) => {
        this.resolver.invalidate(configPath);
        this.published.delete(configPath);
      },
    });
  }

  /** Publishes the problems of a configuration file (when they changed) and notifies each new one once. */
  private report(configPath: string, problems: ConfigProblem[], force = false): void {
    const key = problems.map((p) => `${p.start}:${p.message}`).join('\n');
    if (!force && this.published.get(configPath) === key) return;
    this.published.set(configPath, key);
    const uri = pathToFileURL(configPath).href;
    const fresh = problems.filter((p) => !p.quiet && !this.notified.has(`${p.path}\0${p.message}`));
    if (this.notified.size > MAX_NOTIFIED) this.notified.clear();
    for (const p of fresh) this.notified.add(`${p.path}\0${p.message}`);
    // An open file is reported from its buffer (see documentChanged) and tells its problems in place: they
    // count as told, so closing the file does not raise them again.
    if (this.documents.get(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: problems.map(toDiagnostic) });
    if (fresh.length === 0) return;
    const first = fresh[0]!;
    const more = problems.length > 1 ? ` (${problems.length} problems in the file; see Problems)` : '';
    void this.connection.sendNotification('window/showMessage', {
      type: MessageType.Warning,
      message: `Rapport: ${basename(configPath)} has a problem: ${first.message}${more} ${KEEP}`,
    });
  }

  /** Diagnostics for an open configuration file, from its current text. */
  documentChanged(doc: TextDocument): void {
    const path = filePath(doc.uri);
    if (!path) return;
    const { problems } = checkConfigText(doc.getText(), path);
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: problems.map(toDiagnostic) });
  }

  /** A configuration file closed: report its on-disk state again. */
  documentClosed(uri: string): void {
    const path = filePath(uri);
    if (!path) return;
    this.report(path, this.load(path).problems, true);
  }

  private load(path: string) {
    return this.resolver.load(path, folderHolding(path, this.folders));
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
      this.published.delete(path);
      if (change.type === FileChangeType.Deleted) {
        void this.connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        continue;
      }
      this.report(path, this.load(path).problems, true);
      const open = this.documents.get(change.uri);
      if (open) this.documentChanged(open);
    }
    return any;
  }
}

function toDiagnostic(p: ConfigProblem): Diagnostic {
  return { range: p.range, severity: DiagnosticSeverity.Error, source: SOURCE, code: p.syntax ? CONFIG_SYNTAX_CODE : 'rapport.config', message: `${p.message} ${KEEP}` };
}
