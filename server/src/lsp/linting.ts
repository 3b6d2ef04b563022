/**
 * Lints one document for the server: builds the engine options from the
 * document's settings, converts findings to diagnostics, and turns any engine
 * failure into one diagnostic instead of a dead server.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from './uri.ts';
import { Linter, type Finding, type LintOptions } from '../engine/index.ts';
import { toDiagnostic, SOURCE } from './diagnostics.ts';
import type { DocumentSettings } from './settings.ts';

/** Engine options for a document, or null when the document is not to be linted (a project `ignore` glob). */
export type OptionsProvider = (uri: string, settings: DocumentSettings) => LintOptions | null;

export const settingsOptions: OptionsProvider = (uri, settings) => {
  const options: LintOptions = { rules: settings.rules, fileName: URI.fsPathOrName(uri) };
  if (settings.mode) options.mode = settings.mode;
  if (settings.languagePreference) options.languagePreference = settings.languagePreference;
  return options;
};

export class DocumentLinter {
  private readonly linter = new Linter();

  constructor(
    private readonly docsBaseUrl: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Findings for the text as it is now (for code actions, hover and fix-all, which must not trust old diagnostics). */
  findings(text: string, options: LintOptions): Finding[] {
    return this.linter.lint(text, { ...options, docsBaseUrl: this.docsBaseUrl }).findings;
  }

  diagnostics(doc: TextDocument, options: LintOptions): Diagnostic[] {
    try {
      const { findings } = this.linter.lint(doc.getText(), { ...options, docsBaseUrl: this.docsBaseUrl });
      return findings.map((f) => toDiagnostic(doc, f));
    } catch (error) {
      // Never log note text: only the error and where it happened in our code.
      this.log(`Rapport failed on ${doc.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Information,
          source: SOURCE,
          code: 'rapport.internal-error',
          message: 'Rapport could not lint this note because of an internal error; the details are in the Rapport output channel.',
        },
      ];
    }
  }
}
