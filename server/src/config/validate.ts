/**
 * Parses and validates a configuration file's text: JSON syntax, the JSON
 * schema (ajv), then what a schema cannot say (safe globs, literal terms).
 * Every problem carries a place in the text and one plain sentence.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { compileGlob } from './glob.ts';
import { positionsOf } from './text-position.ts';
import { configSchema, MAX_GLOB_LENGTH } from './schema.ts';
import { PRESET_NAMES } from './presets.ts';
import type { ConfigProblem, RapportConfig } from './types.ts';

let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  return validator;
}

/** Where the value (or, with `extraKey`, the key) at a JSON pointer is in the text; large values are shown by their key. */
function locate(tree: JsonNode | undefined, pointer: string, extraKey?: string): { start: number; end: number } {
  const path: Array<string | number> = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (extraKey !== undefined) path.push(extraKey);
  const node = tree && (path.length ? findNodeAtLocation(tree, path) : tree);
  if (!node) return { start: 0, end: 1 };
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  const shown = key && (extraKey !== undefined || node.type === 'object' || node.type === 'array') ? key : node;
  return { start: shown.offset, end: shown.offset + Math.max(1, shown.length) };
}

/** Plain words for jsonc-parser's error codes (its own names are identifiers, not sentences). */
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing brace "}" was expected',
  CloseBracketExpected: 'a closing bracket "]" was expected',
  EndOfFileExpected: 'nothing may follow the closing brace',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is not complete',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'a control character inside a string',
};

/** The first syntax error, in words, at its place; a trailing comma is named and shown as such. */
function syntaxProblem(text: string, error: ParseError): { message: string; start: number; end: number } {
  const code = printParseErrorCode(error.error);
  if (code === 'PropertyNameExpected' || code === 'ValueExpected') {
    // Skip back over white space and comments to see whether a comma precedes the closing bracket.
    const before = text.slice(0, error.offset).replace(/(\/\*[\s\S]*?\*\/|\/\/[^\n]*|\s)+$/, '');
    if (before.endsWith(',') && /^[\]}]/.test(text.slice(error.offset))) {
      return { message: 'The configuration is not valid JSON (a trailing comma before a closing bracket or brace).', start: before.length - 1, end: before.length };
    }
  }
  if (text.trim() === '') return { message: 'The configuration file is empty; write {} for no settings.', start: 0, end: 0 };
  const reason = SYNTAX[code] ?? 'syntax error';
  return { message: `The configuration is not valid JSON (${reason}).`, start: error.offset, end: error.offset + Math.max(1, error.length) };
}

/** Text from the file, quoted and shortened: a message names what is wrong, it does not reproduce the file. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? `"${e.instancePath.slice(1).replace(/\//g, '.')}"` : 'The configuration';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = quoted((e.params as { additionalProperty: string }).additionalProperty);
      if (/\/rules$/.test(e.instancePath)) return `Unknown rule or family ${key} in ${where}; see docs/rules/README.md for the rule ids.`;
      return `Unknown setting ${key} in ${where === 'The configuration' ? 'the configuration' : where}.`;
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
    compileGlob(glob);
  } catch (error) {
    return `is not a valid glob (${error instanceof Error ? error.message : 'it does not compile'})`;
  }
  return undefined;
}

function looksLikeRegex(term: string): boolean {
  return /^\/.+\/[a-z]*$/.test(term.trim()) || /\\[bdswBDSW]/.test(term);
}

export interface CheckedConfig {
  config?: RapportConfig;
  problems: ConfigProblem[];
}

/** A problem with a configuration file as a whole (it could not be read, or it cannot be used), placed at its start. */
export function fileProblem(path: string, message: string): ConfigProblem {
  const start = { line: 0, character: 0 };
  return { path, message, start: 0, end: 0, range: { start, end: start } };
}

/** A problem placed at the value of a JSON pointer in a configuration's text. */
export function problemAt(text: string, path: string, pointer: string, message: string): ConfigProblem {
  const source = text.replace(/^\uFEFF/, ' ');
  const at = locate(parseTree(source, [], { disallowComments: false }), pointer);
  const position = positionsOf(text);
  return { path, message, ...at, range: { start: position(at.start), end: position(at.end) } };
}

/** Parses and validates configuration text. A config with any problem is returned without `config`. */
export function checkConfigText(text: string, path: string): CheckedConfig {
  const problems: ConfigProblem[] = [];
  const position = positionsOf(text);
  const problem = (message: string, at: { start: number; end: number }) =>
    problems.push({ path, message, ...at, range: { start: position(at.start), end: position(at.end) } });
  // jsonc-parser: comments are allowed; offsets are exact. A byte-order mark is blanked, keeping every offset.
  const source = text.replace(/^\uFEFF/, ' ');
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !tree) {
    const first: ParseError = errors[0] ?? { error: 4 as ParseError['error'], offset: 0, length: 0 };
    const { message, ...at } = syntaxProblem(source, first);
    problem(message, at);
    problems[0]!.syntax = true;
    if (source.trim() === '') problems[0]!.quiet = true;
    return { problems };
  }
  const data: unknown = getNodeValue(tree);
  const check = validate();
  if (!check(data)) {
    let errors = check.errors ?? [];
    // anyOf reports every branch: keep one message for the place.
    const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    errors = errors.filter((e) => e.keyword === 'anyOf' || ![...anyOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/')));
    const seen = new Set<string>();
    for (const e of errors) {
      let message = describe(e);
      if (e.keyword === 'anyOf' && /extends/.test(e.instancePath)) message = `"extends" must name a preset (${PRESET_NAMES.join(', ')}) or a JSON file starting with "./" or "../", or be a list of them.`;
      else if (e.keyword === 'anyOf') message = `${e.instancePath ? `"${e.instancePath.slice(1).replace(/\//g, '.')}"` : 'The value'} must be a glob or a list of globs.`;
      if (seen.has(message)) continue;
      seen.add(message);
      const extra = e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
      problem(message, locate(tree, e.instancePath, extra));
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
    if (why) problem(`The glob ${quoted(glob)} ${why}.`, locate(tree, pointer));
  }
  const vocabularies: Array<[RapportConfig['vocabulary'], string]> = [[config.vocabulary, '/vocabulary']];
  (config.overrides ?? []).forEach((o, i) => vocabularies.push([o.vocabulary, `/overrides/${i}/vocabulary`]));
  for (const [vocab, pointer] of vocabularies) {
    (vocab?.reject ?? []).forEach((t, i) => {
      if (looksLikeRegex(t.term)) problem(`Vocabulary term ${quoted(t.term)} looks like a regular expression; terms are literal words (matched case-insensitively as whole words), so write the word itself.`, locate(tree, `${pointer}/reject/${i}`));
    });
    (vocab?.accept ?? []).forEach((t, i) => {
      if (looksLikeRegex(t)) problem(`Accepted term ${quoted(t)} looks like a regular expression; terms are literal words, so write the word itself.`, locate(tree, `${pointer}/accept/${i}`));
    });
  }
  return problems.length ? { problems } : { config, problems };
}
