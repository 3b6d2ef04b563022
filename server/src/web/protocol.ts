/**
 * What the web client sends the browser server, which has no file system: the text of every project
 * configuration file in the workspace, read with vscode.workspace.fs. Sent once after start and again for
 * each file a watcher sees change, each time followed by a workspace/didChangeWatchedFiles for the same
 * files, so the server re-lints exactly as the Node server does after a file-watcher event.
 */
export const CONFIG_FILES_NOTIFICATION = 'rapport/configFiles';

export interface ConfigFileContent {
  uri: string;
  /** The file's text, or null when it was deleted. */
  text: string | null;
}

export interface ConfigFilesParams {
  files: ConfigFileContent[];
}

/** Project files above this size are refused, as the Node server refuses them. */
export const MAX_CONFIG_CHARS = 1024 * 1024;
