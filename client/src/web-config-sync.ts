/**
 * Feeds the browser language server the workspace's project configuration files, which it cannot read
 * itself: reads them with vscode.workspace.fs (works on every workspace scheme of vscode.dev, github.dev and
 * code-server), sends their text, then a didChangeWatchedFiles for the same files so the server re-lints.
 * Both travel over the one connection in order, so the server always has the text before the event.
 */
import * as vscode from 'vscode';
import { DidChangeWatchedFilesNotification, FileChangeType, type BaseLanguageClient, type FileEvent } from 'vscode-languageclient';
import { CONFIG_FILES_NOTIFICATION, MAX_CONFIG_CHARS, type ConfigFileContent, type ConfigFilesParams } from '../../server/src/web/protocol.ts';
import { CONFIG_GLOB } from './client-wiring.ts';

async function read(uri: vscode.Uri): Promise<string | null> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // Above the limit the server reports the size; send just enough text to say so.
    if (stat.size > MAX_CONFIG_CHARS * 4) return ' '.repeat(MAX_CONFIG_CHARS + 1);
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null; // gone or unreadable: the server treats it as deleted
  }
}

async function send(client: BaseLanguageClient, uris: readonly vscode.Uri[], type: FileChangeType): Promise<void> {
  if (uris.length === 0) return;
  const files: ConfigFileContent[] = await Promise.all(
    uris.map(async (uri) => ({ uri: uri.toString(), text: type === FileChangeType.Deleted ? null : await read(uri) })),
  );
  await client.sendNotification(CONFIG_FILES_NOTIFICATION, { files } satisfies ConfigFilesParams);
  const changes: FileEvent[] = files.map((f) => ({ uri: f.uri, type: f.text === null ? FileChangeType.Deleted : type }));
  await client.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
}

/** Sends every project file now and each change later; dispose to stop watching. */
export async function syncConfigFiles(client: BaseLanguageClient): Promise<vscode.Disposable> {
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
  watcher.onDidCreate((uri) => void send(client, [uri], FileChangeType.Created));
  watcher.onDidChange((uri) => void send(client, [uri], FileChangeType.Changed));
  watcher.onDidDelete((uri) => void send(client, [uri], FileChangeType.Deleted));
  await send(client, await vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**'), FileChangeType.Created);
  return watcher;
}
