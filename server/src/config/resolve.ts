/**
 * Finds and applies the project configuration for a note. Shared by the
 * language server, the CLI and CI; independent of LSP and VS Code.
 *
 * - The nearest `.rapportrc.json` (or `rapport.config.json`) walking up from
 *   the note's folder is the note's configuration (nearest wins; no cascading).
 * - Order of application: `extends` presets → the file's own settings →
 *   matching `overrides` in order. The note's front matter still wins, in the engine.
 * - Files are read once and cached; `invalidate(path)` drops a changed file
 *   (and folder look-ups, since a file may have appeared or gone).
 * - A file with problems is not applied: the last good version read in this
 *   process stays in force (none, the first time), and the problems are returned.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { LintOptions, VocabularyTerm } from '../engine/index.ts';
import { isPreset, PRESETS } from './presets.ts';
import { checkConfigText, GLOB_OPTIONS, normaliseGlob } from './validate.ts';
import { CONFIG_FILE_NAMES, type ConfigProblem, type ConfigSettings, type RapportConfig, type ResolvedConfig } from './types.ts';

export interface ResolveOptions {
  /** In an untrusted workspace, vocabulary, overrides and ignore globs from the project file are not applied. Default true. */
  trusted?: boolean;
  /** Settings from the editor; the project file wins where both say something. */
  base?: LintOptions;
}

interface LoadedFile {
  problems: ConfigProblem[];
  /** The configuration in force: this version if valid, else the last good one. */
  config: RapportConfig | undefined;
}

const MAX_CONFIG_BYTES = 1024 * 1024;

export function isConfigFileName(path: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(basename(path));
}

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

function presetLayers(name: string, seen = new Set<string>()): ConfigSettings[] {
  if (!isPreset(name) || seen.has(name)) return [];
  seen.add(name);
  const preset: RapportConfig = PRESETS[name];
  const parents = preset.extends === undefined ? [] : typeof preset.extends === 'string' ? [preset.extends] : preset.extends;
  return [...parents.flatMap((p) => presetLayers(p, seen)), preset];
}

const toPosix = (p: string) => p.split(sep).join('/');

export class ConfigResolver {
  private dirs = new Map<string, string | null>();
  private files = new Map<string, LoadedFile>();
  private lastGood = new Map<string, RapportConfig>();
  private matchers = new Map<string, (path: string) => boolean>();

  /** The configuration file that applies to a note, walking up from its folder. */
  findConfigFile(notePath: string): string | undefined {
    const visited: string[] = [];
    let dir = dirname(resolve(notePath));
    let found: string | null | undefined;
    for (;;) {
      const cached = this.dirs.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const hit = CONFIG_FILE_NAMES.map((n) => join(dir, n)).find((p) => {
        try {
          return statSync(p).isFile();
        } catch {
          return false;
        }
      });
      if (hit) {
        found = hit;
        break;
      }
      const parent = dirname(dir);
      if (parent === dir) {
        found = null;
        break;
      }
      dir = parent;
    }
    for (const d of visited) this.dirs.set(d, found ?? null);
    return found ?? undefined;
  }

  /** Reads (or returns the cached) configuration file. */
  load(configPath: string): LoadedFile {
    const cached = this.files.get(configPath);
    if (cached) return cached;
    let text: string;
    let problems: ConfigProblem[];
    let config: RapportConfig | undefined;
    try {
      const size = statSync(configPath).size;
      if (size > MAX_CONFIG_BYTES) throw new Error(`the file is ${size} bytes, above the 1 MB limit`);
      text = readFileSync(configPath, 'utf8');
      ({ config, problems } = checkConfigText(text, configPath));
    } catch (error) {
      problems = [{ path: configPath, start: 0, end: 0, message: `Cannot read the configuration (${error instanceof Error ? error.message : String(error)}).` }];
    }
    if (config) this.lastGood.set(configPath, config);
    const loaded: LoadedFile = { problems, config: config ?? this.lastGood.get(configPath) };
    this.files.set(configPath, loaded);
    return loaded;
  }

  /**
   * Forgets cached state after a file changed. With a configuration file's path, that file is re-read on next
   * use (its last good version is kept for fallback); folder look-ups are always redone. Without a path, everything.
   */
  invalidate(path?: string): void {
    this.dirs.clear();
    if (path === undefined) this.files.clear();
    else this.files.delete(resolve(path));
  }

  private matcher(glob: string): (path: string) => boolean {
    let m = this.matchers.get(glob);
    if (!m) {
      m = picomatch(normaliseGlob(glob), GLOB_OPTIONS);
      if (this.matchers.size > 1000) this.matchers.clear();
      this.matchers.set(glob, m);
    }
    return m;
  }

  private matches(globs: string | string[], relPath: string): boolean {
    return (typeof globs === 'string' ? [globs] : globs).some((g) => this.matcher(g)(relPath));
  }

  resolveConfig(notePath: string, opts: ResolveOptions = {}): ResolvedConfig {
    const trusted = opts.trusted ?? true;
    let options: LintOptions = { ...(opts.base ?? {}), fileName: notePath };
    const configPath = this.findConfigFile(notePath);
    if (!configPath) return { options, problems: [], ignored: false, untrustedIgnored: [] };
    const { config, problems } = this.load(configPath);
    const result: ResolvedConfig = { options, configPath, problems, ignored: false, untrustedIgnored: [] };
    if (!config) return result;

    const rel = toPosix(relative(dirname(configPath), resolve(notePath)));
    const extendsList = config.extends === undefined ? [] : typeof config.extends === 'string' ? [config.extends] : config.extends;
    const seen = new Set<string>();
    for (const layer of extendsList.flatMap((name) => presetLayers(name, seen))) options = mergeSettings(options, layer);

    const own: ConfigSettings = { ...config };
    if (!trusted) {
      if (config.vocabulary) result.untrustedIgnored.push('vocabulary');
      if (config.overrides?.length) result.untrustedIgnored.push('overrides');
      if (config.ignore?.length) result.untrustedIgnored.push('ignore');
      delete own.vocabulary;
    }
    options = mergeSettings(options, own);
    if (trusted) {
      for (const override of config.overrides ?? []) if (this.matches(override.files, rel)) options = mergeSettings(options, override);
      if (config.ignore?.length && this.matches(config.ignore, rel)) result.ignored = true;
    }
    result.options = options;
    return result;
  }
}

const shared = new ConfigResolver();

/** Resolves the configuration for a note with a process-wide cache (see ConfigResolver for invalidation). */
export function resolveConfig(notePath: string, opts: ResolveOptions = {}): ResolvedConfig {
  return shared.resolveConfig(notePath, opts);
}

/** Drops the process-wide cache's knowledge of a changed file (or everything). */
export function invalidateConfig(path?: string): void {
  shared.invalidate(path);
}
