/**
 * How the server tells the writer about a bad project file, shared by the Node server (project-config.ts)
 * and the browser server (web/project-config.ts): diagnostics on the file, and one notification per distinct
 * set of problems, saying that the last valid configuration stays in force. Also the untrusted-workspace
 * notice, once until trust changes.
 */
import { DiagnosticSeverity, MessageType, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../config/index.ts';
import { SOURCE } from './diagnostics.ts';

const KEEP = 'The last valid configuration stays in force.';

export function configDiagnostic(p: ConfigProblem, doc: TextDocument | undefined): Diagnostic {
  const range = doc ? { start: doc.positionAt(p.start), end: doc.positionAt(p.end) } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { range, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'rapport.config', message: `${p.message} ${KEEP}` };
}

export class ConfigReporter {
  /** Per configuration file URI: the problems last reported, as a key. */
  private reported = new Map<string, string>();
  private untrustedNotified = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  /**
   * Publishes the problems of the file at `uri` (named `name`) and notifies once per distinct set of problems.
   * An open file is reported from its buffer (see documentChanged); otherwise from `savedText()`.
   */
  report(uri: string, name: string, problems: ConfigProblem[], savedText: () => string | undefined, force = false): void {
    const key = problems.map((p) => `${p.start}:${p.message}`).join('\n');
    if (!force && this.reported.get(uri) === key) return;
    this.reported.set(uri, key);
    if (!this.documents.get(uri)) {
      const text = savedText();
      const doc = text === undefined ? undefined : TextDocument.create(uri, 'json', 0, text);
      void this.connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => configDiagnostic(p, doc)) });
    }
    if (problems.length) {
      const more = problems.length > 1 ? ` (${problems.length - 1} more problem${problems.length > 2 ? 's' : ''} in the file)` : '';
      void this.connection.sendNotification('window/showMessage', {
        type: MessageType.Warning,
        message: `Rapport: ${name} has a problem: ${problems[0]!.message}${more} ${KEEP}`,
      });
    }
  }

  /** Diagnostics for an open configuration file, from the problems of its current text. */
  documentChanged(doc: TextDocument, problems: ConfigProblem[]): void {
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: problems.map((p) => configDiagnostic(p, doc)) });
  }

  forget(uri: string): void {
    this.reported.delete(uri);
  }

  /** Says once (until trust changes) which parts of the project file an untrusted workspace leaves out. */
  untrusted(ignored: string[], name: string): void {
    if (!ignored.length || this.untrustedNotified) return;
    this.untrustedNotified = true;
    void this.connection.sendNotification('window/showMessage', {
      type: MessageType.Info,
      message: `Rapport: this workspace is not trusted, so the ${ignored.join(', ')} settings of ${name} are not applied. Trust the workspace to apply them.`,
    });
  }

  trustChanged(): void {
    this.untrustedNotified = false;
  }
}
