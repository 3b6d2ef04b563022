/**
 * Built-in presets for `extends`. They are plain configuration objects defined
 * in code, so every preset is visible, reviewable and versioned with the rules.
 */
import { RULES } from '../engine/index.ts';
import type { RapportConfig } from './types.ts';

function strictRules(): Record<string, 'error' | 'warning'> {
  const out: Record<string, 'error' | 'warning'> = {};
  // Every rule on, at least as a warning; rules that are errors by default stay errors.
  for (const rule of RULES) out[rule.id] = rule.severity.clinical === 'error' || rule.severity.reflection === 'error' ? 'error' : 'warning';
  return out;
}

export const PRESETS = {
  /** The rules' own defaults (see docs/rules/README.md). */
  'rapport:recommended': {},
  /** Student reflections: reflection-mode defaults for every note under this configuration. */
  'rapport:reflection': { extends: 'rapport:recommended', mode: 'reflection' },
  /** Every rule on: off-by-default rules become warnings, hints and infos become warnings, errors stay errors. */
  'rapport:strict': { extends: 'rapport:recommended', rules: strictRules() },
} as const satisfies Record<string, RapportConfig>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export function isPreset(name: string): name is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, name);
}
