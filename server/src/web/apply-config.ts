/**
 * Applies a parsed project configuration to a note without a file system, through config/'s own cascade
 * (applyChain): presets named in `extends`, the file's settings, then matching `overrides` and the `ignore`
 * globs, with Workspace Trust holding back what it holds back on Node. The browser has one file per note
 * (the nearest the client sent), so the chain is that file alone; a shared file named in `extends` cannot be
 * read here and is reported as such.
 */
import type { LintOptions } from '../engine/index.ts';
import { applyChain, type ConfigSource } from '../config/cascade.ts';
import { fileProblem } from '../config/validate.ts';
import { GlobCache } from '../config/glob.ts';
import type { RapportConfig } from '../config/types.ts';

export interface AppliedConfig {
  options: LintOptions;
  ignored: boolean;
  untrustedIgnored: string[];
}

/** Stand-in paths: the cascade only needs the note's place relative to its configuration file. */
const FOLDER = '/workspace';
const CONFIG_PATH = `${FOLDER}/.rapportrc.json`;
const globs = new GlobCache();

/** `relPath` is the note's path relative to the configuration file's folder, with "/" separators. */
export function applyConfig(config: RapportConfig, relPath: string, base: LintOptions, trusted: boolean): AppliedConfig {
  const source: ConfigSource = {
    configIn: () => undefined,
    load: (path) =>
      path === CONFIG_PATH ? { config, problems: [] } : { config: undefined, problems: [fileProblem(path, 'Shared configuration files cannot be read in the browser.')] },
  };
  const fileName = base.fileName;
  const resolved = applyChain(`${FOLDER}/${relPath}`, [CONFIG_PATH], source, { trusted, base, roots: [FOLDER] }, globs);
  const options = { ...resolved.options };
  // The stand-in path is not the note's: keep the name the editor gave.
  if (fileName === undefined) delete options.fileName;
  else options.fileName = fileName;
  return { options, ignored: resolved.ignored, untrustedIgnored: resolved.untrustedIgnored };
}
