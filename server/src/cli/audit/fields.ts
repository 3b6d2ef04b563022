/**
 * Reading the audit's fields from one record of an export (a JSON object or
 * a CSV row) or from a note's front matter: the id, the text, the group
 * values and the date, turned into the period it is counted in.
 */

/** The value shown for a group or period a record does not have. */
export const MISSING = '(missing)';

export type Granularity = 'month' | 'quarter';

export interface FieldSettings {
  idField: string;
  textField: string;
  groupBy: string[];
  dateField: string | undefined;
  by: Granularity;
  /** --reflection-where FIELD=VALUE: records whose field has this value are linted as reflections. */
  reflectionWhere: Array<{ field: string; value: string }>;
}

/** A field by exact name, else by a dotted path into nested objects (`meta.department`). */
export function fieldValue(record: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(record, name)) return record[name];
  if (!name.includes('.')) return undefined;
  let v: unknown = record;
  for (const part of name.split('.')) {
    if (!v || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** A group value as text; empty, null, objects and lists count as missing. */
export function groupValue(v: unknown): string {
  if (typeof v === 'string') return v.trim() === '' ? MISSING : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return MISSING;
}

/**
 * The month (`2024-03`) or quarter (`2024-Q1`) of a date written the ISO way
 * (`2024-03-05`, `2024-03-05T10:30:00Z`, `2024-03-05 10:30`, `2024-03`),
 * as `2024/03/05`, or as `20240305`. Day-first and month-first dates
 * (`05/03/2024`) are ambiguous and not guessed at: they count as missing.
 */
export function periodOf(v: unknown, by: Granularity): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return format(v.getUTCFullYear(), v.getUTCMonth() + 1, by);
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?|(\d{2})(\d{2}))(?:$|[T\s])/.exec(v);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4]);
  const day = m[3] ?? m[5];
  if (month < 1 || month > 12 || (day !== undefined && (Number(day) < 1 || Number(day) > 31))) return undefined;
  return format(year, month, by);
}

function format(year: number, month: number, by: Granularity): string {
  return by === 'quarter' ? `${year}-Q${Math.ceil(month / 3)}` : `${year}-${String(month).padStart(2, '0')}`;
}

/** Whether a record is to be linted as a reflection under --reflection-where. */
export function isReflection(record: Record<string, unknown>, settings: FieldSettings): boolean {
  return settings.reflectionWhere.some((w) => groupValue(fieldValue(record, w.field)) === w.value);
}

/** The fields of a record the audit uses, and only those (what travels to a worker thread). */
export function neededFields(settings: FieldSettings): string[] {
  const names = [settings.idField, settings.textField, ...settings.groupBy, ...settings.reflectionWhere.map((w) => w.field)];
  if (settings.dateField) names.push(settings.dateField);
  return [...new Set(names)];
}
