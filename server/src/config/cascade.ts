/**
 * Which configuration applies to a note, given a way to look files up and load them. Pure: no file system,
 * no Node built-ins; the node side (resolve.ts) reads files, the browser side is given their contents.
 *
 * - Configuration files cascade: every `.rapportrc.json` / `rapport.config.json` from the note's folder up is
 *   applied, the farthest first, so the nearest wins key by key (rules merge by rule id, vocabularies add up).
 *   A file with `"root": true` stops the search, as in EditorConfig and ESLint.
 * - In an untrusted workspace the search stops at the workspace folder holding the note.
 * - Each file applies: its `extends` (presets; shared JSON files inside the workspace, trusted only) → its own
 *   settings → its matching `overrides`, in order. Globs of a file, and of the files it extends, are relative
 *   to that file's folder. The note's front matter still wins, in the engine.
 */
import type { LintOptions, VocabularyTerm } from '../engine/index.ts';
import { GlobCache } from './glob.ts';
import { folderHolding, joinPath, parentOf, relativeInside } from './paths.ts';
import { isPreset, PRESETS } from './presets.ts';
import type { ConfigProblem, ConfigSettings, RapportConfig, ResolvedConfig } from './types.ts';
import { fileProblem, problemAt, quoted } from './validate.ts';

export interface LoadedConfig {
  problems: ConfigProblem[];
  /** The configuration in force: this version if valid, else the last good one (or none). */
  config: RapportConfig | undefined;
  /** The text it was read from, to place problems found later (such as an `extends` that cannot be used). */
  text?: string;
}

export interface ConfigSource {
  /** The configuration file in a folder, if there is one. */
  configIn(folder: string): string | undefined;
  /** Loads a configuration file; `boundary` is the folder it must not lead out of (see read-file.ts). */
  load(path: string, boundary: string | undefined): LoadedConfig;
}

export interface CascadeOptions {
  /** In an untrusted workspace, vocabulary, overrides, ignore globs and shared files are not applied, and the search stops at the workspace folder. Default true. */
  trusted?: boolean;
  /** Settings from the editor; the project files win where both say something. */
  base?: LintOptions;
  /** Workspace folders: they bound the search when untrusted, and the files `extends` may name. */
  roots?: readonly string[];
}

/** Deepest chain of shared files extending shared files. */
const MAX_EXTENDS_DEPTH = 5;

/** Merges settings layers: later layers win; rules merge by key; vocabularies accumulate. */
export function mergeSettings(into: LintOptions, layer: ConfigSettings): LintOptions {
  const out: LintOptions = { ...into };
  if (layer.mode) out.mode = layer.mode;
  if (layer.languagePreference) out.languagePreference = layer.languagePreference;
  if (layer.identifiesAs) out.identifiesAs = [...layer.identifiesAs];
  if (layer.rules) out.rules = { ...(into.rules ?? {}), ...layer.rules };
  if (layer.vocabulary) {
    const reject = new Map<string, VocabularyTerm>((into.vocabulary?.reject ?? []).map((t) => [t.term.toLowerCase(), t]));
    for (const t of layer.vocabulary.reject ?? []) reject.set(t.term.toLowerCase(), t);
    const accept = [...new Set([...(into.vocabulary?.accept ?? []), ...(layer.vocabulary.accept ?? [])])];
    out.vocabulary = { reject: [...reject.values()], accept };
  }
  return out;
}

const listOf = (value: string | string[] | undefined): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : value);

function presetLayers(name: string, seen = new Set<string>()): ConfigSettings[] {
  if (!isPreset(name) || seen.has(name)) return [];
  seen.add(name);
  const preset: RapportConfig = PRESETS[name];
  return [...listOf(preset.extends).flatMap((p) => presetLayers(p, seen)), preset];
}

/** The configuration files that apply to a note, farthest first. */
export function configChain(notePath: string, source: ConfigSource, opts: CascadeOptions = {}): string[] {
  const trusted = opts.trusted ?? true;
  const roots = opts.roots ?? [];
  let folder = parentOf(notePath);
  // Untrusted: never above the workspace folder (or, for a note outside every folder, its own folder).
  const stopAt = trusted ? undefined : (folderHolding(notePath, roots) ?? folder);
  const chain: string[] = [];
  for (;;) {
    const path = source.configIn(folder);
    if (path) {
      chain.unshift(path);
      const { config } = source.load(path, folderHolding(path, roots));
      // A file without any usable version also ends the search: what it meant to say about parents is unknown.
      if (!config || config.root === true) break;
    }
    const parent = parentOf(folder);
    if (folder === stopAt || parent === folder) break;
    folder = parent;
  }
  return chain;
}

/** Applies a chain of configuration files (farthest first) over the editor settings. */
export function applyChain(notePath: string, chain: readonly string[], source: ConfigSource, opts: CascadeOptions = {}, globs = new GlobCache()): ResolvedConfig {
  const trusted = opts.trusted ?? true;
  const roots = opts.roots ?? [];
  const result: ResolvedConfig = { options: { ...(opts.base ?? {}), fileName: notePath }, configPaths: [], problems: [], ignored: false, untrustedIgnored: [] };
  if (chain.length) result.configPath = chain[chain.length - 1];
  const untrusted = new Set<string>();
  let options = result.options;

  /** One configuration's layers: its extends, itself, its matching overrides. `rel` is the note's path from the globs' folder. */
  const apply = (path: string, loaded: LoadedConfig, rel: string | undefined, depth: number, seen: Set<string>) => {
    const { config } = loaded;
    if (!config) return;
    for (const [i, name] of listOf(config.extends).entries()) {
      if (isPreset(name)) {
        for (const layer of presetLayers(name)) options = mergeSettings(options, layer);
        continue;
      }
      if (!trusted) {
        untrusted.add('extends');
        continue;
      }
      const pointer = typeof config.extends === 'string' ? '/extends' : `/extends/${i}`;
      const problem = (message: string) => result.problems.push(loaded.text === undefined ? fileProblem(path, message) : problemAt(loaded.text, path, pointer, message));
      const target = joinPath(parentOf(path), name);
      const boundary = folderHolding(path, roots) ?? parentOf(path);
      if (relativeInside(boundary, target) === undefined) {
        problem(`"extends" names ${quoted(name)}, which is outside the workspace; shared files must be inside it. It is not applied.`);
        continue;
      }
      if (seen.has(target) || depth >= MAX_EXTENDS_DEPTH) {
        problem(`"extends" names ${quoted(name)}, which ${seen.has(target) ? 'extends this file again' : `is more than ${MAX_EXTENDS_DEPTH} shared files deep`}. It is not applied.`);
        continue;
      }
      const shared = source.load(target, boundary);
      result.problems.push(...shared.problems);
      apply(target, shared, rel, depth + 1, new Set([...seen, target]));
    }
    const own: ConfigSettings = { ...config };
    if (!trusted) {
      if (config.vocabulary) untrusted.add('vocabulary');
      if (config.overrides?.length) untrusted.add('overrides');
      if (config.ignore?.length) untrusted.add('ignore');
      delete own.vocabulary;
    }
    options = mergeSettings(options, own);
    if (trusted && rel !== undefined) {
      for (const override of config.overrides ?? []) if (globs.matches(override.files, rel)) options = mergeSettings(options, override);
      if (config.ignore?.length && globs.matches(config.ignore, rel)) result.ignored = true;
    }
  };

  for (const path of chain) {
    const loaded = source.load(path, folderHolding(path, roots));
    result.problems.push(...loaded.problems);
    if (!loaded.config) continue;
    result.configPaths.push(path);
    apply(path, loaded, relativeInside(parentOf(path), notePath), 0, new Set([path]));
  }
  result.options = options;
  result.untrustedIgnored = [...untrusted];
  // A shared file extended from two places reports its problems once.
  const seenProblems = new Set<string>();
  result.problems = result.problems.filter((p) => {
    const key = `${p.path}\0${p.start}\0${p.message}`;
    return !seenProblems.has(key) && !!seenProblems.add(key);
  });
  return result;
}

/** The configuration for a note: its chain of files, applied. */
export function resolveCascade(notePath: string, source: ConfigSource, opts: CascadeOptions = {}, globs?: GlobCache): ResolvedConfig {
  return applyChain(notePath, configChain(notePath, source, opts), source, opts, globs);
}
