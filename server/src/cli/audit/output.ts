/** Writing an audit's result: to stdout, or atomically to --output (never a half-written file). */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../args.ts';
import { describeIoError } from '../files.ts';
import { writeOutputFile } from '../write.ts';
import type { AuditFormat } from './args.ts';
import type { AuditJson } from './counts.ts';
import { formatAuditCsv } from './format-csv.ts';
import { formatAuditHtml } from './format-html.ts';

export function renderAudit(json: AuditJson, format: AuditFormat, version: string): string {
  if (format === 'csv') return formatAuditCsv(json);
  if (format === 'html') return formatAuditHtml(json, { version });
  return JSON.stringify(json, null, 2) + '\n';
}

export async function writeAudit(cwd: string, output: string | undefined, text: string, stdout: (s: string) => void): Promise<void> {
  if (output === undefined) {
    stdout(text);
    return;
  }
  const target = resolve(cwd, output);
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UsageError(`--output ${output}: is a folder; give a file name.`);
  try {
    // writeOutputFile writes into a device or a pipe rather than renaming over it.
    await writeOutputFile(target, text);
  } catch (error) {
    throw new UsageError(`--output ${output}: cannot write (${describeIoError(error)}); nothing was written.`);
  }
}
