/**
 * Masked excerpts for `--examples N`: the words around a finding, short, with
 * what could identify someone taken out. Audits are read by people who must
 * not see the notes themselves, so the mask errs on the side of removing too
 * much: every digit (dates, ages, record and phone numbers), e-mail and web
 * addresses, and every capitalised word that does not start a sentence
 * (names of people and places), except titles and common clinical
 * abbreviations. The flagged words themselves are kept, digits aside.
 */
import { contextOf, type FindingContext } from '../report.ts';

/** Characters kept on each side of the flagged words. */
const SIDE = 60;

const KEEP = new Set(['I', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Pt', 'Patient', 'PT', 'OT', 'SLP', 'RN', 'MD', 'NP', 'PA', 'ED', 'ER', 'ICU']);

function maskDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, '#');
}

/** Masks one side of the excerpt; `sentenceStart` says whether it begins a sentence. */
function maskSide(s: string, sentenceStart: boolean): string {
  let out = s.replace(/\S*(?:@|:\/\/|www\.)\S*/gi, '[address]');
  let atStart = sentenceStart;
  out = out.replace(/([.!?:]["'”’)*_]*\s+|^[\s*_#>-]*)|(\p{Lu}[\p{L}'’-]*)|\S/gu, (all: string, boundary: string | undefined, word: string | undefined, offset: number, whole: string) => {
    if (boundary !== undefined) {
      // A sentence ends here, unless the period ends a title ("Ms. Lindqvist"); markup at the very start
      // of the text (list marks, bold labels) changes nothing.
      if ((offset > 0 || /[.!?:]/.test(boundary)) && !/(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|St|Prof)$/u.test(whole.slice(Math.max(0, offset - 6), offset))) atStart = true;
      return all;
    }
    const first = atStart;
    atStart = false;
    if (word === undefined || first || KEEP.has(word)) return all;
    // All-capital abbreviations of up to five letters (COPD, ROM, HPI) carry no identity.
    if (/^\p{Lu}{2,5}$/u.test(word)) return all;
    return '[name]';
  });
  return maskDigits(out);
}

function clipBefore(s: string): { text: string; clipped: boolean } {
  if (s.length <= SIDE) return { text: s, clipped: false };
  const cut = s.slice(s.length - SIDE);
  return { text: '…' + cut.slice(cut.indexOf(' ') + 1), clipped: true };
}

function clipAfter(s: string): string {
  if (s.length <= SIDE) return s;
  const cut = s.slice(0, SIDE);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut) + '…';
}

/** A short masked excerpt of the sentence around [start, end), the flagged words in «guillemets». */
export function maskedExcerpt(text: string, start: number, end: number): string {
  return maskContext(contextOf(text, start, end));
}

export function maskContext(context: FindingContext): string {
  const before = clipBefore(context.before);
  const after = clipAfter(context.after);
  return `${maskSide(before.text, !before.clipped)}«${maskDigits(context.match)}»${maskSide(after, false)}`.trim();
}
