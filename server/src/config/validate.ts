/**
 * Parses and validates a configuration file's text: JSON syntax, the JSON
 * schema (ajv), then what a schema cannot say (safe globs, literal terms).
 * Every problem carries a place in the text and one plain sentence.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import picomatch from 'picomatch';
import { configSchema, MAX_GLOB_LENGTH } from './schema.ts';
import type { ConfigProblem, RapportConfig } from './types.ts';

let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  return validator;
}

/** Offsets of the key (or value) at a JSON pointer, found by scanning for the keys in order; good enough to place a squiggle. */
export function locate(text: string, pointer: string, extraKey?: string): { start: number; end: number } {
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extraKey !== undefined) segments.push(extraKey);
  let pos = 0;
  let found: { start: number; end: number } | undefined;
  for (const seg of segments) {
    if (/^\d+$/.test(seg)) {
      // Array index: step to the n-th element start after the current position.
      const open = text.indexOf('[', pos);
      if (open < 0) break;
      let i = open + 1;
      let depth = 0;
      let index = 0;
      let inString = false;
      const want = Number(seg);
      for (; i < text.length; i++) {
        const c = text[i]!;
        if (inString) {
          if (c === '\\') i++;
          else if (c === '"') inString = false;
          continue;
        }
        if (c === '"') {
          if (depth === 0 && index === want) break;
          inString = true;
        } else if (c === '{' || c === '[') {
          if (depth === 0 && index === want) break;
          depth++;
        } else if (c === '}' || c === ']') {
          if (depth === 0) break;
          depth--;
        } else if (c === ',' && depth === 0) index++;
        else if (depth === 0 && index === want && /[^\s]/.test(c)) break;
      }
      pos = i;
      const end = text[i] === '"' ? text.indexOf('"', i + 1) + 1 : i + 1;
      found = { start: i, end: Math.max(end, i + 1) };
      continue;
    }
    const re = new RegExp(`"${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`, 'g');
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    found = { start: m.index, end: m.index + seg.length + 2 };
    pos = m.index + m[0].length;
  }
  return found ?? { start: 0, end: Math.min(1, text.length) };
}

function jsonPosition(error: unknown, text: string): number {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (m) return Math.min(Number(m[1]), text.length);
  return text.length;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? `"${e.instancePath.slice(1).replace(/\//g, '.')}"` : 'The configuration';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      if (/\/rules$/.test(e.instancePath)) return `Unknown rule or family "${key}" in ${where}; see docs/rules/README.md for the rule ids.`;
      return `Unknown setting "${key}" in ${where === 'The configuration' ? 'the configuration' : where}.`;
    }
    case 'enum':
      return `${where} must be one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'type':
      return `${where} must be ${/^[aeiou]/.test(String((e.params as { type: string }).type)) ? 'an' : 'a'} ${(e.params as { type: string }).type}.`;
    case 'required':
      return `${where} needs "${(e.params as { missingProperty: string }).missingProperty}".`;
    case 'maxLength':
    case 'maxItems':
    case 'minLength':
    case 'minItems':
    case 'pattern':
      return `${where} ${e.message ?? 'is invalid'}.`;
    default:
      return `${where} ${e.message ?? 'is invalid'}.`;
  }
}

/** Globs must be plain: no extglobs (they compile to nested quantifiers), bounded length, and they must compile. */
export function globProblem(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_LENGTH) return `is longer than ${MAX_GLOB_LENGTH} characters`;
  if (/[@+*?!]\(/.test(glob)) return 'uses extended glob syntax such as "+(…)", which Rapport does not support because it can make matching slow; list the alternatives with {a,b} instead';
  if (glob.includes('\u0000')) return 'contains a NUL character';
  try {
    picomatch(glob, GLOB_OPTIONS);
  } catch (error) {
    return `is not a valid glob (${error instanceof Error ? error.message : String(error)})`;
  }
  return undefined;
}

export const GLOB_OPTIONS = { dot: true, noextglob: true, windows: false } as const;

/** A glob without "/" matches file names at any depth (like .gitignore); others are relative to the configuration's folder. */
export function normaliseGlob(glob: string): string {
  const g = glob.replace(/^\.\//, '');
  return g.includes('/') ? g.replace(/^\//, '') : `**/${g}`;
}

function looksLikeRegex(term: string): boolean {
  return /^\/.+\/[a-z]*$/.test(term.trim()) || /\\[bdswBDSW]/.test(term);
}

export interface CheckedConfig {
  config?: RapportConfig;
  problems: ConfigProblem[];
}

/** Parses and validates configuration text. A config with any problem is returned without `config`. */
export function checkConfigText(text: string, path: string): CheckedConfig {
  const problems: ConfigProblem[] = [];
  const problem = (message: string, at: { start: number; end: number }) => problems.push({ path, message, ...at });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const at = jsonPosition(error, text);
    const reason = error instanceof Error ? error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '') : String(error);
    problem(`The configuration is not valid JSON (${reason}).`, { start: Math.max(0, Math.min(at, text.length - 1)), end: Math.min(at + 1, text.length) });
    return { problems };
  }
  const check = validate();
  if (!check(data)) {
    let errors = check.errors ?? [];
    // anyOf reports every branch: keep one message for the place.
    const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    errors = errors.filter((e) => e.keyword === 'anyOf' || ![...anyOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/')));
    const seen = new Set<string>();
    for (const e of errors) {
      let message = describe(e);
      if (e.keyword === 'anyOf' && /extends/.test(e.instancePath)) message = `"extends" must be one of the presets rapport:recommended, rapport:reflection, rapport:strict, or a list of them.`;
      else if (e.keyword === 'anyOf') message = `${e.instancePath ? `"${e.instancePath.slice(1).replace(/\//g, '.')}"` : 'The value'} must be a glob or a list of globs.`;
      if (seen.has(message)) continue;
      seen.add(message);
      const extra = e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
      problem(message, locate(text, e.instancePath, extra));
    }
    return { problems };
  }
  const config = data as RapportConfig;
  const globs: Array<[string, string]> = [];
  (config.ignore ?? []).forEach((g, i) => globs.push([g, `/ignore/${i}`]));
  (config.overrides ?? []).forEach((o, i) => {
    const files = typeof o.files === 'string' ? [o.files] : o.files;
    files.forEach((g, j) => globs.push([g, typeof o.files === 'string' ? `/overrides/${i}/files` : `/overrides/${i}/files/${j}`]));
  });
  for (const [glob, pointer] of globs) {
    const why = globProblem(glob);
    if (why) problem(`The glob ${JSON.stringify(glob)} ${why}.`, locate(text, pointer));
  }
  const vocabularies: Array<[RapportConfig['vocabulary'], string]> = [[config.vocabulary, '/vocabulary']];
  (config.overrides ?? []).forEach((o, i) => vocabularies.push([o.vocabulary, `/overrides/${i}/vocabulary`]));
  for (const [vocab, pointer] of vocabularies) {
    (vocab?.reject ?? []).forEach((t, i) => {
      if (looksLikeRegex(t.term)) problem(`Vocabulary term ${JSON.stringify(t.term)} looks like a regular expression; terms are literal words (matched case-insensitively as whole words), so write the word itself.`, locate(text, `${pointer}/reject/${i}`));
    });
    (vocab?.accept ?? []).forEach((t, i) => {
      if (looksLikeRegex(t)) problem(`Accepted term ${JSON.stringify(t)} looks like a regular expression; terms are literal words, so write the word itself.`, locate(text, `${pointer}/accept/${i}`));
    });
  }
  return problems.length ? { problems } : { config, problems };
}
