/**
 * Rapport's lint engine: text + options → findings. Pure: no file system, no
 * process, no editor or protocol. Shared by the language server and the CLI.
 */
import { Linter } from './linter.ts';
import type { LintOptions, LintResult } from './types.ts';

export * from './types.ts';
export { Linter, DEFAULT_DOCS_BASE, MAX_LINT_CHARS } from './linter.ts';
export { RULES, RULES_BY_ID } from './rules/index.ts';
export type { Rule, RuleDocs, Example } from './rules/define.ts';
export { SOURCES, type SourceId } from './rules/sources.ts';

const shared = new Linter();

/** Lints one note. Uses a process-wide cache, so repeated calls on similar text are cheap. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return shared.lint(text, options);
}
