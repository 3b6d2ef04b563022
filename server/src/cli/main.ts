/**
 * `rapport`: lints notes from the command line on the same engine as the
 * editor. Exit codes: 0 no error-severity findings, 1 errors found, 2 usage or
 * I/O problem (with a one-line message on stderr).
 */
import { Linter, type LintOptions } from '../engine/index.ts';
import { HELP, parseCliArgs, UsageError, type CliArgs } from './args.ts';
import { displayPath, readNote, resolveTargets } from './files.ts';
import { summarise, toFileFindings, type FileReport } from './report.ts';
import { formatJson } from './formats/json.ts';
import { formatStylish } from './formats/stylish.ts';

declare const RAPPORT_VERSION: string;
const VERSION = typeof RAPPORT_VERSION === 'string' ? RAPPORT_VERSION : 'dev';

export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rapport: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (args.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }

  const linter = new Linter();
  const targets = await resolveTargets(args.patterns, io.cwd);
  const files: FileReport[] = [];
  for (const target of targets) {
    const shown = displayPath(target.path, io.cwd);
    if (target.problem) {
      files.push({ path: target.path, displayPath: shown, findings: [], error: target.problem });
      continue;
    }
    const read = await readNote(target.path);
    if (!read.ok) {
      files.push({ path: target.path, displayPath: shown, findings: [], error: read.problem });
      continue;
    }
    const options: LintOptions = { fileName: target.path };
    if (args.mode) options.mode = args.mode;
    const { findings } = linter.lint(read.text, options);
    files.push({ path: target.path, displayPath: shown, findings: toFileFindings(read.text, findings) });
  }
  const summary = summarise(files);
  io.stdout(args.format === 'json' ? formatJson(files, summary) : formatStylish(files, summary, args.color ?? io.isTTY));
  for (const f of files) if (f.error) io.stderr(`rapport: ${f.error}\n`);
  if (summary.unreadable) return 2;
  return summary.errors > 0 ? 1 : 0;
}

/** Process entry used by bin/rapport.js. */
export function main(): void {
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`rapport: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
