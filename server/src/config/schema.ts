/**
 * The JSON schema of the project configuration file. The rule-id part is
 * generated from the rule registry, so the schema (written to
 * server/schemas/rapportrc.schema.json by `npm run generate`) and VS Code's
 * completion always list exactly the rules that exist.
 */
import { FAMILIES, RULES } from '../engine/index.ts';
import { PRESET_NAMES } from './presets.ts';

export const SEVERITY_VALUES = ['error', 'warning', 'info', 'hint', 'off'] as const;
export const MAX_TERM_LENGTH = 100;
export const MAX_GLOB_LENGTH = 256;

/** Rule ids and family names a configuration may set, in documentation order. */
export function configurableRuleIds(): { rules: string[]; families: string[] } {
  return { rules: [...RULES.map((r) => r.id), 'vocabulary.term'], families: [...FAMILIES] };
}

/** `rules` object schema: one property per rule and per family, nothing else. Also used for the `rapport.rules` VS Code setting. */
export function rulesSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const severity = { type: 'string', enum: [...SEVERITY_VALUES] };
  for (const rule of RULES) {
    properties[rule.id] = { ...severity, description: `${rule.docs.summary} (default: ${rule.severity.clinical} in clinical notes, ${rule.severity.reflection} in reflections)` };
  }
  properties['vocabulary.term'] = { ...severity, description: "Terms rejected by the team vocabulary (default: warning)." };
  for (const family of FAMILIES) properties[family] = { ...severity, description: `Every rule of the ${family} family.` };
  return { type: 'object', additionalProperties: false, properties };
}

export function configSchema(): Record<string, unknown> {
  const preset = { type: 'string', enum: [...PRESET_NAMES] };
  const sharedFile = { type: 'string', pattern: '^\\.\\.?/.*\\.json$', maxLength: 256, description: 'A shared JSON configuration file, relative to this file and inside the workspace.' };
  const base = { anyOf: [preset, sharedFile] };
  const term = { type: 'string', minLength: 1, maxLength: MAX_TERM_LENGTH, pattern: '\\S' };
  const glob = { type: 'string', minLength: 1, maxLength: MAX_GLOB_LENGTH };
  const settings = {
    mode: { type: 'string', enum: ['clinical', 'reflection'], description: 'Clinical notes or student reflections (see docs/modes.md).' },
    languagePreference: {
      type: 'string',
      enum: ['person-first', 'identity-first', 'ask'],
      description: 'Person-first ("person with autism") or identity-first ("autistic person") language, or "ask" to flag both for a check with the person.',
    },
    identifiesAs: { type: 'array', items: term, maxItems: 100, description: 'Identity terms the person uses for themself (e.g. "Deaf", "autistic"); never flagged.' },
    rules: { $ref: '#/definitions/rules' },
    vocabulary: {
      type: 'object',
      additionalProperties: false,
      description: 'Team vocabulary. Terms are literal text (case-insensitive, whole words), never regular expressions.',
      properties: {
        reject: {
          type: 'array',
          maxItems: 1000,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['term'],
            properties: {
              term: term,
              prefer: { type: 'string', maxLength: 200 },
              message: { type: 'string', maxLength: 500 },
              severity: { type: 'string', enum: ['error', 'warning', 'info', 'hint'] },
            },
          },
        },
        accept: { type: 'array', maxItems: 1000, items: term, description: 'Terms never flagged by any rule.' },
      },
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Rapport configuration (.rapportrc.json / rapport.config.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: {
        type: 'boolean',
        description: 'Stop here: configuration files in parent folders are not applied (like EditorConfig and ESLint).',
      },
      extends: {
        description: 'Presets (rapport:…) or shared JSON files ("./…", "../…", inside the workspace; trusted workspaces only) to start from, applied in order.',
        anyOf: [base, { type: 'array', items: base, maxItems: 10 }],
      },
      ...settings,
      overrides: {
        type: 'array',
        maxItems: 100,
        description: 'Settings for notes matching globs (relative to this file), applied in order after the settings above.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: { anyOf: [glob, { type: 'array', items: glob, minItems: 1, maxItems: 100 }] }, ...settings },
        },
      },
      ignore: { type: 'array', items: glob, maxItems: 200, description: 'Notes matching these globs (relative to this file) are not linted.' },
    },
    definitions: { rules: rulesSchema() },
  };
}

/** Keywords that make VS Code's JSON support report problems; the editor schema leaves them out. */
const CONSTRAINTS = new Set(['additionalProperties', 'type', 'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems', 'required', 'minimum', 'maximum']);

function withoutConstraints(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutConstraints);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (CONSTRAINTS.has(key)) continue;
    // Allowed values stay as completions, without making other values an error.
    if (key === 'enum') out.examples = v;
    else out[key] = key === 'properties' || key === 'definitions' ? Object.fromEntries(Object.entries(v as object).map(([k, s]) => [k, withoutConstraints(s)])) : withoutConstraints(v);
  }
  return out;
}

/**
 * The schema VS Code is given for configuration files (package.json `jsonValidation`): the same properties,
 * descriptions and values, for completion and hover, but no constraints. Rapport's own diagnostics report
 * every problem, at its place, and with the strict schema VS Code would list each problem a second time.
 */
export function editorConfigSchema(): Record<string, unknown> {
  const schema = withoutConstraints(configSchema()) as Record<string, unknown>;
  return { ...schema, title: `${String(schema.title)}: completion and hover; Rapport reports the problems` };
}
