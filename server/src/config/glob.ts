/**
 * Glob matching for `overrides` and `ignore`, in time linear in the path's length whatever the glob.
 *
 * picomatch defines what a glob means (braces, classes, `**`), but it compiles to a JavaScript regular
 * expression, which backtracks: `*a*a*a*a*a*a*a*a*a*a*b.md` took 18 s on one path, and 24 stars never finished.
 * So picomatch's regular expression is run by re2js, a port of RE2, which matches without backtracking.
 * Pure: no file system, no Node built-ins (shared with the browser build).
 */
import picomatch from 'picomatch';
import { RE2JS } from 're2js';

export type PathMatcher = (relativePath: string) => boolean;

const OPTIONS = { dot: true, noextglob: true, windows: false } as const;

/**
 * picomatch guards each segment against "." / ".." and empty names with lookaheads, which RE2 cannot run.
 * The paths matched here are relative paths of files below the configuration's folder, which never hold such
 * segments, so dropping the guards changes no result.
 */
const SEGMENT_GUARDS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?=.)'];

/** A glob without "/" matches file names at any depth (like .gitignore); others are relative to the configuration's folder. */
export function normaliseGlob(glob: string): string {
  const g = glob.replace(/^\.\//, '');
  return g.includes('/') ? g.replace(/^\//, '') : `**/${g}`;
}

/** Compiles a glob (a leading "!" negates it). Throws an Error saying why a glob cannot be used. */
export function compileGlob(glob: string): PathMatcher {
  const negated = glob.startsWith('!') && !glob.startsWith('!(');
  let source = picomatch.makeRe(normaliseGlob(negated ? glob.slice(1) : glob), OPTIONS).source;
  for (const guard of SEGMENT_GUARDS) source = source.split(guard).join('');
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch {
    throw new Error('uses syntax that Rapport cannot match safely');
  }
  return negated ? (path) => !re.matches(path) : (path) => re.matches(path);
}

/** Compiled globs, kept for reuse (bounded: a configuration holds at most a few hundred globs). */
export class GlobCache {
  private readonly compiled = new Map<string, PathMatcher>();

  matcher(glob: string): PathMatcher {
    let m = this.compiled.get(glob);
    if (!m) {
      try {
        m = compileGlob(glob);
      } catch {
        m = () => false; // validation reports such a glob; a configuration holding one is never applied
      }
      if (this.compiled.size >= 1000) this.compiled.clear();
      this.compiled.set(glob, m);
    }
    return m;
  }

  /** True when any of the globs matches. */
  matches(globs: string | readonly string[], relativePath: string): boolean {
    return (typeof globs === 'string' ? [globs] : globs).some((g) => this.matcher(g)(relativePath));
  }
}
