/** Command-line parsing for `rapport`, with one clear line for every usage error. */
import { parseArgs } from 'node:util';

export type Format = 'stylish' | 'json';
export const FORMATS: readonly Format[] = ['stylish', 'json'];

export interface CliArgs {
  patterns: string[];
  format: Format;
  mode: 'clinical' | 'reflection' | undefined;
  help: boolean;
  version: boolean;
  color: boolean | undefined;
}

export class UsageError extends Error {}

export const HELP = `Usage: rapport [options] <files|folders|globs...>

Lints Markdown clinical notes and reflections. Folders are searched for *.md and *.markdown.

Options:
  -f, --format <name>   Output format: ${FORMATS.join(', ')} (default: stylish)
      --mode <mode>     clinical or reflection (front matter in a note still wins)
      --color / --no-color
  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 no error-severity findings, 1 errors found, 2 usage or I/O problem.`;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        mode: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${v.format}"; use one of: ${FORMATS.join(', ')}.`);
  if (v.mode !== undefined && v.mode !== 'clinical' && v.mode !== 'reflection') throw new UsageError(`Unknown mode "${v.mode}"; use clinical or reflection.`);
  const args: CliArgs = {
    patterns: parsed.positionals,
    format,
    mode: v.mode as CliArgs['mode'],
    help: !!v.help,
    version: !!v.version,
    color: v['no-color'] ? false : v.color ? true : undefined,
  };
  if (!args.help && !args.version && args.patterns.length === 0) throw new UsageError('No files given. Try: rapport notes/  (or rapport --help)');
  return args;
}
