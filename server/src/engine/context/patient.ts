/**
 * Facts about the patient that hold for the whole note, read once per document. A note states the
 * patient's age once ("Mr. ABC is a 2-year-old boy", "A 74-year-old female", "Naren, 20, …") and the
 * paragraph that uses a child word ("diaper area normal", "potty training") rarely repeats it, so rules
 * that depend on age must not look for it only in their own paragraph.
 */

export interface PatientFacts {
  /** Age in years (fractions for months, weeks and days), from the first age the note states. */
  ageYears?: number;
}

const AGE =
  /\b(\d{1,3})(?:\s*-\s*|\s+)(year|yr|month|mo|week|wk|day)s?(?:\s*-\s*|\s+)old\b|\b(\d{1,3})\s*(?:yo|y\/o|y\.o\.)(?![A-Za-z])|\baged?\s+(\d{1,3})\b/i;
const PER_YEAR: Record<string, number> = { year: 1, yr: 1, month: 12, mo: 12, week: 52, wk: 52, day: 365 };
/** Ages are stated near the top; a bound keeps a huge note cheap. */
const LOOK_CHARS = 4000;

export function scanPatient(text: string, codeRanges: ReadonlyArray<readonly [number, number]>): PatientFacts {
  const head = text.slice(0, LOOK_CHARS);
  const re = new RegExp(AGE.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const at = m.index;
    if (codeRanges.some(([s, e]) => at >= s && at < e)) continue;
    if (m[1]) return { ageYears: Number(m[1]) / PER_YEAR[m[2]!.toLowerCase()]! };
    return { ageYears: Number(m[3] ?? m[4]) };
  }
  return {};
}
