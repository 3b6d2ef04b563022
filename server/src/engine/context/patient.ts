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

/**
 * The wording the person asked for, when the note records it in prose ("Family and student prefer identity-first
 * language", "pt requests person-first terms"): it applies to the whole note, as a front-matter
 * `language-preference` would. Front matter still wins; a negated request ("does not prefer …") states nothing.
 */
const STATED_PREFERENCE =
  /\b(?:prefers?|preferred|requests?|requested|asks?\s+for|asked\s+for|wants?|wanted|chooses?|chose)\s+(?:to\s+use\s+|the\s+use\s+of\s+)?(identity|person)[-\s]first\b|\b(identity|person)[-\s]first\s+(?:language|terms|wording)\s+(?:is|was)\s+(?:preferred|requested)\b/gi;
const NEGATED_BEFORE = /\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i;

const Y_OR_N_FIRST = /[yn][-\s]first/gi;

function mentionsPreference(text: string): boolean {
  Y_OR_N_FIRST.lastIndex = 0;
  for (let m = Y_OR_N_FIRST.exec(text); m; m = Y_OR_N_FIRST.exec(text)) {
    if (/(?:identit|perso)$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) return true;
  }
  return false;
}

export function statedPreference(text: string, codeRanges: ReadonlyArray<readonly [number, number]>): 'identity-first' | 'person-first' | undefined {
  const head = text.slice(0, 5 * LOOK_CHARS);
  // Every statement holds "identity first" or "person first": most notes hold neither, while "first" alone is common
  // in notes. Finding "…y first" and "…n first" and looking back is a few hundredths of a millisecond on a long note,
  // where the full expression took most of one.
  if (!mentionsPreference(head)) return undefined;
  for (const m of head.matchAll(STATED_PREFERENCE)) {
    const at = m.index;
    if (codeRanges.some(([s, e]) => at >= s && at < e)) continue;
    if (NEGATED_BEFORE.test(head.slice(Math.max(0, at - 20), at))) continue;
    return (m[1] ?? m[2])!.toLowerCase() === 'identity' ? 'identity-first' : 'person-first';
  }
  return undefined;
}
