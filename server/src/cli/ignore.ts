/**
 * Ignore files for the CLI: `.rapportignore` in the working directory by
 * default, or `--ignore-path <file>`, in .gitignore syntax, plus
 * `--ignore-pattern <glob>`; all patterns are relative to the working
 * directory (as in ESLint), wherever the ignore file is. The configuration's own `ignore` globs apply on top.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { describeIoError } from './files.ts';
import { UsageError } from './args.ts';

export const DEFAULT_IGNORE_FILE = '.rapportignore';

interface Layer {
  base: string;
  ig: Ignore;
}

export class IgnoreRules {
  private readonly layers: Layer[] = [];

  /** Loads the ignore sources; a missing or unreadable --ignore-path is a usage error. */
  constructor(cwd: string, options: { ignorePath?: string; patterns: string[]; disabled: boolean }) {
    if (options.disabled) return;
    const explicit = options.ignorePath !== undefined;
    const file = resolve(cwd, options.ignorePath ?? DEFAULT_IGNORE_FILE);
    let text: string | undefined;
    try {
      if (statSync(file).isFile()) text = readFileSync(file, 'utf8');
      else if (explicit) throw new UsageError(`--ignore-path ${options.ignorePath}: not a file.`);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      if (explicit) throw new UsageError(`--ignore-path ${options.ignorePath}: ${describeIoError(error)}.`);
    }
    if (text !== undefined) this.layers.push({ base: cwd, ig: ignore().add(text) });
    if (options.patterns.length) this.layers.push({ base: cwd, ig: ignore().add(options.patterns) });
  }

  get active(): boolean {
    return this.layers.length > 0;
  }

  ignores(path: string): boolean {
    for (const { base, ig } of this.layers) {
      const rel = relative(base, path);
      if (!rel || rel.startsWith('..') || isAbsolute(rel)) continue;
      if (ig.ignores(rel.split(/[\\/]/).join('/'))) return true;
    }
    return false;
  }
}
