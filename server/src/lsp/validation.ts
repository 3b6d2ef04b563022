/**
 * When diagnostics are computed and delivered.
 *
 * Pull (LSP 3.17 textDocument/diagnostic) where the client supports it: the
 * client asks, debounces its own requests, and the server answers for the
 * current version. Push otherwise: the server debounces changes per document
 * and publishes with the document version; a result computed for a version
 * that is no longer current is dropped. In `onSave` mode the last saved
 * result is kept until the next save.
 */
import type { Connection, Diagnostic, DocumentDiagnosticReport, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLinter, OptionsProvider } from './linting.ts';
import type { DocumentSettings, SettingsStore } from './settings.ts';

interface Result {
  version: number;
  resultId: string;
  items: Diagnostic[];
}

export class Validation {
  private timers = new Map<string, NodeJS.Timeout>();
  private results = new Map<string, Result>();
  /** Documents saved since their last lint (onSave mode). */
  private saved = new Set<string>();
  private nextId = 1;
  pull = false;
  /** Filters diagnostics before they are delivered (quiet-while-typing). */
  filter: (doc: TextDocument, items: Diagnostic[], settings: DocumentSettings) => Diagnostic[] = (_doc, items) => items;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly linter: DocumentLinter,
    private readonly options: OptionsProvider,
  ) {}

  /** Computes diagnostics for the document as it is now (undefined when it changed meanwhile). */
  private async compute(doc: TextDocument): Promise<Result | undefined> {
    const settings = await this.settings.get(doc.uri);
    const current = this.documents.get(doc.uri);
    if (!current || current.version !== doc.version) return undefined; // stale: a newer version will be linted
    const options = settings.enable ? this.options(current.uri, settings) : null;
    const items = options ? this.filter(current, this.linter.diagnostics(current, options), settings) : [];
    const result = { version: current.version, resultId: String(this.nextId++), items };
    this.results.set(doc.uri, result);
    return result;
  }

  // ---- pull ----

  async report(uri: string, previousResultId: string | undefined): Promise<DocumentDiagnosticReport> {
    const doc = this.documents.get(uri);
    if (!doc) return { kind: 'full', items: [] };
    const settings = await this.settings.get(uri);
    const last = this.results.get(uri);
    const fresh = last && last.version === doc.version;
    const holdUntilSave = settings.run === 'onSave' && last && !this.saved.has(uri);
    if ((fresh || holdUntilSave) && last) {
      return previousResultId === last.resultId ? { kind: 'unchanged', resultId: last.resultId } : { kind: 'full', resultId: last.resultId, items: last.items };
    }
    this.saved.delete(uri);
    let result = await this.compute(doc);
    // The document changed while settings were fetched: lint the newest version instead.
    for (let i = 0; !result && i < 3; i++) {
      const latest = this.documents.get(uri);
      if (!latest) return { kind: 'full', items: [] };
      result = await this.compute(latest);
    }
    return result ? { kind: 'full', resultId: result.resultId, items: result.items } : { kind: 'full', items: [] };
  }

  // ---- push ----

  async changed(doc: TextDocument, reason: 'open' | 'change' | 'save'): Promise<void> {
    if (reason === 'save') this.saved.add(doc.uri);
    if (this.pull) {
      if (reason === 'save') this.connection.languages.diagnostics.refresh();
      return;
    }
    const settings = await this.settings.get(doc.uri);
    if (settings.run === 'onSave' && reason === 'change') return;
    const delay = reason === 'change' ? settings.debounce : 0;
    clearTimeout(this.timers.get(doc.uri));
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        const latest = this.documents.get(doc.uri);
        if (!latest) return;
        void this.compute(latest).then((result) => {
          if (!result) return;
          void this.connection.sendDiagnostics({ uri: latest.uri, version: result.version, diagnostics: result.items });
        });
      }, delay),
    );
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.results.delete(uri);
    this.saved.delete(uri);
    this.settings.forget(uri);
    if (!this.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings or configuration changed: everything must be linted again. */
  async relintAll(): Promise<void> {
    this.results.clear();
    if (this.pull) {
      this.connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of this.documents.all()) await this.changed(doc, 'open');
  }

  /** Forgets the cached result of one document and delivers fresh diagnostics for it. */
  async relint(uri: string): Promise<void> {
    this.results.delete(uri);
    if (this.pull) {
      this.connection.languages.diagnostics.refresh();
      return;
    }
    const doc = this.documents.get(uri);
    if (doc) await this.changed(doc, 'open');
  }

  /** The last diagnostics computed for a document (for code actions such as fix-all). */
  last(uri: string): Diagnostic[] | undefined {
    return this.results.get(uri)?.items;
  }
}
