/** The list of generated files and their expected content (shared by the generator and its test). */
import { RULES } from '../server/src/engine/index.ts';
import { renderRuleIndex, renderRulePage } from '../server/src/engine/docs/render.ts';

export function generatedFiles(): Array<[string, string]> {
  const files: Array<[string, string]> = RULES.map((r) => [`docs/rules/${r.id}.md`, renderRulePage(r)]);
  files.push(['docs/rules/README.md', renderRuleIndex(RULES)]);
  return files;
}
