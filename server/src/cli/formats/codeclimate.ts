/**
 * `--format codeclimate`: the Code Climate JSON array that GitLab reads as a Code Quality report
 * (`artifacts: reports: codequality`). Each finding has description, check_name, fingerprint, severity and
 * location.path / location.lines.begin, the fields GitLab requires. The fingerprint hashes the path, the rule,
 * the flagged words and their occurrence number, not the line, so a finding keeps its identity when lines are
 * added above it and GitLab shows it as unchanged rather than as fixed and new.
 */
import { createHash } from 'node:crypto';
import { suggestionText, type FileReport } from '../report.ts';

/** GitLab's severities are info, minor, major, critical and blocker. */
const SEVERITY = { error: 'major', warning: 'minor', info: 'info', hint: 'info' } as const;

interface Issue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  severity: (typeof SEVERITY)[keyof typeof SEVERITY] | 'blocker';
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

const fingerprint = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

export function formatCodeClimate(files: readonly FileReport[]): string {
  const issues: Issue[] = [];
  for (const file of files) {
    const path = file.displayPath.replace(/\\/g, '/');
    if (file.error) {
      issues.push({
        type: 'issue',
        check_name: 'rapport.io',
        description: file.error,
        categories: ['Bug Risk'],
        severity: 'blocker',
        fingerprint: fingerprint(path, 'rapport.io'),
        location: { path, lines: { begin: 1, end: 1 } },
      });
    }
    const occurrences = new Map<string, number>();
    for (const f of file.findings) {
      const key = `${f.ruleId}\u0000${f.text.toLowerCase()}`;
      const n = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, n);
      const suggestion = suggestionText(f);
      issues.push({
        type: 'issue',
        check_name: f.ruleId,
        description: `${f.message}${suggestion}`,
        categories: ['Style'],
        severity: SEVERITY[f.severity],
        fingerprint: fingerprint(path, f.ruleId, f.text.toLowerCase(), String(n)),
        location: { path, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
}
