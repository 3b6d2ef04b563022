/**
 * Shared helpers for the identifier (PHI) rules: HIPAA Safe Harbor identifier
 * classes (45 CFR 164.514(b)(2), S31) found by pattern.
 */
import type { Report, RunContext } from '../define.ts';

/**
 * The run's unmasked source. The prose view masks link targets, autolinks and
 * e-mail autolinks, which is right for language rules but hides exactly the web
 * and e-mail addresses a privacy rule looks for, so those rules read `source`
 * (same offsets as `text`). Falls back to the prose view if it is missing.
 */
export function rawText(ctx: RunContext): string {
  const source: unknown = ctx.source;
  return typeof source === 'string' && source.length === ctx.text.length ? source : ctx.text;
}

export interface Hit {
  start: number;
  end: number;
  match: RegExpExecArray;
}

/** All matches of `pattern` in `text`, with the span of capture group `group` (0 = whole match). */
export function hits(text: string, pattern: RegExp, group = 0): Hit[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g';
  const re = new RegExp(pattern.source, flags);
  const out: Hit[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const value = m[group];
    if (value === undefined) continue;
    const start = group === 0 ? m.index : m.index + m[0].indexOf(value);
    out.push({ start, end: start + value.length, match: m });
  }
  return out;
}

/** Reports each hit once; where hits overlap the earlier-listed, then longer, one wins. */
export function reportHits(ctx: RunContext, reports: Report[]): void {
  const kept: Report[] = [];
  for (const r of reports) if (!kept.some((k) => r.start < k.end && r.end > k.start)) kept.push(r);
  kept.sort((a, b) => a.start - b.start);
  for (const r of kept) ctx.report(r);
}

/** A placeholder suggestion. Offered, never applied in bulk: the writer may prefer to generalise. */
export function placeholder(what: string): Pick<Report, 'suggestions' | 'fix'> {
  return { suggestions: [`[${what} removed]`], fix: 'suggest' };
}

/** Closing advice shared by the messages. */
export const DEIDENTIFY =
  'Under HIPAA Safe Harbor this identifies the person (or a relative, caregiver or employer) and must be removed from a de-identified reflection.';

/** US state and territory codes, for "City, ST 12345". */
export const STATE =
  '(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)';

export const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** After a label: optional "#", "no.", "number", ":" or "is", as token items. */
export const LABEL_TAIL = '#|no|num|number? .? :|#|=|is|was?';
/** An identifier after its label: letters and digits, with hyphens inside ("5521-0934", "PB2231-0045"). */
export const ID = '#num|#word +-|#num|#word{0,6}';

/** What a web address is written with, token by token: words, numbers and URL punctuation (not brackets or quotes). */
export const URL_CHARS = '#word|#num|.|-|/|%|?|=|&|#|~|+|:|@|!|,|;|*|$';
