/**
 * Wiring only: connects the protocol to the validation, settings and feature
 * modules. Feature logic lives in its own module.
 */
import { DidChangeConfigurationNotification, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SettingsStore } from './settings.ts';
import { DocumentLinter, settingsOptions, type OptionsProvider } from './linting.ts';
import { Validation } from './validation.ts';
import { docsBase } from './docs-links.ts';

export interface ServerOptions {
  /** Folder of the server bundle, used to find the bundled rule docs. */
  serverDir: string;
  version: string;
}

export function startServer(connection: Connection, opts: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  let pullConfiguration = false;
  const settings = new SettingsStore(connection, () => pullConfiguration);
  const linter = new DocumentLinter(docsBase(opts.serverDir), (m) => connection.console.error(m));
  const options: OptionsProvider = settingsOptions;
  const validation = new Validation(connection, documents, settings, linter, options);

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pullConfiguration = !!caps.workspace?.configuration;
    validation.pull = !!caps.textDocument?.diagnostic;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(validation.pull ? { diagnosticProvider: { identifier: 'rapport', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'rapport-language-server', version: opts.version },
    };
  });

  connection.onInitialized(() => {
    if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'rapport' }).catch(() => undefined);
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    void validation.relintAll();
  });

  connection.languages.diagnostics.on((params) => validation.report(params.textDocument.uri, params.previousResultId));

  documents.onDidOpen((e) => void validation.changed(e.document, 'open'));
  documents.onDidChangeContent((e) => void validation.changed(e.document, 'change'));
  documents.onDidSave((e) => void validation.changed(e.document, 'save'));
  documents.onDidClose((e) => validation.closed(e.document.uri));

  documents.listen(connection);
  connection.listen();
}

