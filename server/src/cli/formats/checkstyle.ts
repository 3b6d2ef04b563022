/**
 * `--format checkstyle`: Checkstyle XML, read by Jenkins (Warnings Next Generation), SonarQube imports, reviewdog
 * and many CI dashboards. One <file> per note, one <error> per finding (1-based line and column, severity
 * error, warning or info, source = the rule id); a note that could not be linted has one <error> with source
 * rapport.io.
 */
import { suggestionText, type FileReport } from '../report.ts';
import { xmlEscape } from './junit.ts';

/** Checkstyle knows error, warning, info and ignore: hints are shown as info. */
const SEVERITY = { error: 'error', warning: 'warning', info: 'info', hint: 'info' } as const;

export function formatCheckstyle(files: readonly FileReport[]): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const file of files) {
    out.push(`  <file name="${xmlEscape(file.displayPath)}">`);
    if (file.error) out.push(`    <error line="1" severity="error" message="${xmlEscape(file.error)}" source="rapport.io"/>`);
    for (const f of file.findings) {
      const suggestion = suggestionText(f);
      out.push(
        `    <error line="${f.range.start.line + 1}" column="${f.range.start.character + 1}" severity="${SEVERITY[f.severity]}" message="${xmlEscape(f.message + suggestion)}" source="${xmlEscape(`rapport.${f.ruleId}`)}"/>`,
      );
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
}
