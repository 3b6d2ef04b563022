/**
 * The parts of the project configuration that need no file system (parse, validate, cascade, globs), for
 * builds without Node such as the web worker: the caller supplies file contents through a ConfigSource.
 */
export * from './types.ts';
export { PRESETS, PRESET_NAMES, isPreset, type PresetName } from './presets.ts';
export { checkConfigText, fileProblem, globProblem } from './validate.ts';
export { applyChain, configChain, mergeSettings, resolveCascade, type CascadeOptions, type ConfigSource, type LoadedConfig } from './cascade.ts';
export { compileGlob, GlobCache } from './glob.ts';
export { positionsOf, type TextPosition } from './text-position.ts';
