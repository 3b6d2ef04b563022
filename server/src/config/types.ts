/** The shape of a project configuration file (`.rapportrc.json` / `rapport.config.json`). */
import type { LanguagePreference, Mode, SeveritySetting, VocabularyTerm, LintOptions } from '../engine/index.ts';

export const CONFIG_FILE_NAMES = ['.rapportrc.json', 'rapport.config.json'] as const;

export interface ConfigSettings {
  mode?: Mode;
  languagePreference?: LanguagePreference;
  identifiesAs?: string[];
  /** Rule id or family → severity or off. */
  rules?: Record<string, SeveritySetting>;
  vocabulary?: { reject?: VocabularyTerm[]; accept?: string[] };
}

export interface ConfigOverride extends ConfigSettings {
  /** Globs relative to the configuration file's folder; a glob without "/" matches file names at any depth. */
  files: string | string[];
}

export interface RapportConfig extends ConfigSettings {
  $schema?: string;
  extends?: string | string[];
  overrides?: ConfigOverride[];
  /** Notes matching these globs are not linted. */
  ignore?: string[];
}

/** A problem in a configuration file, with its place in the file's text (UTF-16 offsets). */
export interface ConfigProblem {
  path: string;
  message: string;
  start: number;
  end: number;
}

export interface ResolvedConfig {
  /** Engine options for the note (project file merged over the defaults; the note's front matter still applies on top). */
  options: LintOptions;
  /** The project file in force for the note, if any. */
  configPath?: string;
  /** Problems in that file. When non-empty, the last good version of the file (or none) is in force. */
  problems: ConfigProblem[];
  /** The note matches the configuration's `ignore` globs and should not be linted. */
  ignored: boolean;
  /** Parts of the project file that were not applied because the workspace is untrusted. */
  untrustedIgnored: string[];
}
