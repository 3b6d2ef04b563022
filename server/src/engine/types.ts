/**
 * Public types of the Rapport lint engine.
 *
 * The engine is pure: text and options in, findings out. It never touches the
 * file system, the process, VS Code or the language-server protocol, so the
 * language server, the CLI and the tests all share exactly the same behaviour.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** `off` disables a rule; any other value overrides its default severity. */
export type SeveritySetting = Severity | 'off';

/** Clinical notes and student reflections have different defaults (see docs/modes.md). */
export type Mode = 'clinical' | 'reflection';

export type LanguagePreference = 'person-first' | 'identity-first' | 'ask';

/** The eleven rule families. Each family has a page in docs/rules/ and a column in reports. */
export const FAMILIES = [
  'credibility',
  'labels',
  'adherence',
  'power',
  'descriptors',
  'disability',
  'condition',
  'substance-use',
  'dignity',
  'documentation',
  'identifiers',
] as const;
export type Family = (typeof FAMILIES)[number] | 'engine';

/**
 * How safe it is to apply a finding's first suggestion without a human reading it.
 * - `safe`: mechanical substitution that keeps the meaning (used by fix-all and `--fix`).
 * - `suggest`: offered as a quick fix, never applied in bulk.
 * - `none`: guidance only; the writer has to rephrase.
 */
export type FixLevel = 'safe' | 'suggest' | 'none';

export interface Finding {
  ruleId: string;
  family: Family;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into the source text, end exclusive. Suggestions replace exactly this span. */
  start: number;
  end: number;
  /** The source text of the span, for reports and for building code actions without the document. */
  text: string;
  /** Replacement texts for [start, end), best first. May be empty. */
  suggestions: string[];
  fix: FixLevel;
  /** Link to the rule's documentation page. */
  docsUrl: string;
}

/** A team vocabulary entry: a term the team rejects, with the wording it prefers. */
export interface VocabularyTerm {
  term: string;
  prefer?: string;
  message?: string;
  severity?: Severity;
}

export interface LintOptions {
  mode?: Mode;
  /** Per-rule severity overrides, by rule id. */
  rules?: Record<string, SeveritySetting>;
  languagePreference?: LanguagePreference;
  /** Identity terms the person uses for themself (e.g. "Deaf", "autistic", "disabled"); these are never flagged. */
  identifiesAs?: string[];
  /** Treat `>` blockquotes as the patient's own words (exempt from most rules). Default true. */
  blockquotesAreQuotes?: boolean;
  /** Team vocabulary: rejected terms with preferred wording, and accepted terms never to flag. */
  vocabulary?: { reject?: VocabularyTerm[]; accept?: string[] };
  /** File name, used only for the reflection naming convention (`*.reflection.md`). */
  fileName?: string;
  /** Stop after this many findings in one note (default 2,000), so pathological input cannot stall an editor. */
  maxFindings?: number;
  /** Base URL for rule documentation links. */
  docsBaseUrl?: string;
}

export interface LintResult {
  findings: Finding[];
  /** The settings actually applied after merging options with the note's front matter. */
  mode: Mode;
}
