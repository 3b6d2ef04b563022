/** What the reading side of an audit hands to the linting side (in this thread or a worker), and what comes back. */
import type { ConfigChoice } from '../config.ts';
import type { NoteCounts } from './counts.ts';
import type { FieldSettings } from './fields.ts';

export type WorkItem =
  /** A JSONL line, parsed where it is linted (so parsing is shared between the threads too). */
  | { kind: 'line'; index: number; source: number; where: string; line: string }
  /** A CSV row, reduced to the fields the audit uses. */
  | { kind: 'record'; index: number; source: number; where: string; record: Record<string, unknown> }
  /** A Markdown note on disk; `folder` is its folder relative to the folder given. */
  | { kind: 'file'; index: number; path: string; displayPath: string; folder: string; bytes: number }
  /** A record that could not be read at all (a line above the size limit). */
  | { kind: 'unreadable'; index: number; where: string; problem: string };

export interface NoteOutcome {
  index: number;
  counts?: NoteCounts;
  /** Why the record was not audited; never contains note text. */
  problem?: string;
  /** Excluded by the configuration's `ignore` globs: not a note of the audit. */
  ignored?: boolean;
  configProblems?: string[];
  /** The date field was present but not a date we read. */
  badDate?: boolean;
}

export interface AuditSettings {
  cwd: string;
  config: ConfigChoice;
  fields: FieldSettings;
  examples: number;
  /** Per input (by its position on the command line): the path its records are configured as, the export's own (its folder's .rapportrc.json applies). */
  exportPaths: string[];
}
