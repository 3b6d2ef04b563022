/** The shape of a project configuration file (`.rapportrc.json` / `rapport.config.json`). */
import type { TextPosition } from './text-position.ts';
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
  /** Stop looking for configuration files in parent folders (like EditorConfig's and ESLint's `root`). */
  root?: boolean;
  /** Presets (`rapport:…`) and shared JSON files (`./…` or `../…`, inside the workspace), applied in order before this file. */
  extends?: string | string[];
  overrides?: ConfigOverride[];
  /** Notes matching these globs are not linted. */
  ignore?: string[];
}

/** A problem in a configuration file, with its place in the file's text (UTF-16 offsets, and as lines and characters). */
export interface ConfigProblem {
  path: string;
  message: string;
  start: number;
  end: number;
  range: { start: TextPosition; end: TextPosition };
  /** Shown on the file only, never as a notification: an empty file is also what a save in progress looks like. */
  quiet?: boolean;
  /** The text is not valid JSON (editors with their own JSON support already show such an error). */
  syntax?: boolean;
}

export interface ResolvedConfig {
  /** Engine options for the note (project file merged over the defaults; the note's front matter still applies on top). */
  options: LintOptions;
  /** The nearest project file for the note, if any. */
  configPath?: string;
  /** Every project file applied to the note, farthest first (parent folders' files cascade; the nearest wins). */
  configPaths: string[];
  /** Problems in those files and the files they extend. A file with problems is replaced by its last good version (or none). */
  problems: ConfigProblem[];
  /** The note matches the configuration's `ignore` globs and should not be linted. */
  ignored: boolean;
  /** Parts of the project file that were not applied because the workspace is untrusted. */
  untrustedIgnored: string[];
}
