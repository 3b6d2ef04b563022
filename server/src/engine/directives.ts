/**
 * Inline disable comments, in the style of markdownlint and ESLint:
 *
 *   <!-- rapport-disable-next-line adhere.refused -->
 *   <!-- rapport-disable-line -->
 *   <!-- rapport-disable pfl.wheelchair-bound label -->   … <!-- rapport-enable -->
 *
 * With no ids a directive covers every rule; an id may also be a family name.
 * Unknown ids are reported, so a typo does not silently disable nothing.
 */

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Empty = all rules. */
  ids: Array<{ id: string; start: number; end: number }>;
  start: number;
  end: number;
}

const DIRECTIVE = /<!--\s*rapport-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;

export function scanDirectives(text: string, codeRanges: ReadonlyArray<readonly [number, number]>): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('rapport-')) return out;
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text))) {
    const at = m.index;
    if (codeRanges.some(([s, e]) => at >= s && at < e)) continue;
    const ids: Directive['ids'] = [];
    const listStart = at + m[0].indexOf(m[2]!, 4 + m[1]!.length);
    const idRe = /[^\s,]+/g;
    let id: RegExpExecArray | null;
    while ((id = idRe.exec(m[2]!))) ids.push({ id: id[0], start: listStart + id.index, end: listStart + id.index + id[0].length });
    out.push({ kind: m[1] as Directive['kind'], ids, start: at, end: at + m[0].length });
  }
  return out;
}

/** Offsets where lines start. CR, LF and CRLF each end a line, as in CommonMark and LSP. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const eol = /\r\n?|\n/g;
  while (eol.exec(text)) starts.push(eol.lastIndex);
  return starts;
}

/** The line (index into `starts`) holding `offset`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Returns a predicate telling whether a finding of `ruleId`/`family` at `offset`
 * is suppressed by the directives.
 */
export function suppression(text: string, directives: readonly Directive[]): (ruleId: string, family: string, offset: number) => boolean {
  if (directives.length === 0) return () => false;
  const starts = lineStarts(text);
  const matches = (d: Directive, ruleId: string, family: string) =>
    d.ids.length === 0 || d.ids.some((x) => x.id === ruleId || x.id === family);
  return (ruleId, family, offset) => {
    const line = lineOf(starts, offset);
    let disabled = false;
    for (const d of directives) {
      if (d.start > offset && d.kind !== 'disable-line') continue;
      if (!matches(d, ruleId, family)) continue;
      const dLine = lineOf(starts, d.end);
      if (d.kind === 'disable-line' && lineOf(starts, d.start) === line) return true;
      if (d.kind === 'disable-next-line' && dLine + 1 === line) return true;
      if (d.kind === 'disable' && d.start <= offset) disabled = true;
      if (d.kind === 'enable' && d.start <= offset) disabled = false;
    }
    return disabled;
  };
}
