/** Command line of `rapport audit` and `rapport audit merge`, with one clear line for every usage error. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseRuleOption, UsageError } from '../args.ts';
import type { SeveritySetting } from '../../engine/index.ts';
import type { FieldSettings, Granularity } from './fields.ts';
import { INPUT_FORMATS, type InputFormat, type Shard } from './sources.ts';

export type AuditFormat = 'json' | 'csv' | 'html';
export const AUDIT_FORMATS: readonly AuditFormat[] = ['json', 'csv', 'html'];

export interface AuditArgs {
  command: 'audit';
  inputs: string[];
  inputFormat: InputFormat | undefined;
  format: AuditFormat;
  output: string | undefined;
  fields: FieldSettings;
  mode: 'clinical' | 'reflection' | undefined;
  rules: Record<string, SeveritySetting>;
  config: string | undefined;
  noConfig: boolean;
  shard: Shard | undefined;
  examples: number;
  help: boolean;
}

export interface MergeArgs {
  command: 'merge';
  parts: string[];
  format: AuditFormat;
  output: string | undefined;
  help: boolean;
}

export const AUDIT_HELP = `Usage: rapport audit <folders|files.jsonl|files.csv...> [options]
       rapport audit merge <parts.json...> [--format json|csv|html] [--output file]

Counts, across many notes, how many have at least one finding of each rule
family and rule: overall, per group and per period, with rates per 1,000
notes and 95 % intervals. Only counts (and, with --examples, masked
excerpts) are written, never note text.

Input:
      --input-format <kind>    markdown, jsonl, csv or tsv (default: from the file name)
      --id-field <name>        Field with the note's id (default: id)
      --text-field <name>      Field with the note's text (default: text)
      --group-by <field>       Count per value of this field (repeatable); for Markdown
                               notes, a front matter key, or "folder"
      --date-field <field>     Field with the note's date (ISO: 2024-03-05)
      --by <month|quarter>     Period for --date-field (default: month)
      --reflection-where <field=value>
                               Lint records with this value as reflections (repeatable)
Linting (as for rapport):
      --mode <mode>            clinical (default) or reflection; front matter still wins
      --rule <id=severity>     Override a rule or family (repeatable)
  -c, --config <file>          Use this configuration file
      --no-config              Use no configuration file
Output:
  -f, --format <name>          ${AUDIT_FORMATS.join(', ')} (default: json)
  -o, --output <file>          Write to a file (atomically) instead of stdout
      --examples <n>           Up to n short masked excerpts per rule (default: 0, none)
      --shard <k/n>            Audit only share k of n (1 ≤ k ≤ n), as a part for
                               rapport audit merge
  -h, --help                   Show this help

Exit codes: 0 audited, 2 usage problem or records that could not be audited.
Documentation: docs/audit.md`;

function parseOrThrow<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const unknown = /^Unknown option '([^']*)'/.exec(message);
    throw new UsageError(unknown ? `Unknown option '${unknown[1]}' (see rapport audit --help).` : message);
  }
}

const OUTPUT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const AUDIT_OPTIONS = {
  ...OUTPUT_OPTIONS,
  'input-format': { type: 'string' },
  'id-field': { type: 'string' },
  'text-field': { type: 'string' },
  'group-by': { type: 'string', multiple: true },
  'date-field': { type: 'string' },
  by: { type: 'string' },
  'reflection-where': { type: 'string', multiple: true },
  mode: { type: 'string' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  shard: { type: 'string' },
  examples: { type: 'string' },
} as const;

function outputFormat(value: string | undefined): AuditFormat {
  const format = (value ?? 'json') as AuditFormat;
  if (!AUDIT_FORMATS.includes(format)) throw new UsageError(`Unknown audit format "${format}"; use one of: ${AUDIT_FORMATS.join(', ')}.`);
  return format;
}

function fieldName(option: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (value.trim() === '') throw new UsageError(`--${option} needs a field name.`);
  return value;
}

export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count || count > 100_000) throw new UsageError(`--shard expects k/n with 1 ≤ k ≤ n (e.g. --shard 2/4), got "${value}".`);
  return { index, count };
}

export function parseAuditArgs(argv: string[]): AuditArgs | MergeArgs {
  if (argv[0] === 'merge') {
    const parsed = parseOrThrow(argv.slice(1), OUTPUT_OPTIONS);
    const v = parsed.values as Record<string, string | boolean | undefined>;
    const out: MergeArgs = { command: 'merge', parts: parsed.positionals, format: outputFormat(v.format as string | undefined), output: v.output as string | undefined, help: !!v.help };
    if (out.output === '') throw new UsageError('--output needs a file name.');
    if (!out.help && out.parts.length === 0) throw new UsageError('No parts given. Try: rapport audit merge parts/*.json --output audit.json');
    return out;
  }
  const parsed = parseOrThrow(argv, AUDIT_OPTIONS);
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const str = (k: string) => v[k] as string | undefined;
  const list = (k: string) => (v[k] as string[] | undefined) ?? [];
  const mode = str('mode');
  if (mode !== undefined && mode !== 'clinical' && mode !== 'reflection') throw new UsageError(`Unknown mode "${mode}"; use clinical or reflection.`);
  if (v['no-config'] && str('config') !== undefined) throw new UsageError('--config and --no-config cannot be used together.');
  const inputFormat = str('input-format') as InputFormat | undefined;
  if (inputFormat !== undefined && !INPUT_FORMATS.includes(inputFormat)) throw new UsageError(`Unknown --input-format "${inputFormat}"; use one of: ${INPUT_FORMATS.join(', ')}.`);
  const by = (str('by') ?? 'month') as Granularity;
  if (by !== 'month' && by !== 'quarter') throw new UsageError(`--by must be month or quarter, not "${by}".`);
  if (str('by') !== undefined && str('date-field') === undefined) throw new UsageError('--by needs --date-field.');
  const groupBy = list('group-by').map((g) => fieldName('group-by', g, ''));
  if (new Set(groupBy).size !== groupBy.length) throw new UsageError('--group-by: the same field is given twice.');
  const reflectionWhere = list('reflection-where').map((w) => {
    const at = w.indexOf('=');
    if (at <= 0) throw new UsageError(`--reflection-where expects field=value (e.g. --reflection-where note_type=reflection), got "${w}".`);
    return { field: w.slice(0, at).trim(), value: w.slice(at + 1).trim() };
  });
  let examples = 0;
  const ex = str('examples');
  if (ex !== undefined) {
    if (!/^\d+$/.test(ex.trim()) || Number(ex) > 100) throw new UsageError(`--examples expects a whole number from 0 to 100, got "${ex}".`);
    examples = Number(ex);
  }
  const out: AuditArgs = {
    command: 'audit',
    inputs: parsed.positionals,
    inputFormat,
    format: outputFormat(str('format')),
    output: str('output'),
    fields: {
      idField: fieldName('id-field', str('id-field'), 'id'),
      textField: fieldName('text-field', str('text-field'), 'text'),
      groupBy,
      dateField: str('date-field') === undefined ? undefined : fieldName('date-field', str('date-field'), ''),
      by,
      reflectionWhere,
    },
    mode: mode as AuditArgs['mode'],
    rules: parseRuleOption(list('rule')),
    config: str('config'),
    noConfig: !!v['no-config'],
    shard: str('shard') === undefined ? undefined : parseShard(str('shard')!),
    examples,
    help: !!v.help,
  };
  if (out.output === '') throw new UsageError('--output needs a file name.');
  if (out.shard && out.format !== 'json') throw new UsageError('--shard writes a part for rapport audit merge: use --format json (the default), then merge to csv or html.');
  if (!out.help && out.inputs.length === 0) throw new UsageError('No input given. Try: rapport audit notes/  or  rapport audit export.jsonl --group-by department');
  return out;
}
