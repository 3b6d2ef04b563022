/**
 * Applies a parsed project configuration to a note, without a file system: presets named in `extends`, the
 * file's own settings, then matching `overrides`, and the `ignore` globs; in an untrusted workspace the
 * vocabulary, overrides and ignore globs are left out. Same order and merge as config/resolve.ts, which
 * reads the files itself (and also cascades over parent folders, which the browser's flat list of files
 * does not). The merge and the glob matcher are config/'s own.
 */
import type { LintOptions } from '../engine/index.ts';
import { isPreset, PRESETS } from '../config/presets.ts';
import { compileGlob } from '../config/glob.ts';
import { mergeSettings } from '../config/cascade.ts';
import type { ConfigSettings, RapportConfig } from '../config/types.ts';

export interface AppliedConfig {
  options: LintOptions;
  ignored: boolean;
  untrustedIgnored: string[];
}

/** One settings layer over another, exactly as the Node resolver merges them. */
const layer = mergeSettings;

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function presetChain(name: string, seen: Set<string>): RapportConfig[] {
  if (!isPreset(name) || seen.has(name)) return [];
  seen.add(name);
  const preset: RapportConfig = PRESETS[name];
  return [...list(preset.extends).flatMap((p) => presetChain(p, seen)), preset];
}

const matchers = new Map<string, (path: string) => boolean>();
function matches(globs: string | string[], relPath: string): boolean {
  return list(globs).some((g) => {
    let m = matchers.get(g);
    if (!m) {
      if (matchers.size > 1000) matchers.clear();
      // The Node resolver's matcher: picomatch's meaning, run without backtracking.
      m = compileGlob(g);
      matchers.set(g, m);
    }
    return m(relPath);
  });
}

/** `relPath` is the note's path relative to the configuration file's folder, with "/" separators. */
export function applyConfig(config: RapportConfig, relPath: string, base: LintOptions, trusted: boolean): AppliedConfig {
  let options = base;
  const seen = new Set<string>();
  for (const preset of list(config.extends).flatMap((name) => presetChain(name, seen))) options = layer(options, preset);
  const untrustedIgnored: string[] = [];
  const own: ConfigSettings = { ...config };
  if (!trusted) {
    if (config.vocabulary) untrustedIgnored.push('vocabulary');
    if (config.overrides?.length) untrustedIgnored.push('overrides');
    if (config.ignore?.length) untrustedIgnored.push('ignore');
    delete own.vocabulary;
  }
  options = layer(options, own);
  let ignored = false;
  if (trusted) {
    for (const override of config.overrides ?? []) if (matches(override.files, relPath)) options = layer(options, override);
    ignored = !!config.ignore?.length && matches(config.ignore, relPath);
  }
  return { options, ignored, untrustedIgnored };
}
