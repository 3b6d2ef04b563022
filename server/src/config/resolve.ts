/**
 * The node side of configuration lookup: reads configuration files from disk for the pure cascade
 * (cascade.ts), for the language server and the CLI alike.
 *
 * - Files are read once and cached; `invalidate(path)` drops a changed file (and folder look-ups, since a
 *   file may have appeared or gone).
 * - A file with problems is not applied: the last good version read in this process stays in force (none,
 *   the first time), and the problems are returned.
 * - Every read goes through readBoundedText: regular files only, bounded, never blocking, never following a
 *   link out of the workspace folder (`roots`).
 */
import { lstatSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { applyChain, configChain, type CascadeOptions, type ConfigSource, type LoadedConfig } from './cascade.ts';
import { GlobCache } from './glob.ts';
import { currentSignature, readBoundedText } from './read-file.ts';
import { CONFIG_FILE_NAMES, type RapportConfig, type ResolvedConfig } from './types.ts';
import { checkConfigText, fileProblem } from './validate.ts';

export type ResolveOptions = Omit<CascadeOptions, 'roots'>;

export function isConfigFileName(path: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(basename(path));
}

export class ConfigResolver implements ConfigSource {
  /** Workspace folders (absolute): they bound the lookup in untrusted workspaces, and where links and `extends` may lead. */
  roots: string[] = [];
  private dirs = new Map<string, string | null>();
  private files = new Map<string, LoadedConfig & { signature?: string }>();
  private lastGood = new Map<string, RapportConfig>();
  private readonly globs = new GlobCache();

  /** The configuration file in a folder: any entry with a configuration file's name (what it is, the reader checks). */
  configIn(folder: string): string | undefined {
    const cached = this.dirs.get(folder);
    if (cached !== undefined) return cached ?? undefined;
    const hit = CONFIG_FILE_NAMES.map((n) => join(folder, n)).find((p) => {
      try {
        return !lstatSync(p).isDirectory();
      } catch {
        return false;
      }
    });
    this.dirs.set(folder, hit ?? null);
    return hit;
  }

  /** Reads (or returns the cached) configuration file. */
  load(path: string, boundary?: string): LoadedConfig {
    const cached = this.files.get(path);
    // Configuration files are reloaded on watcher events (invalidate); shared files named by `extends` are not
    // watched, so they are checked against the disk on each use (one stat).
    if (cached && (isConfigFileName(path) || cached.signature === currentSignature(path))) return cached;
    const read = readBoundedText(path, boundary === undefined ? {} : { boundary });
    let loaded: LoadedConfig & { signature?: string };
    if (read.ok) {
      const { config, problems } = checkConfigText(read.text, path);
      if (config) this.lastGood.set(path, config);
      loaded = { problems, config: config ?? this.lastGood.get(path), text: read.text, signature: read.signature };
    } else {
      loaded = { problems: [fileProblem(path, `Cannot read ${basename(path)}: ${read.reason}.`)], config: this.lastGood.get(path) };
    }
    this.files.set(path, loaded);
    return loaded;
  }

  /** The configuration files that apply to a note, farthest first. */
  chainFor(notePath: string, opts: ResolveOptions = {}): string[] {
    return configChain(resolve(notePath), this, { ...opts, roots: this.roots });
  }

  /** The nearest configuration file for a note (the one an edit such as "add to accepted terms" goes to). */
  findConfigFile(notePath: string, opts: ResolveOptions = {}): string | undefined {
    return this.chainFor(notePath, opts).at(-1);
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

  resolveConfig(notePath: string, opts: ResolveOptions = {}): ResolvedConfig {
    const note = resolve(notePath);
    const cascade = { ...opts, roots: this.roots };
    return applyChain(note, this.chainFor(note, opts), this, cascade, this.globs);
  }
}
