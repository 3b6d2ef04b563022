/**
 * The CLI's view of the shared project configuration (server/src/config): the cascade of
 * `.rapportrc.json` / `rapport.config.json` files from the note's folder up, or the file given with
 * `--config`, or none with `--no-config`; then the command line's `--mode` and `--rule` on top. The note's
 * front matter still wins, in the engine.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigResolver, type ConfigProblem, type ResolvedConfig } from '../config/index.ts';
import type { LintOptions, Mode, SeveritySetting } from '../engine/index.ts';

export interface ConfigChoice {
  /** Explicit configuration file (--config), absolute. */
  configFile?: string;
  /** --no-config */
  noConfig: boolean;
  mode?: Mode;
  rules: Record<string, SeveritySetting>;
  /** Folder the run starts from: the workspace is the repository holding it (or the folder itself). */
  cwd?: string;
}

/** A resolver that uses one given file for every note, instead of looking one up. */
class FixedConfigResolver extends ConfigResolver {
  constructor(private readonly file: string) {
    super();
  }
  override chainFor(): string[] {
    return [this.file];
  }
}

/**
 * The workspace of a run: the nearest folder holding `.git` from `cwd` up, else `cwd`. Configuration files
 * may not lead out of it through a link, and `extends` may name shared files only inside it.
 */
export function workspaceRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

export class CliConfig {
  private readonly resolver: ConfigResolver | undefined;

  constructor(private readonly choice: ConfigChoice) {
    this.resolver = choice.noConfig ? undefined : choice.configFile ? new FixedConfigResolver(choice.configFile) : new ConfigResolver();
    if (this.resolver) this.resolver.roots = [workspaceRoot(choice.cwd ?? process.cwd())];
  }

  resolve(notePath: string): ResolvedConfig {
    const base: ResolvedConfig = this.resolver
      ? this.resolver.resolveConfig(notePath)
      : { options: { fileName: notePath }, configPaths: [], problems: [], ignored: false, untrustedIgnored: [] };
    const options: LintOptions = { ...base.options, fileName: notePath };
    if (this.choice.mode) options.mode = this.choice.mode;
    if (Object.keys(this.choice.rules).length) options.rules = { ...(options.rules ?? {}), ...this.choice.rules };
    return { ...base, options };
  }
}

/** One line per configuration problem: `file:line:col: message`. The place comes with the problem; the file is not read again. */
export function describeConfigProblem(problem: ConfigProblem, cwd: string): string {
  const { line, character } = problem.range.start;
  const where = line === 0 && character === 0 && problem.end === 0 ? '' : `:${line + 1}:${character + 1}`;
  const rel = relative(cwd, resolve(problem.path));
  const shown = rel && !rel.startsWith('..') ? rel : problem.path;
  return `${shown}${where}: ${problem.message.replace(/\s*\n\s*/g, ' ')}`;
}
