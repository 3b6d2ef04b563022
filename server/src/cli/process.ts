/**
 * Lints (and optionally fixes) one note on disk. Used by the main thread and
 * by the worker threads alike, so a batch gives the same result either way.
 * Only the findings travel back, never the note's text.
 */
import { isUtf8 } from 'node:buffer';
import { accessSync, closeSync, constants, openSync, realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { Linter, MAX_LINT_CHARS, type Finding, type LintOptions } from '../engine/index.ts';
import { CliConfig, describeConfigProblem, type ConfigChoice } from './config.ts';
import { describeIoError } from './files.ts';
import { countWords, toFileFindings, type FileReport } from './report.ts';
import { removeDeadTemps, replaceIfUnchanged, snapshotOf, type LateCheck, type ReplaceHooks, type ReplaceResult, type Snapshot } from './write.ts';

export interface ProcessSettings {
  cwd: string;
  config: ConfigChoice;
  /** none: lint only; write: --fix; dry: --fix-dry-run */
  fix: 'none' | 'write' | 'dry';
  /** Reports: sentence context for each finding, word counts. */
  forReport: boolean;
  /** --no-ignore: lint notes the configuration's `ignore` globs exclude, too. */
  noIgnore?: boolean;
}

export interface ProcessedFile extends FileReport {
  /** Configuration problems met for this note, already formatted as one line each. */
  configProblems?: string[];
  /** The note is ignored by the configuration's `ignore` globs. */
  ignored?: boolean;
}

const MAX_FIX_PASSES = 10;
/** Reads, fixes and checks of a note that keeps changing under --fix, before it is left unfixed. */
const MAX_WRITE_ATTEMPTS = 3;
/**
 * How long after its rename a replaced note is looked at once more (FileProcessor.settle): long enough for a
 * program descheduled between opening the note and writing to it to have written. One wait per batch, not per note.
 */
const LATE_CHECK_MS = 50;
/** The largest note read, in bytes: a UTF-16 code unit takes at most 3 bytes of UTF-8, so above this the engine would refuse the text anyway. */
export const MAX_NOTE_BYTES = MAX_LINT_CHARS * 3;

/** The safe fixes of one pass: first suggestion of each `fix: 'safe'` finding, non-overlapping, earliest first. */
export function safeEdits(findings: readonly Finding[]): Array<{ start: number; end: number; text: string }> {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const sorted = findings.filter((f) => f.fix === 'safe' && f.suggestions[0] !== undefined && f.suggestions[0] !== f.text).sort((a, b) => a.start - b.start || a.end - b.end);
  let lastEnd = -1;
  for (const f of sorted) {
    // Two edits at the same empty point, or overlapping spans: keep the first, the next pass sees the rest.
    if (f.start < lastEnd || (f.start === lastEnd && f.start === f.end)) continue;
    edits.push({ start: f.start, end: f.end, text: f.suggestions[0]! });
    lastEnd = f.end;
  }
  return edits;
}

export function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  let out = text;
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i]!;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

/** Lints, applying safe fixes until none is left (or MAX_FIX_PASSES). Returns the final text and findings. */
export function lintAndFix(
  linter: Linter,
  text: string,
  options: LintOptions,
  fix: boolean,
): { text: string; findings: Finding[]; fixed: number; mode: LintOptions['mode']; original: Finding[] } {
  let current = text;
  let fixed = 0;
  let original: Finding[] | undefined;
  for (let pass = 0; ; pass++) {
    const result = linter.lint(current, options);
    // The findings of the text as it is on disk: what is reported when the fixes cannot be written.
    original ??= result.findings;
    if (!fix || pass === MAX_FIX_PASSES) return { text: current, findings: result.findings, fixed, mode: result.mode, original };
    const edits = safeEdits(result.findings);
    const next = edits.length ? applyEdits(current, edits) : current;
    if (next === current) return { text: current, findings: result.findings, fixed, mode: result.mode, original };
    fixed += edits.length;
    current = next;
  }
}

interface ReadNote {
  ok: true;
  text: string;
  bom: boolean;
  raw: Buffer;
  mode: number;
  /** The bytes and stat as read, for --fix's check that the note did not change before it is replaced. */
  snapshot: Snapshot;
}

/**
 * Reads a note synchronously: in a batch, the thread has nothing else to do
 * meanwhile, and one blocking read is several times cheaper than the promise
 * API's open/stat/read/close round trips through the thread pool.
 */
function readNoteForLint(path: string): ReadNote | { ok: false; problem: string } {
  let snapshot: Snapshot;
  let mode = 0;
  try {
    // Stat first: opening a FIFO blocks until a writer comes, and a device such as /dev/zero never ends.
    // Synchronous: reading ahead on libuv's threads was measured and cost more system time than it hid.
    const info = statSync(path);
    if (info.isDirectory()) return { ok: false, problem: `Skipped ${path}: it is a folder, not a note.` };
    if (!info.isFile()) return { ok: false, problem: `Skipped ${path}: it is not a regular file (a pipe, socket or device), so it was not read.` };
    if (info.size > MAX_NOTE_BYTES) {
      return { ok: false, problem: `Skipped ${path}: it is ${(info.size / 1024 / 1024).toFixed(0)} MB, far above the ${MAX_LINT_CHARS / 1024 / 1024} MB limit for one note.` };
    }
    mode = info.mode & 0o7777;
    const fd = openSync(path, 'r');
    try {
      snapshot = snapshotOf(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, problem: `Cannot read ${path}: ${describeIoError(error)}.` };
  }
  const raw = snapshot.raw;
  if (hasUtf16Bom(raw)) return { ok: false, problem: `Skipped ${path}: it is UTF-16 text; save it as UTF-8 to lint it.` };
  if (raw.subarray(0, 8192).includes(0)) return { ok: false, problem: `Skipped ${path}: it looks like a binary file, not a text note.` };
  let text = raw.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1); // BOM: offsets are relative to the text after it
  return { ok: true, text, bom, raw, mode, snapshot };
}

export function hasUtf16Bom(raw: Uint8Array): boolean {
  return raw.length >= 2 && ((raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff));
}

/** Why --fix must not write a note back, if it must not (read-only, not UTF-8). */
function unwritable(path: string, read: ReadNote, writing: boolean): string | undefined {
  // Writing decodes and re-encodes the text: bytes that are not UTF-8 (Latin-1, Windows-1252) would become U+FFFD.
  if (!isUtf8(read.raw)) return 'it is not valid UTF-8 text (perhaps Latin-1 or Windows-1252), and writing it back would replace those characters; save it as UTF-8 first';
  if (!writing) return undefined;
  // The atomic rename would replace even a read-only note (a signed, locked note): respect the file's own mode.
  let writable = (read.mode & 0o222) !== 0;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) return 'it is read-only';
  return undefined;
}

export class FileProcessor {
  private readonly linter = new Linter();
  private readonly config: CliConfig;
  private readonly problemsSeen = new Set<string>();
  /** Notes replaced by --fix whose old version is to be looked at once more (settle). */
  private readonly lateChecks: Array<{ check: LateCheck; report: (outcome: ReplaceResult) => void; failed: (error: unknown) => void }> = [];

  /** hooks: test seams for the final write, reachable only through this module's API. */
  constructor(
    private readonly settings: ProcessSettings,
    private readonly hooks: ReplaceHooks = {},
  ) {
    this.config = new CliConfig(settings.config);
  }

  /** Lints text that is not on disk (standard input). */
  processText(text: string, path: string, displayPath: string): ProcessedFile {
    const resolved = this.config.resolve(path);
    const out: ProcessedFile = { path, displayPath, findings: [] };
    this.noteConfigProblems(resolved.problems, out);
    const result = lintAndFix(this.linter, text, resolved.options, this.settings.fix === 'dry');
    out.findings = toFileFindings(result.text, result.findings, this.settings.forReport);
    out.mode = result.mode;
    if (this.settings.fix === 'dry') {
      out.fixed = result.fixed;
      if (result.fixed) out.diff = createTwoFilesPatch(displayPath, displayPath, text, result.text, '', '', { context: 3 });
    }
    return out;
  }

  /** Lints (and fixes) one note; an unexpected failure is reported for that note, never fatal to the batch. */
  async process(path: string, displayPath: string): Promise<ProcessedFile> {
    try {
      return await this.processUnsafe(path, displayPath);
    } catch (error) {
      return { path, displayPath, findings: [], error: `Internal error while linting ${displayPath}: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private async processUnsafe(path: string, displayPath: string): Promise<ProcessedFile> {
    const out: ProcessedFile = { path, displayPath, findings: [] };
    const resolved = this.config.resolve(path);
    this.noteConfigProblems(resolved.problems, out);
    if (resolved.ignored && !this.settings.noIgnore) {
      out.ignored = true;
      return out;
    }
    // A note that changed while it was being fixed (another program appending to it) is read and fixed again:
    // nothing of the other program's text is lost, and usually the fix is still made.
    for (let attempt = 1; ; attempt++) {
      const done = await this.lintOnce(path, displayPath, resolved.options, out, attempt < MAX_WRITE_ATTEMPTS);
      if (done) return out;
    }
  }

  /** One read, lint and (with --fix) write of a note into out; false when the note changed and should be tried again. */
  private async lintOnce(path: string, displayPath: string, options: LintOptions, out: ProcessedFile, mayRetry: boolean): Promise<boolean> {
    const read = readNoteForLint(path);
    if (!read.ok) {
      out.error = read.problem;
      return true;
    }
    out.bytes = read.raw.length;
    const fixing = this.settings.fix !== 'none';
    const result = lintAndFix(this.linter, read.text, options, fixing);
    out.findings = toFileFindings(result.text, result.findings, this.settings.forReport);
    out.mode = result.mode;
    if (this.settings.forReport) out.words = countWords(read.text);
    if (!fixing) return true;
    out.fixed = result.fixed;
    if (result.fixed === 0) return true;
    // When the fixes are not written, the note is unchanged: report its findings as they are, with the reason.
    const notFixed = (why: string): true => {
      out.error = why;
      out.fixed = 0;
      out.findings = toFileFindings(read.text, result.original, this.settings.forReport);
      return true;
    };
    const refused = unwritable(path, read, this.settings.fix === 'write');
    if (refused) return notFixed(`Not fixed: ${displayPath}: ${refused}.`);
    if (this.settings.fix === 'dry') {
      out.diff = createTwoFilesPatch(displayPath, displayPath, read.text, result.text, '', '', { context: 3 });
      return true;
    }
    // --fix: never replace a note that changed on disk since it was read (checked right before the rename).
    let written;
    try {
      // Through a symbolic link, replace the file it points to, not the link.
      const target = realpathSync(path);
      removeDeadTemps(dirname(target));
      written = await replaceIfUnchanged(target, (read.bom ? '\ufeff' : '') + result.text, read.snapshot, read.mode, this.hooks, false, (check) =>
        this.lateChecks.push({
          check,
          report: (late) => reportOutcome(late),
          failed: (error) => {
            out.error = `${displayPath} was fixed, but whether another program wrote to it at that moment could not be checked (${describeIoError(error)}).`;
          },
        }),
      );
    } catch (error) {
      return notFixed(`Not fixed: cannot write ${displayPath} (${describeIoError(error)}).`);
    }
    if (written.outcome === 'changed' && mayRetry) return false;
    const reportOutcome = (outcome: ReplaceResult): void => {
      if (outcome.outcome === 'changed' || outcome.outcome === 'restored') {
        notFixed(`Not fixed: ${displayPath} changed on disk while it was being fixed; it was left as it is. Run rapport --fix again.`);
      }
      // Fixed, but another program wrote to the old note during the rename and to the new one after it: what it
      // wrote to the old one is kept beside the note rather than lost.
      if (outcome.outcome === 'conflict') out.error = `${displayPath} was fixed while another program was writing to it; its version from that moment is kept in ${outcome.savedAs}.`;
    };
    reportOutcome(written);
    return true;
  }

  /**
   * Looks once more at every note replaced since the last call, at least LATE_CHECK_MS after its rename, and
   * amends its result if another program's write landed on the old note after the first look (see LateCheck).
   * Call it before the results of process() are reported.
   */
  async settle(): Promise<void> {
    const checks = this.lateChecks.splice(0);
    if (!checks.length) return;
    const wait = Math.max(...checks.map((c) => c.check.renamedAt)) + LATE_CHECK_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    for (const { check, report, failed } of checks) {
      try {
        report(await check.run());
      } catch (error) {
        failed(error);
      }
    }
  }

  private noteConfigProblems(problems: ReadonlyArray<Parameters<typeof describeConfigProblem>[0]>, out: ProcessedFile): void {
    for (const p of problems) {
      const line = describeConfigProblem(p, this.settings.cwd);
      if (this.problemsSeen.has(line)) continue;
      this.problemsSeen.add(line);
      (out.configProblems ??= []).push(line);
    }
  }
}
