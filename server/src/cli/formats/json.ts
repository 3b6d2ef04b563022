/** `--format json`: the documented machine-readable shape (see README, "JSON output"). */
import type { FileReport, Summary } from '../report.ts';

export function formatJson(files: readonly FileReport[], summary: Summary): string {
  return (
    JSON.stringify(
      {
        files: files.map((f) => ({
          path: f.displayPath,
          ...(f.error ? { error: f.error } : {}),
          ...(f.fixed !== undefined ? { fixed: f.fixed } : {}),
          findings: f.findings.map((x) => ({
            ruleId: x.ruleId,
            family: x.family,
            severity: x.severity,
            message: x.message,
            range: x.range,
            suggestions: x.suggestions,
            fix: x.fix,
            docsUrl: x.docsUrl,
          })),
        })),
        summary,
      },
      null,
      2,
    ) + '\n'
  );
}
