/**
 * The counting model of an audit. Everything it reports is derived from
 * exact counts (notes, notes with at least one finding, findings, per family
 * and per rule, overall, per group value and per period), and counts add up:
 * shards of one input, counted apart and added here, give exactly what one
 * run over the whole input gives. Rates and intervals are computed only when
 * the result is written, never added.
 */
import { createHash } from 'node:crypto';
import { FAMILIES } from '../../engine/index.ts';
import { ratePer1000 } from './stats.ts';

export interface Counter {
  notes: number;
  findings: number;
}

/** What one audited note contributes: its group values and period, and its findings per rule. */
export interface NoteCounts {
  /** One value per --group-by field, in the same order. */
  groups: string[];
  /** `2024-03` or `2024-Q1`, or undefined without --date-field. */
  period: string | undefined;
  /** [rule id, family, findings] for each rule with at least one finding in the note. */
  rules: Array<[string, string, number]>;
  /** With --examples: one masked excerpt per rule found in the note. */
  examples?: Array<{ ruleId: string; id: string; excerpt: string }>;
}

export interface Example {
  id: string;
  excerpt: string;
}

export interface RateEntry extends Counter {
  per1000Notes: number | null;
  ci95: [number, number] | null;
  examples?: Example[];
}

export interface TallyJson {
  notes: number;
  notesWithFindings: number;
  families: Record<string, RateEntry>;
  rules: Record<string, RateEntry>;
}

/** What a part made with --shard carries besides the counts, so `rapport audit merge` can check and finish it. */
export interface ShardInfo {
  index: number;
  count: number;
  /** Records in the whole input (every shard reads it all), to tell parts of different exports apart. */
  records: number;
  /** Digest of the input and the options that shape the result: parts must agree. */
  settings: string;
  /** --examples N */
  examples: number;
}

export interface AuditJson extends TallyJson {
  groups: Record<string, Record<string, TallyJson>>;
  periods: Record<string, TallyJson>;
  /** Records that could not be audited (see stderr); present only when there were some. */
  skipped?: number;
  shard?: ShardInfo;
}

function bump(map: Map<string, Counter>, key: string, notes: number, findings: number): void {
  const c = map.get(key);
  if (c) {
    c.notes += notes;
    c.findings += findings;
  } else map.set(key, { notes, findings });
}

export class Tally {
  notes = 0;
  notesWithFindings = 0;
  readonly families = new Map<string, Counter>();
  readonly rules = new Map<string, Counter>();

  addNote(rules: NoteCounts['rules']): void {
    this.notes++;
    if (rules.length === 0) return;
    this.notesWithFindings++;
    const families = new Map<string, number>();
    for (const [id, family, n] of rules) {
      bump(this.rules, id, 1, n);
      families.set(family, (families.get(family) ?? 0) + n);
    }
    for (const [family, n] of families) bump(this.families, family, 1, n);
  }

  addTally(other: Tally): void {
    this.notes += other.notes;
    this.notesWithFindings += other.notesWithFindings;
    for (const [k, c] of other.families) bump(this.families, k, c.notes, c.findings);
    for (const [k, c] of other.rules) bump(this.rules, k, c.notes, c.findings);
  }

  toJson(examples?: ReadonlyMap<string, readonly Example[]>): TallyJson {
    const entry = (c: Counter | undefined): RateEntry => {
      const notes = c?.notes ?? 0;
      return { notes, findings: c?.findings ?? 0, ...ratePer1000(notes, this.notes) };
    };
    const families: Record<string, RateEntry> = {};
    // Every family, found or not, so a reader sees "0 of N" rather than a missing column.
    const known = new Set<string>(FAMILIES);
    for (const f of [...FAMILIES, ...sorted([...this.families.keys()].filter((k) => !known.has(k)))]) families[f] = entry(this.families.get(f));
    const rules: Record<string, RateEntry> = {};
    for (const id of sorted([...this.rules.keys()])) {
      rules[id] = entry(this.rules.get(id));
      const ex = examples?.get(id);
      if (ex) rules[id].examples = ex.map((e) => ({ id: e.id, excerpt: e.excerpt }));
    }
    return { notes: this.notes, notesWithFindings: this.notesWithFindings, families, rules };
  }
}

/** Code-unit order: the same on every machine and locale, so results compare byte for byte. */
export function sorted(keys: string[]): string[] {
  return keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The order examples are kept in: a digest of the example itself, so the N
 * kept are a spread over the input (not its first notes), and the same N
 * whichever shard or thread met them.
 */
export function exampleKey(ruleId: string, e: Example): string {
  return createHash('sha256').update(`${ruleId}\u0000${e.id}\u0000${e.excerpt}`).digest('hex').slice(0, 16);
}

export class AuditCounts {
  readonly overall = new Tally();
  /** Per --group-by field (in order): value → tally. */
  readonly groups: Array<Map<string, Tally>>;
  readonly periods = new Map<string, Tally>();
  skipped = 0;
  private readonly examples = new Map<string, Array<Example & { key: string }>>();

  constructor(
    readonly groupFields: readonly string[],
    readonly examplesPerRule: number,
  ) {
    this.groups = groupFields.map(() => new Map());
  }

  addNote(note: NoteCounts): void {
    this.overall.addNote(note.rules);
    note.groups.forEach((value, i) => tallyFor(this.groups[i]!, value).addNote(note.rules));
    if (note.period !== undefined) tallyFor(this.periods, note.period).addNote(note.rules);
    for (const e of note.examples ?? []) this.addExample(e.ruleId, { id: e.id, excerpt: e.excerpt });
  }

  addExample(ruleId: string, example: Example): void {
    if (this.examplesPerRule <= 0) return;
    const list = this.examples.get(ruleId) ?? [];
    const key = exampleKey(ruleId, example);
    const at = list.findIndex((e) => e.key > key);
    if (at < 0) list.push({ ...example, key });
    else list.splice(at, 0, { ...example, key });
    if (list.length > this.examplesPerRule) list.length = this.examplesPerRule;
    this.examples.set(ruleId, list);
  }

  add(other: AuditCounts): void {
    this.overall.addTally(other.overall);
    other.groups.forEach((values, i) => {
      for (const [value, t] of values) tallyFor(this.groups[i]!, value).addTally(t);
    });
    for (const [p, t] of other.periods) tallyFor(this.periods, p).addTally(t);
    this.skipped += other.skipped;
    for (const [id, list] of other.examples) for (const e of list) this.addExample(id, e);
  }

  toJson(shard?: ShardInfo): AuditJson {
    const groups: AuditJson['groups'] = {};
    this.groupFields.forEach((field, i) => {
      const values = this.groups[i]!;
      const out: Record<string, TallyJson> = {};
      for (const v of sorted([...values.keys()])) out[v] = values.get(v)!.toJson();
      groups[field] = out;
    });
    const periods: AuditJson['periods'] = {};
    for (const p of sorted([...this.periods.keys()])) periods[p] = this.periods.get(p)!.toJson();
    const json: AuditJson = { ...this.overall.toJson(this.examplesPerRule > 0 ? this.examples : undefined), groups, periods };
    if (this.skipped > 0) json.skipped = this.skipped;
    if (shard) json.shard = shard;
    return json;
  }
}

function tallyFor(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = new Tally()));
  return t;
}
