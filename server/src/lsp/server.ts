/**
 * Wiring only: connects the protocol to the validation, settings and feature
 * modules. Feature logic lives in its own module.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SettingsStore } from './settings.ts';
import { syncedDocuments } from './document-sync.ts';
import { DocumentLinter, type OptionsProvider } from './linting.ts';
import { Validation } from './validation.ts';
import { docsBase } from './docs-links.ts';
import { filePath, isConfigUri, ProjectConfig } from './project-config.ts';
import { fixAllEdit, KINDS, OPEN_DOCS_COMMAND, provideCodeActions, type CodeActionDeps } from './code-actions.ts';
import { hoverMarkdown } from './hover.ts';
import { frontMatterCompletion, frontMatterHover } from './front-matter.ts';
import { QuietTyping, TYPING_NOTIFICATION, type TypingParams } from './quiet.ts';
import { WorkspaceLint } from './workspace-lint.ts';
import { ACCEPT_TERM_COMMAND } from './accept-term.ts';
import type { Finding } from '../engine/index.ts';

export interface ServerOptions {
  /** Folder of the server bundle, used to find the bundled rule docs. */
  serverDir: string;
  version: string;
}

export const FIX_ALL_COMMAND = 'rapport.server.fixAll';
export const LINT_WORKSPACE_COMMAND = 'rapport.server.lintWorkspace';
export const TRUST_NOTIFICATION = 'rapport/didChangeWorkspaceTrust';

export function startServer(connection: Connection, opts: ServerOptions): void {
  const documents = new TextDocuments(syncedDocuments((uri, reason) => connection.console.warn(`Rapport ignored ${reason} for ${uri}.`)));
  let pullConfiguration = false;
  let watchDynamically = false;
  let canShowDocument = false;
  let folders: string[] = [];
  const settings = new SettingsStore(connection, () => pullConfiguration);
  const linter = new DocumentLinter(docsBase(opts.serverDir), (m) => connection.console.error(m));
  const project = new ProjectConfig(connection, documents);
  const options: OptionsProvider = project.options;
  const validation = new Validation(connection, documents, settings, linter, options);
  const quiet = new QuietTyping();
  validation.filter = (doc, items, s) => quiet.filter(doc, items, s.quietWhileTyping);
  const workspaceLint = new WorkspaceLint(connection, documents, settings, linter, options);

  const lintNow = async (doc: TextDocument): Promise<Finding[] | undefined> => {
    const s = await settings.get(doc.uri);
    const o = s.enable ? options(doc.uri, s) : null;
    return o ? linter.findings(doc.getText(), o) : undefined;
  };
  const actionDeps: CodeActionDeps = {
    lint: lintNow,
    resolver: project.resolver,
    workspaceFolders: () => folders,
    trusted: () => project.trusted,
    openText: (uri) => documents.get(uri)?.getText(),
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pullConfiguration = !!caps.workspace?.configuration;
    validation.pull = !!caps.textDocument?.diagnostic;
    watchDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canShowDocument = !!caps.window?.showDocument?.support;
    const init = (params.initializationOptions ?? {}) as { workspaceTrusted?: unknown };
    project.setTrusted(init.workspaceTrusted !== false);
    folders = (params.workspaceFolders ?? []).map((f) => filePath(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) folders = [filePath(params.rootUri)].filter((p): p is string => !!p);
    project.setFolders(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(validation.pull ? { diagnosticProvider: { identifier: 'rapport', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: KINDS, resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':'] },
        executeCommandProvider: { commands: [OPEN_DOCS_COMMAND, FIX_ALL_COMMAND, LINT_WORKSPACE_COMMAND, ACCEPT_TERM_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: false } },
      },
      serverInfo: { name: 'rapport-language-server', version: opts.version },
    };
  });

  connection.onInitialized(() => {
    if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'rapport' }).catch(() => undefined);
    if (watchDynamically) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/{.rapportrc.json,rapport.config.json}' }] })
        .catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    void validation.relintAll();
    void workspaceLint.refresh();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!project.filesChanged(params.changes)) return;
    void validation.relintAll();
    void workspaceLint.refresh();
  });

  connection.onNotification(TRUST_NOTIFICATION, (params: { trusted?: unknown }) => {
    project.setTrusted(params?.trusted !== false);
    project.resolver.invalidate();
    void validation.relintAll();
  });

  connection.onNotification(TYPING_NOTIFICATION, (params: TypingParams | null) => {
    if (params && quiet.update(params)) void validation.relint(params.uri);
  });

  connection.languages.diagnostics.on((params) =>
    isConfigUri(params.textDocument.uri) ? { kind: 'full', items: [] } : validation.report(params.textDocument.uri, params.previousResultId),
  );

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || isConfigUri(doc.uri)) return [];
    return provideCodeActions(doc, params, actionDeps);
  });

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || isConfigUri(doc.uri)) return null;
    const offset = doc.offsetAt(params.position);
    const findings = ((await lintNow(doc)) ?? []).filter((f) => f.family !== 'engine' && f.start <= offset && offset <= f.end);
    const value = hoverMarkdown(findings);
    if (!value) return frontMatterHover(doc, params.position);
    const first = findings[0]!;
    return { contents: { kind: 'markdown', value }, range: { start: doc.positionAt(first.start), end: doc.positionAt(first.end) } };
  });

  connection.onCompletion((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc && !isConfigUri(doc.uri) ? frontMatterCompletion(doc, params.position) : [];
  });

  connection.onExecuteCommand(async (params, token, workDone) => {
    const args = params.arguments ?? [];
    switch (params.command) {
      case OPEN_DOCS_COMMAND: {
        const [ruleId, url] = args as [string, string];
        if (typeof url !== 'string') return false;
        if (canShowDocument) {
          const r = await connection.window.showDocument({ uri: url, external: /^https?:/.test(url), takeFocus: true });
          return r.success;
        }
        connection.window.showInformationMessage(`Rapport: documentation for ${ruleId}: ${url}`);
        return true;
      }
      case FIX_ALL_COMMAND: {
        const doc = documents.get(String(args[0]));
        if (!doc) return { applied: false, edits: 0 };
        const edit = await fixAllEdit(doc, actionDeps);
        if (!edit) return { applied: true, edits: 0 };
        const count = edit.documentChanges?.reduce((n, c) => n + ('edits' in c ? c.edits.length : 0), 0) ?? 0;
        const result = await connection.workspace.applyEdit({ label: 'Rapport: fix all safe findings', edit });
        return { applied: result.applied, edits: count };
      }
      case ACCEPT_TERM_COMMAND: {
        const result = await project.acceptTerm(String(args[0]), String(args[1]));
        if (result.applied) void validation.relintAll();
        return result;
      }
      case LINT_WORKSPACE_COMMAND: {
        workDone.begin('Rapport: linting the workspace', 0, undefined, false);
        const result = await workspaceLint.run(folders, {
          token,
          report: (done, total) => workDone.report(total ? Math.round((100 * done) / total) : 100, `${done} of ${total} notes`),
        });
        workDone.done();
        const message = `Rapport linted ${result.files} note${result.files === 1 ? '' : 's'} (plus any open ones): ${result.findings} finding${result.findings === 1 ? '' : 's'}${result.cancelled ? '; cancelled before the rest' : ''}${result.truncated ? '; stopped at the limit of notes' : ''}.`;
        void connection.sendNotification('window/showMessage', { type: MessageType.Info, message });
        return result;
      }
      default:
        return null;
    }
  });

  documents.onDidOpen((e) => {
    if (isConfigUri(e.document.uri)) return project.documentChanged(e.document);
    if (validation.pull && workspaceLint.pushed.delete(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    void validation.changed(e.document, 'open');
  });
  documents.onDidChangeContent((e) => {
    if (isConfigUri(e.document.uri)) return project.documentChanged(e.document);
    void validation.changed(e.document, 'change');
  });
  documents.onDidSave((e) => {
    if (isConfigUri(e.document.uri)) {
      // Clients without a file watcher still pick the change up on save.
      if (project.filesChanged([{ uri: e.document.uri, type: 2 }])) void validation.relintAll();
      return;
    }
    void validation.changed(e.document, 'save');
  });
  documents.onDidClose((e) => {
    quiet.forget(e.document.uri);
    if (isConfigUri(e.document.uri)) return project.documentClosed(e.document.uri);
    validation.closed(e.document.uri);
  });

  documents.listen(connection);
  connection.listen();
}
