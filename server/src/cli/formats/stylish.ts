/** `--format stylish`: grouped by file, readable in a terminal; colour only when asked or on a TTY. */
import pc from 'picocolors';
import type { FileReport, Summary } from '../report.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(files: readonly FileReport[], summary: Summary, color: boolean): string {
  const c = pc.createColors(color);
  const paint = { error: c.red, warning: c.yellow, info: c.blue, hint: c.dim };
  const out: string[] = [];
  for (const file of files) {
    if (!file.error && file.findings.length === 0) continue;
    out.push(c.underline(file.displayPath));
    if (file.error) out.push(`  ${c.red('error')}  ${file.error}`);
    const width = Math.max(0, ...file.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`.length));
    for (const f of file.findings) {
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(width);
      out.push(`  ${c.dim(pos)}  ${paint[f.severity](f.severity.padEnd(7))}  ${f.message}  ${c.dim(f.ruleId)}`);
    }
    out.push('');
  }
  const total = summary.errors + summary.warnings + summary.infos + summary.hints;
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.infos} info, ${plural(summary.hints, 'hint')}`;
  const unreadable = summary.unreadable ? `; ${plural(summary.unreadable, 'file')} could not be linted` : '';
  const fixed = summary.fixed !== undefined ? `; ${summary.fixed} safe fix${summary.fixed === 1 ? '' : 'es'} applied` : '';
  const line = `${total === 0 ? '✔' : '✖'} ${plural(total, 'finding')} (${counts}) in ${plural(summary.files, 'file')}${unreadable}${fixed}`;
  out.push(total === 0 && !summary.unreadable ? c.green(line) : summary.errors || summary.unreadable ? c.red(line) : c.yellow(line));
  return out.join('\n') + '\n';
}
