/**
 * Note sections (Subjective, Objective, Assessment, Plan, Goals, review of
 * systems, chief complaint). Some conventions are section-bound: "denies" in a
 * review-of-systems line, "Chief complaint:" as a header, goal wording only in
 * a Goals section. Sections come from headings or from labels at the start of a
 * line ("S:", "Objective:", "**Plan**").
 */

export type Section =
  | 'subjective'
  | 'objective'
  | 'assessment'
  | 'plan'
  | 'goals'
  | 'ros'
  | 'chief-complaint'
  | 'history'
  | 'social-history'
  | 'family-history'
  | 'medications'
  | 'allergies'
  | 'labs'
  | 'diagnosis'
  | 'procedure'
  | 'hospital-course'
  | 'mental-status'
  | 'other';

const LABELS: Array<[RegExp, Section]> = [
  [/^(?:s|subj|subjective|patient report|pt report|hpi|history of present illness)$/i, 'subjective'],
  [/^(?:o|obj|objective|exam|examination|tests? (?:and|&) measures|observation|findings)$/i, 'objective'],
  [/^(?:a|assessment|impression|imp|impr|evaluation|clinical impression)$/i, 'assessment'],
  [/^(?:p|plan|plan of care|poc|recommendations?|disposition|discharge (?:instructions|plan|disposition)|follow[- ]?up|orders?)$/i, 'plan'],
  [/^(?:goals?|short[- ]term goals?|long[- ]term goals?|stgs?|ltgs?|patient[- ]stated goals?|functional goals?)$/i, 'goals'],
  [/^(?:ros|review of systems|systems review)$/i, 'ros'],
  [/^(?:cc|chief complaint|reason for referral)$/i, 'chief-complaint'],
  [/^(?:family history|fh|fhx|family medical history|family hx)$/i, 'family-history'],
  [/^(?:social history|social|shx|sh|social hx|social habits|substance (?:use|abuse) history|substance use|substances|habits|alcohol|tobacco|etoh|illicit drugs|recreational drugs|drug use)$/i, 'social-history'],
  [/^(?:pmh|past medical history|history|medical history|past history|past surgical history|psh|pmhx|past medical (?:and|&) surgical history)$/i, 'history'],
  [/^(?:medications?|meds|current medications|medication list|(?:admission|admitting|discharge|home|outpatient) medications|allergies (?:and|&) medications)$/i, 'medications'],
  [/^(?:allergies|allergy|drug allergies|nkda)$/i, 'allergies'],
  [/^(?:labs?|laboratory(?: data| studies| results| values)?|lab (?:data|results|values)|diagnostic (?:data|studies)|studies|imaging|pathology|specimens?)$/i, 'labs'],
  [/^(?:(?:admitting|admission|discharge|preoperative|postoperative|pre-?op|post-?op|principal|primary|secondary|final|working|differential|provisional) diagnos[ei]s|diagnos[ei]s|dx|problem list|active problems)$/i, 'diagnosis'],
  [/^(?:procedures?(?: performed)?|operations?(?: performed)?|description of (?:the )?(?:procedure|operation)|operative (?:procedure|note|findings|report|technique)|procedure in detail|technique|details of (?:the )?procedure|anesthesia|estimated blood loss|ebl|fluids|complications|indications?(?: for (?:the )?(?:procedure|operation))?)$/i, 'procedure'],
  [/^(?:mental status(?: exam(?:ination)?)?|mse|psychiatric (?:exam(?:ination)?|mental status)|affect|mood|mood and affect|attitude|thought (?:process|content))$/i, 'mental-status'],
  [/^(?:hospital course|course(?: in (?:the )?hospital)?|ed course|emergency department course|clinical course|brief hospital course)$/i, 'hospital-course'],
];

export function classifyLabel(label: string): Section | undefined {
  const clean = label.replace(/[*_#:]/g, '').replace(/\s+/g, ' ').trim();
  for (const [re, section] of LABELS) if (re.test(clean)) return section;
  return undefined;
}

export interface SectionMark {
  offset: number;
  section: Section;
}

const HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/;
const LINE_LABEL = /^ {0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?([A-Za-z][A-Za-z &/'-]{0,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?/;

/**
 * Section marks in document order. `codeRanges` are skipped. Runs before the
 * first mark are in section 'other'.
 */
export function scanSections(text: string, codeRanges: ReadonlyArray<readonly [number, number]>): SectionMark[] {
  const marks: SectionMark[] = [];
  // One regex pass finds candidate lines (headings and "Label:" lines); a per-line loop in JS
  // was the largest cost of re-linting a long note after a keystroke.
  const candidates = /^(?: {0,3}#{1,6}[ \t]|[ \t]{0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?[A-Za-z][A-Za-z &/'-]{0,40}?(?:\*\*|__)?[ \t]*:).*$/gm;
  let m: RegExpExecArray | null;
  while ((m = candidates.exec(text))) {
    const line = m[0].replace(/\r$/, '');
    const at = m.index;
    if (codeRanges.some(([s, e]) => at >= s && at < e)) continue;
    const heading = HEADING.exec(line);
    const label = heading ? heading[1]!.replace(/:.*$/, '') : LINE_LABEL.exec(line)?.[1];
    if (!label) continue;
    const section = classifyLabel(label);
    if (section) marks.push({ offset: at, section });
    else if (heading) marks.push({ offset: at, section: 'other' });
  }
  return marks;
}

/** The section of the last mark at or before `offset` (marks are in document order; a long note has hundreds). */
export function sectionAt(marks: readonly SectionMark[], offset: number): Section {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[mid]!.offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 'other' : marks[lo - 1]!.section;
}

/**
 * Whether [start, end) lies inside a section label at the start of a line ("SUBSTANCE ABUSE HISTORY:",
 * "**Noncompliance:**"). Labels come from a template or an EHR form, not from how the writer describes
 * this patient, so the engine reports a term there at info at most.
 */
export function inSectionLabel(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 60) return false;
  if (!/^[\s*_>#-]*(?:[A-Za-z][A-Za-z &/'-]*)?$/.test(text.slice(lineStart, start))) return false;
  return /^[A-Za-z &/'-]{0,40}?[\s*_]*:/.test(text.slice(end, end + 60));
}
