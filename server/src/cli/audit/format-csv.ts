/**
 * The audit as one CSV table in long form, one row per scope and count, ready
 * for a spreadsheet or R/pandas: scope (overall, group, period), the group
 * field and value or the period, the notes in that scope, then kind (any,
 * family, rule), name, the notes with at least one finding, the findings, and
 * the rate per 1,000 notes with its 95 % interval.
 */
import { csvCell } from '../class-report.ts';
import type { AuditJson, TallyJson } from './counts.ts';
import { ratePer1000 } from './stats.ts';

const HEADER = ['scope', 'field', 'value', 'scopeNotes', 'kind', 'name', 'notes', 'findings', 'per1000Notes', 'ci95Low', 'ci95High'];

function rows(scope: string, field: string, value: string, t: TallyJson): Array<Array<string | number>> {
  const findings = Object.values(t.rules).reduce((n, r) => n + r.findings, 0);
  const any = ratePer1000(t.notesWithFindings, t.notes);
  const out: Array<Array<string | number>> = [[scope, field, value, t.notes, 'any', '', t.notesWithFindings, findings, any.per1000Notes ?? '', any.ci95?.[0] ?? '', any.ci95?.[1] ?? '']];
  for (const [kind, entries] of [['family', t.families], ['rule', t.rules]] as const) {
    for (const [name, e] of Object.entries(entries)) out.push([scope, field, value, t.notes, kind, name, e.notes, e.findings, e.per1000Notes ?? '', e.ci95?.[0] ?? '', e.ci95?.[1] ?? '']);
  }
  return out;
}

export function formatAuditCsv(json: AuditJson): string {
  const all = [HEADER, ...rows('overall', '', '', json)];
  for (const [field, values] of Object.entries(json.groups)) for (const [value, t] of Object.entries(values)) all.push(...rows('group', field, value, t));
  for (const [period, t] of Object.entries(json.periods)) all.push(...rows('period', '', period, t));
  return all.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
