/** Project configuration shared by the language server, the CLI and CI (node side: reads files). */
export * from './types.ts';
export { PRESETS, PRESET_NAMES, isPreset, type PresetName } from './presets.ts';
export { configSchema, rulesSchema, configurableRuleIds, SEVERITY_VALUES } from './schema.ts';
export { checkConfigText, globProblem, locate } from './validate.ts';
export { ConfigResolver, resolveConfig, invalidateConfig, isConfigFileName, mergeSettings, type ResolveOptions } from './resolve.ts';
