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
      extends: {
        description: 'Presets to start from, applied in order.',
        anyOf: [preset, { type: 'array', items: preset, maxItems: 10 }],
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
