/**
 * Project configuration shared by the language server, the CLI and CI.
 * Pure parts (parse, validate, cascade, globs) take file contents; resolve.ts and read-file.ts read the disk.
 */
export * from './types.ts';
export { PRESETS, PRESET_NAMES, isPreset, type PresetName } from './presets.ts';
export { configSchema, editorConfigSchema, rulesSchema, configurableRuleIds, SEVERITY_VALUES } from './schema.ts';
export { checkConfigText, fileProblem, globProblem } from './validate.ts';
export { applyChain, configChain, mergeSettings, resolveCascade, type CascadeOptions, type ConfigSource, type LoadedConfig } from './cascade.ts';
export { compileGlob, GlobCache } from './glob.ts';
export { ConfigResolver, isConfigFileName, type ResolveOptions } from './resolve.ts';
export { readBoundedText, MAX_CONFIG_BYTES } from './read-file.ts';
export { positionsOf, type TextPosition } from './text-position.ts';
