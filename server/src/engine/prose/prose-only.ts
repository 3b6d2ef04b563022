/**
 * A finding may only cover prose, and a fix may only rewrite prose.
 *
 * Rules match the prose view, in which markup is masked as spaces, so a phrase can match straight
 * across an inline code span, an HTML comment, an image, link brackets or emphasis markers
 * ("is `BP 120/80` wheelchair-bound", "complains <!-- note --> of", "suffers** from") or across a line
 * break ("wheelchair-bound⏎Pt"). Replacing such a span deletes the markup or joins the lines. The engine
 * therefore checks every report against the run before it becomes a finding:
 *
 * - A span of prose only, on one line, is kept as reported.
 * - A span that crosses markup or a line break keeps its finding — the words are still there — but is
 *   narrowed to its longest stretch of prose on one line, and loses its suggestions: a replacement
 *   written for the whole phrase would be wrong for the part, and the writer has to decide how to
 *   rephrase around the markup. The message says why there is no fix.
 * - A span inside markup only (the identifier rules read link targets and autolinks on purpose) keeps its
 *   range, without suggestions: rewriting a link target is not a prose edit.
 * - In a unit read as plain text (see units.ts) the engine cannot prove what is markup, so findings
 *   there carry no fix either.
 *
 * A character is prose when the prose view shows it unchanged and it is not a line break. Masked markup
 * always includes a character that is not white space (a backtick, bracket, `<`, `*`, `!`), so any span
 * reaching into it from prose contains a masked character.
 */
import type { Report } from '../rules/define.ts';

export const ACROSS_MARKUP = 'No automatic fix: the words run across Markdown markup or a line break, so rephrase them by hand.';
export const INSIDE_MARKUP = 'No automatic fix: it is inside Markdown markup (a link target or an address).';
export const PLAIN_TEXT = 'No automatic fix: this part of the note was checked as plain text (see rapport.too-complex).';

const isBreak = (c: number) => c === 10 || c === 13;

function withoutFix(report: Report, start: number, end: number, why: string): Report {
  const out: Report = { ...report, start, end, message: `${report.message} (${why})`, suggestions: [], fix: 'none' };
  return out;
}

/** The longest stretch of [start, end) whose characters pass `keep`, trimmed of white space. */
function longest(text: string, start: number, end: number, keep: (i: number) => boolean): [number, number] | undefined {
  let best: [number, number] | undefined;
  let i = start;
  while (i < end) {
    while (i < end && !keep(i)) i++;
    let s = i;
    while (i < end && keep(i)) i++;
    let e = i;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && (!best || e - s > best[1] - best[0])) best = [s, e];
  }
  return best;
}

/**
 * The report as it may become a finding, or undefined when it covers nothing but white space.
 * @param text the run's prose view; @param source the run's source (same length).
 */
export function proseOnly(report: Report, text: string, source: string, plain: boolean): Report | undefined {
  const { start, end } = report;
  if (end <= start) return undefined;
  const isProse = (i: number) => text.charCodeAt(i) === source.charCodeAt(i) && !isBreak(text.charCodeAt(i));
  let crossing = false;
  let anyProse = false;
  for (let i = start; i < end; i++) {
    if (isProse(i)) anyProse = true;
    else crossing = true;
  }
  if (!crossing) return plain && (report.fix !== 'none' || report.suggestions?.length) ? withoutFix(report, start, end, PLAIN_TEXT) : report;
  // The words are what the finding is about: a stretch of prose with no letter or digit (the full stop
  // after an autolink) does not count.
  const piece = anyProse ? longest(text, start, end, isProse) : undefined;
  if (piece && /[\p{L}\p{N}]/u.test(text.slice(piece[0], piece[1]))) return withoutFix(report, piece[0], piece[1], ACROSS_MARKUP);
  // Markup only (an address in a link target, read from the source on purpose): keep it, on one line.
  const line = longest(source, start, end, (i) => !isBreak(source.charCodeAt(i)));
  return line ? withoutFix(report, line[0], line[1], INSIDE_MARKUP) : undefined;
}
