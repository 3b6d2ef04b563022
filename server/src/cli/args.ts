/** Command-line parsing for `rapport` and `rapport report`, with one clear line for every usage error. */
import { parseArgs } from 'node:util';
import { FAMILIES, RULES_BY_ID, type SeveritySetting } from '../engine/index.ts';

export type Format = 'stylish' | 'json' | 'sarif' | 'junit' | 'github' | 'checkstyle' | 'codeclimate';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'junit', 'github', 'checkstyle', 'codeclimate'];
export type ReportFormat = 'html' | 'csv' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'csv', 'json'];
const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
/** Ids the engine knows besides the rules: its own findings and the team vocabulary. */
const EXTRA_IDS = ['rapport.front-matter', 'rapport.unknown-rule', 'rapport.unlintable', 'vocabulary.term'];

interface CommonArgs {
  patterns: string[];
  mode: 'clinical' | 'reflection' | undefined;
  help: boolean;
  version: boolean;
  color: boolean | undefined;
  output: string | undefined;
  /** Rule id or family → severity, from repeated `--rule id=severity`. */
  rules: Record<string, SeveritySetting>;
  config: string | undefined;
  noConfig: boolean;
  ignorePath: string | undefined;
  ignorePatterns: string[];
  /** Disable `.rapportignore` / `--ignore-path` / `--ignore-pattern` handling. */
  noIgnore: boolean;
}

export interface LintArgs extends CommonArgs {
  command: 'lint';
  format: Format;
  maxWarnings: number | undefined;
  quiet: boolean;
  stdin: boolean;
  stdinFilename: string | undefined;
  printConfig: string | undefined;
  fix: boolean;
  fixDryRun: boolean;
}

export interface ReportArgs extends CommonArgs {
  command: 'report';
  format: ReportFormat;
  groupBy: 'file' | 'folder';
  rubric: string | undefined;
}

export type CliArgs = LintArgs | ReportArgs;

export class UsageError extends Error {}

/** The file argument that stands for standard input. */
export const STDIN_ARG = '-';

export const HELP = `Usage: rapport [options] <files|folders|globs|!globs...>
       rapport report <folders...> [--format html|csv|json] [--output file] [--group-by file|folder]

Lints Markdown clinical notes and reflections. Folders are searched for *.md and *.markdown
(rapport . lints every such note below the working directory, except in node_modules, .git and
hidden folders, and except ignored notes). A !glob argument excludes what it matches; - reads
standard input.

Options:
  -f, --format <name>          Output format: ${FORMATS.join(', ')} (default: stylish)
  -o, --output <file>          Write the report to a file (atomically) instead of stdout
      --mode <mode>            clinical or reflection (front matter in a note still wins)
      --max-warnings <n>       Exit 1 when there are more than n warnings (-1: no limit)
      --quiet                  Report errors only
      --rule <id=severity>     Override a rule or family: error, warning, info, hint, off (repeatable)
  -c, --config <file>          Use this configuration file instead of looking one up
      --no-config              Use no configuration file at all
      --print-config <file>    Print the configuration that applies to a note, and exit
      --fix                    Apply safe fixes to the files (atomic writes)
      --fix-dry-run            Print the safe fixes as a unified diff; write nothing
      --stdin                  Lint the text on standard input
      --stdin-filename <path>  The path to report (and configure) standard input as
      --ignore-path <file>     Ignore file in .gitignore syntax (default: .rapportignore if present)
      --ignore-pattern <glob>  Ignore notes matching a glob (repeatable)
      --no-ignore              Lint ignored notes too
      --color / --no-color     (default: colour on a terminal; NO_COLOR and FORCE_COLOR are honoured)
  -h, --help                   Show this help
  -v, --version                Show the version

Report options (rapport report):
  -f, --format <name>          ${REPORT_FORMATS.join(', ')} (default: html)
      --group-by <file|folder> One row per student file (default) or per sub-folder
      --rubric <file>          JSON weights for the score (see docs/cli.md)

Exit codes: 0 no error-severity findings (and warnings within --max-warnings),
1 errors found or too many warnings, 2 usage, configuration or I/O problem.
Documentation: docs/cli.md`;

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

const COMMON_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  mode: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'ignore-path': { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
} as const;

const LINT_OPTIONS = {
  ...COMMON_OPTIONS,
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
} as const;

const REPORT_OPTIONS = {
  ...COMMON_OPTIONS,
  'group-by': { type: 'string' },
  rubric: { type: 'string' },
} as const;

export function parseRuleOption(values: readonly string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const value of values) {
    for (const part of value.split(',')) {
      const m = /^\s*([^=\s]+)\s*[=:]\s*([a-z]+)\s*$/.exec(part);
      if (!m) throw new UsageError(`--rule expects id=severity (e.g. --rule pfl.wheelchair-bound=error), got "${part}".`);
      const [, id, severity] = m as unknown as [string, string, string];
      if (!RULES_BY_ID.has(id) && !(FAMILIES as readonly string[]).includes(id) && !EXTRA_IDS.includes(id)) {
        throw new UsageError(`--rule: unknown rule or family "${id}" (see docs/rules/).`);
      }
      if (!SEVERITIES.includes(severity as SeveritySetting)) throw new UsageError(`--rule ${id}: unknown severity "${severity}"; use one of: ${SEVERITIES.join(', ')}.`);
      out[id] = severity as SeveritySetting;
    }
  }
  return out;
}

export function parseCliArgs(argv: string[]): CliArgs {
  const isReport = argv[0] === 'report';
  // `--max-warnings -1` (no limit): parseArgs would take "-1" for an option, so join it to its value.
  const args = (isReport ? argv.slice(1) : argv).flatMap((a, i, all) => (a === '--max-warnings' && /^-\d+$/.test(all[i + 1] ?? '') ? [] : i > 0 && all[i - 1] === '--max-warnings' && /^-\d+$/.test(a) ? [`--max-warnings=${a}`] : [a]));
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: isReport ? REPORT_OPTIONS : LINT_OPTIONS });
  } catch (error) {
    const message = firstLine(error);
    const unknown = /^Unknown option '([^']*)'/.exec(message);
    throw new UsageError(unknown ? `Unknown option '${unknown[1]}' (see rapport --help).` : message);
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const str = (k: string) => v[k] as string | undefined;
  const bool = (k: string) => !!v[k];
  const mode = str('mode');
  if (mode !== undefined && mode !== 'clinical' && mode !== 'reflection') throw new UsageError(`Unknown mode "${mode}"; use clinical or reflection.`);
  if (bool('no-config') && str('config') !== undefined) throw new UsageError('--config and --no-config cannot be used together.');
  const common: CommonArgs = {
    patterns: parsed.positionals,
    mode: mode as CommonArgs['mode'],
    help: bool('help'),
    version: bool('version'),
    color: bool('no-color') ? false : bool('color') ? true : undefined,
    output: str('output'),
    rules: parseRuleOption((v.rule as string[] | undefined) ?? []),
    config: str('config'),
    noConfig: bool('no-config'),
    ignorePath: str('ignore-path'),
    ignorePatterns: (v['ignore-pattern'] as string[] | undefined) ?? [],
    noIgnore: bool('no-ignore'),
  };
  if (common.output === '') throw new UsageError('--output needs a file name.');

  if (isReport) {
    const format = (str('format') ?? 'html') as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) throw new UsageError(`Unknown report format "${format}"; use one of: ${REPORT_FORMATS.join(', ')}.`);
    const groupBy = str('group-by') ?? 'file';
    if (groupBy !== 'file' && groupBy !== 'folder') throw new UsageError(`--group-by must be file or folder, not "${groupBy}".`);
    const out: ReportArgs = { ...common, command: 'report', format, groupBy, rubric: str('rubric') };
    if (!out.help && !out.version && out.patterns.every((p) => p.startsWith('!'))) throw new UsageError('No folder given. Try: rapport report reflections/ --format html --output report.html');
    return out;
  }

  const format = (str('format') ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${format}"; use one of: ${FORMATS.join(', ')}.`);
  let maxWarnings: number | undefined;
  const mw = str('max-warnings');
  if (mw !== undefined) {
    if (!/^(\d+|-1)$/.test(mw.trim())) throw new UsageError(`--max-warnings expects a whole number of 0 or more (or -1 for no limit), got "${mw}".`);
    maxWarnings = Number(mw) < 0 ? undefined : Number(mw);
  }
  const out: LintArgs = {
    ...common,
    command: 'lint',
    format,
    maxWarnings,
    quiet: bool('quiet'),
    stdin: bool('stdin'),
    stdinFilename: str('stdin-filename'),
    printConfig: str('print-config'),
    fix: bool('fix'),
    fixDryRun: bool('fix-dry-run'),
  };
  if (out.fix && out.fixDryRun) throw new UsageError('Use either --fix or --fix-dry-run, not both.');
  // `-` among the files is standard input, as --stdin is.
  const dashes = out.patterns.filter((p) => p === STDIN_ARG).length;
  if (dashes > 1) throw new UsageError('Standard input (-) can be read only once.');
  if (out.stdin && out.patterns.length) throw new UsageError('Give either --stdin or files, not both.');
  if (dashes && out.patterns.length > 1) throw new UsageError('Give either - (standard input) or files, not both.');
  if (dashes) {
    out.stdin = true;
    out.patterns = [];
  }
  if (out.stdinFilename !== undefined && !out.stdin) throw new UsageError('--stdin-filename needs --stdin (or - as the file).');
  if (out.stdin && out.fix) throw new UsageError('--fix cannot write back to standard input; use --fix-dry-run to see the changes.');
  if (!out.help && !out.version && !out.stdin && out.printConfig === undefined && out.patterns.every((p) => p.startsWith('!'))) {
    throw new UsageError('No files given. Try: rapport notes/  (or rapport --help)');
  }
  return out;
}
