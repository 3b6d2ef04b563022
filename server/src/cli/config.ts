/**
 * The CLI's view of the shared project configuration (server/src/config):
 * the nearest `.rapportrc.json` / `rapport.config.json`, or the file given with
 * `--config`, or none with `--no-config`; then the command line's `--mode` and
 * `--rule` on top. The note's front matter still wins, in the engine.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ConfigResolver, type ConfigProblem, type ResolvedConfig } from '../config/index.ts';
import type { LintOptions, Mode, SeveritySetting } from '../engine/index.ts';

export interface ConfigChoice {
  /** Explicit configuration file (--config), absolute. */
  configFile?: string;
  /** --no-config */
  noConfig: boolean;
  mode?: Mode;
  rules: Record<string, SeveritySetting>;
}

/** A resolver that uses one given file for every note, instead of looking one up. */
class FixedConfigResolver extends ConfigResolver {
  constructor(private readonly file: string) {
    super();
  }
  override findConfigFile(): string | undefined {
    return this.file;
  }
}

export class CliConfig {
  private readonly resolver: ConfigResolver | undefined;

  constructor(private readonly choice: ConfigChoice) {
    this.resolver = choice.noConfig ? undefined : choice.configFile ? new FixedConfigResolver(choice.configFile) : new ConfigResolver();
  }

  resolve(notePath: string): ResolvedConfig {
    const base: ResolvedConfig = this.resolver
      ? this.resolver.resolveConfig(notePath)
      : { options: { fileName: notePath }, problems: [], ignored: false, untrustedIgnored: [] };
    const options: LintOptions = { ...base.options, fileName: notePath };
    if (this.choice.mode) options.mode = this.choice.mode;
    if (Object.keys(this.choice.rules).length) options.rules = { ...(options.rules ?? {}), ...this.choice.rules };
    return { ...base, options };
  }
}

/** One line per configuration problem: `file:line:col: message`. */
export function describeConfigProblem(problem: ConfigProblem, cwd: string): string {
  let where = '';
  try {
    const text = readFileSync(problem.path, 'utf8');
    const before = text.slice(0, problem.start);
    const line = before.split('\n').length;
    const col = problem.start - (before.lastIndexOf('\n') + 1) + 1;
    where = `:${line}:${col}`;
  } catch {
    // The file could not be read: the message says so.
  }
  const rel = relative(cwd, resolve(problem.path));
  const shown = rel && !rel.startsWith('..') ? rel : problem.path;
  return `${shown}${where}: ${problem.message.replace(/\s*\n\s*/g, ' ')}`;
}
