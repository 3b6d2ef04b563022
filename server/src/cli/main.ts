/**
 * `rapport`: lints notes from the command line on the same engine and the
 * same project configuration as the editor; `rapport report` builds a class
 * report for educators. Exit codes (docs/cli.md): 0 no error-severity findings
 * and warnings within --max-warnings, 1 errors found or too many warnings,
 * 2 usage, configuration or I/O problem (with a one-line message on stderr).
 */
import { existsSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { HELP, parseCliArgs, UsageError, type Format, type LintArgs, type ReportArgs } from './args.ts';
import { describeIoError, displayPath, resolveTargets, type Target } from './files.ts';
import { summarise, type FileReport, type Summary } from './report.ts';
import { formatJson } from './formats/json.ts';
import { formatStylish } from './formats/stylish.ts';
import { formatSarif } from './formats/sarif.ts';
import { formatJunit } from './formats/junit.ts';
import { formatGithub } from './formats/github.ts';
import { formatCheckstyle } from './formats/checkstyle.ts';
import { formatCodeClimate } from './formats/codeclimate.ts';
import { formatReportHtml } from './formats/html.ts';
import { IgnoreRules } from './ignore.ts';
import { CliConfig, describeConfigProblem, type ConfigChoice } from './config.ts';
import { FileProcessor, MAX_NOTE_BYTES, type ProcessSettings, type ProcessedFile } from './process.ts';
import { runBatch, type BatchItem } from './batch.ts';
import { buildClassReport, formatReportCsv, formatReportJson, loadRubric } from './class-report.ts';
import { writeOutputFile } from './write.ts';

declare const RAPPORT_VERSION: string;
const VERSION = typeof RAPPORT_VERSION === 'string' ? RAPPORT_VERSION : 'dev';

const MACHINE_FORMATS: Record<Exclude<Format, 'stylish'>, (files: FileReport[], summary: Summary, cwd: string) => string> = {
  json: (files, summary) => formatJson(files, summary),
  sarif: (files, _summary, cwd) => formatSarif(files, { cwd, version: VERSION }),
  junit: (files) => formatJunit(files),
  github: (files) => formatGithub(files),
  checkstyle: (files) => formatCheckstyle(files),
  codeclimate: (files) => formatCodeClimate(files),
};

export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout is a terminal (colours, progress). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress). */
  stderrIsTTY?: boolean;
  /** Whether stdout takes colours (picocolors' detection: terminal, NO_COLOR, FORCE_COLOR, CI); default isTTY. */
  colorSupported?: boolean;
  /** Reads standard input; rejects with a StdinTooLarge error beyond maxBytes. */
  readStdin?: (maxBytes: number) => Promise<string>;
}

export class StdinTooLarge extends Error {}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'audit') return (await import('./audit/run.ts')).runAudit(argv.slice(1), io);
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.stdout(HELP + '\n');
      return 0;
    }
    if (args.version) {
      io.stdout(VERSION + '\n');
      return 0;
    }
    return args.command === 'report' ? await runReport(args, io) : await runLint(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof StdinTooLarge) {
      io.stderr(`rapport: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function configChoice(args: LintArgs | ReportArgs, io: CliIO, mode = args.mode): ConfigChoice {
  let configFile: string | undefined;
  if (args.config !== undefined) {
    configFile = resolve(io.cwd, args.config);
    let ok = false;
    try {
      ok = statSync(configFile).isFile();
    } catch {
      ok = false;
    }
    if (!ok) throw new UsageError(`--config ${args.config}: no such configuration file.`);
  }
  const choice: ConfigChoice = { noConfig: args.noConfig, rules: args.rules, cwd: io.cwd };
  if (configFile) choice.configFile = configFile;
  if (mode) choice.mode = mode;
  return choice;
}

/** Progress (files done / total) on stderr: only on a terminal, only for long batches, never mixed into machine output on the same terminal. */
function progressReporter(io: CliIO, total: number, machineOutputOnTerminal: boolean): ((done: number, total: number) => void) | undefined {
  if (!io.stderrIsTTY || machineOutputOnTerminal || total < 50 || process.env.CI || process.env.RAPPORT_NO_PROGRESS) return undefined;
  let last = 0;
  return (done, all) => {
    const now = Date.now();
    if (done !== all && now - last < 100) return;
    last = now;
    io.stderr(`\r\x1b[2Krapport: ${done}/${all} files${done === all ? '\r\x1b[2K' : ''}`);
  };
}

async function collectTargets(args: LintArgs | ReportArgs, io: CliIO): Promise<{ items: BatchItem[]; problems: FileReport[] }> {
  const ignore = new IgnoreRules(io.cwd, { ignorePath: args.ignorePath, patterns: args.ignorePatterns, disabled: args.noIgnore });
  const targets: Target[] = await resolveTargets(args.patterns, io.cwd);
  const items: BatchItem[] = [];
  const problems: FileReport[] = [];
  for (const t of targets) {
    const shown = displayPath(t.path, io.cwd);
    if (t.problem) problems.push({ path: t.path, displayPath: shown, findings: [], error: t.problem });
    else if (!ignore.ignores(t.path)) items.push({ path: t.path, displayPath: shown });
  }
  return { items, problems };
}

async function emit(io: CliIO, output: string | undefined, text: string): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  const target = resolve(io.cwd, output);
  let isFolder = false;
  try {
    isFolder = statSync(target).isDirectory();
  } catch {
    // Missing: it is created.
  }
  if (isFolder) throw new UsageError(`--output ${output}: is a folder; give a file name.`);
  try {
    await writeOutputFile(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a part of the path is a file, not a folder' : describeIoError(error).replace(/^(\w+): (.*?), \w+ '.*'$/, '$2');
    throw new UsageError(`--output ${output}: cannot write (${why}); nothing was written.`);
  }
}

function reportProblems(io: CliIO, files: readonly ProcessedFile[]): number {
  let problems = 0;
  const seen = new Set<string>();
  for (const f of files) {
    for (const line of f.configProblems ?? []) {
      if (seen.has(line)) continue;
      seen.add(line);
      problems++;
      io.stderr(`rapport: configuration: ${line}\n`);
    }
  }
  for (const f of files) {
    if (f.error) {
      problems++;
      io.stderr(`rapport: ${f.error}\n`);
    }
  }
  return problems;
}

async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  const choice = configChoice(args, io);

  if (args.printConfig !== undefined) {
    const notePath = resolve(io.cwd, args.printConfig);
    const resolved = new CliConfig(choice).resolve(notePath);
    for (const p of resolved.problems) io.stderr(`rapport: configuration: ${describeConfigProblem(p, io.cwd)}\n`);
    if (resolved.problems.length) return 2;
    const { fileName: _fileName, ...options } = resolved.options;
    const shown = { file: displayPath(notePath, io.cwd), configFile: resolved.configPath ? displayPath(resolved.configPath, io.cwd) : null, ignored: resolved.ignored, options };
    await emit(io, args.output, JSON.stringify(shown, null, 2) + '\n');
    return 0;
  }

  const settings: ProcessSettings = { cwd: io.cwd, config: choice, fix: args.fix ? 'write' : args.fixDryRun ? 'dry' : 'none', forReport: false, noIgnore: args.noIgnore };
  let files: ProcessedFile[];
  if (args.stdin) {
    if (!io.readStdin) throw new UsageError('--stdin: standard input is not available.');
    const text = await io.readStdin(MAX_NOTE_BYTES);
    const name = args.stdinFilename ?? '<stdin>';
    const path = args.stdinFilename ? resolve(io.cwd, args.stdinFilename) : resolve(io.cwd, 'stdin.md');
    const shown = args.stdinFilename ? displayPath(path, io.cwd) : name;
    // As for a file on disk: binary input is a note that could not be read (exit 2), not a finding.
    if (text.slice(0, 8192).includes('\u0000')) files = [{ path, displayPath: shown, findings: [], error: `Skipped ${shown}: standard input looks like binary data, not a text note.` }];
    else files = [new FileProcessor(settings).processText(text.replace(/^\ufeff/, ''), path, shown)];
  } else {
    const { items, problems } = await collectTargets(args, io);
    const machineOnTerminal = args.output === undefined && io.isTTY && (args.format !== 'stylish' || args.fixDryRun);
    const linted = await runBatch(items, settings, progressReporter(io, items.length, machineOnTerminal));
    // Problems (missing files, no match) first, then the notes in the order they were found: the same every run.
    files = [...problems, ...linted.filter((f) => !f.ignored)];
  }

  const full = summarise(files);
  const shownFiles = args.quiet ? files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) : files;
  const summary = summarise(shownFiles);

  if (args.fixDryRun) {
    await emit(io, args.output, shownFiles.map((f) => f.diff ?? '').join(''));
    if (io.stderrIsTTY) io.stderr(`rapport: ${full.fixed ?? 0} safe fix${full.fixed === 1 ? '' : 'es'} would be applied; nothing was written.\n`);
  } else {
    const text =
      args.format === 'stylish'
        ? formatStylish(shownFiles, summary, args.color ?? (args.output === undefined && (io.colorSupported ?? io.isTTY)))
        : MACHINE_FORMATS[args.format](shownFiles, summary, io.cwd);
    await emit(io, args.output, text);
  }

  if (reportProblems(io, files) > 0) return 2;
  if (full.errors > 0) return 1;
  if (args.maxWarnings !== undefined && full.warnings > args.maxWarnings) {
    io.stderr(`rapport: ${full.warnings} warnings, more than --max-warnings ${args.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

async function runReport(args: ReportArgs, io: CliIO): Promise<number> {
  const rubric = loadRubric(args.rubric === undefined ? undefined : resolve(io.cwd, args.rubric));
  const choice = configChoice(args, io, args.mode ?? 'reflection');
  const roots = args.patterns.map((p) => resolve(io.cwd, p)).filter((p) => existsSync(p) && statSync(p).isDirectory());
  const { items, problems } = await collectTargets(args, io);
  const settings: ProcessSettings = { cwd: io.cwd, config: choice, fix: 'none', forReport: true, noIgnore: args.noIgnore };
  const machineOnTerminal = args.output === undefined && io.isTTY;
  const linted = await runBatch(items, settings, progressReporter(io, items.length, machineOnTerminal));
  const files = [...problems, ...linted];
  const report = buildClassReport(files, roots, args.groupBy, rubric);
  const text = args.format === 'csv' ? formatReportCsv(report) : args.format === 'json' ? formatReportJson(report) : formatReportHtml(report, { version: VERSION });
  await emit(io, args.output, text);
  return reportProblems(io, files) > 0 ? 2 : 0;
}

function readAllStdin(maxBytes: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const onData = (c: Buffer) => {
      bytes += c.length;
      if (bytes > maxBytes) {
        // Stop reading at once: /dev/zero or a runaway pipe would otherwise fill the memory.
        process.stdin.off('data', onData);
        process.stdin.destroy();
        chunks.length = 0;
        reject(new StdinTooLarge(`standard input is larger than ${maxBytes / 1024 / 1024} MB, the limit for one note; nothing was linted.`));
        return;
      }
      chunks.push(c);
    };
    process.stdin.on('data', onData);
    process.stdin.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/**
 * Colour for stdout as picocolors detects it (a terminal, FORCE_COLOR, CI; never with NO_COLOR), except that
 * FORCE_COLOR=0 or false turns colour off, as it does for Node itself and most tools.
 */
export function colorFromEnvironment(env: NodeJS.ProcessEnv, detected: boolean): boolean {
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  return detected;
}

/**
 * picocolors' own detection (`pc.isColorSupported`), made when this is called rather than when picocolors
 * loads: in a process started from the startup snapshot (snapshot.ts), modules were loaded while the
 * snapshot was built, with that build's environment and no terminal.
 */
export function colorDetected(p: { argv: readonly string[]; env: NodeJS.ProcessEnv; platform: string; stdout?: { isTTY?: boolean } }): boolean {
  const { argv, env } = p;
  return !(!!env.NO_COLOR || argv.includes('--no-color')) && (!!env.FORCE_COLOR || argv.includes('--color') || p.platform === 'win32' || (!!p.stdout?.isTTY && env.TERM !== 'dumb') || !!env.CI);
}

/** Process entry used by bin/rapport.js. */
export function main(): void {
  // A reader that stops early (`rapport … | head -1`) closes the pipe: stop writing, quietly, and keep the exit code.
  // Any other failure to write (a full disk, an I/O error) is one line on stderr and exit 2.
  let stdoutOpen = true;
  let stderrOpen = true;
  let ioFailed = false;
  const failed = (stream: 'stdout' | 'stderr', error: unknown) => {
    if (stream === 'stdout') stdoutOpen = false;
    else stderrOpen = false;
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
    ioFailed = true;
    process.exitCode = 2;
    if (stream === 'stdout' && stderrOpen) {
      try {
        writeSync(2, `rapport: cannot write the output to standard output: ${describeIoError(error)}.\n`);
      } catch {
        // stderr is gone too: the exit code is all that is left.
      }
    }
  };
  process.stdout.on('error', (error) => failed('stdout', error));
  process.stderr.on('error', (error) => failed('stderr', error));
  const write = (stream: NodeJS.WriteStream, name: 'stdout' | 'stderr', s: string) => {
    try {
      stream.write(s);
    } catch (error) {
      failed(name, error);
    }
  };
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => {
      if (stdoutOpen) write(process.stdout, 'stdout', s);
    },
    stderr: (s) => {
      if (stderrOpen) write(process.stderr, 'stderr', s);
    },
    isTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    colorSupported: colorFromEnvironment(process.env, colorDetected(process)),
    readStdin: readAllStdin,
  }).then(
    (code) => {
      process.exitCode = ioFailed ? 2 : code;
    },
    (error: unknown) => {
      if (stderrOpen) process.stderr.write(`rapport: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
  // A write that fails after the lint is done still decides the exit code.
  process.on('exit', () => {
    if (ioFailed) process.exitCode = 2;
  });
}
