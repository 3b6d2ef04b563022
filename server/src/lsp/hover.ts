/**
 * Hover on a finding: what was flagged, why (the rule's one-line summary and
 * the finding's own message — never the long rationale), better wording, and
 * the evidence with links. Short Markdown.
 */
import { RULES_BY_ID, SOURCES, type Finding, type SourceId } from '../engine/index.ts';

const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

function sourceLink(id: SourceId, docsUrl: string): string {
  const source = SOURCES[id];
  let url: string = source.url;
  if (!/^[a-z]+:/i.test(url)) {
    try {
      // Relative to the repository root; rule pages live in docs/rules/.
      url = new URL(`../../${url}`, docsUrl).href;
    } catch {
      /* keep as is */
    }
  }
  const title = source.title.length > 90 ? source.title.slice(0, 87).replace(/\s+\S*$/, '') + '…' : source.title;
  return `[${escapeMd(title)}](${url})`;
}

function one(f: Finding): string {
  const rule = RULES_BY_ID.get(f.ruleId);
  const flagged = f.text.length > 80 ? f.text.slice(0, 77) + '…' : f.text;
  const lines: string[] = [];
  lines.push(`**Rapport** · \`${f.ruleId}\` · ${f.severity}`);
  lines.push('');
  lines.push(`**Flagged:** “${escapeMd(flagged.replace(/\s+/g, ' '))}” — ${escapeMd(f.message)}`);
  if (rule) {
    lines.push('');
    lines.push(`**Why:** ${escapeMd(rule.docs.summary)}`);
  }
  const better: string[] = [];
  if (f.suggestions.length) better.push(f.suggestions.slice(0, 3).map((s) => `“${escapeMd(s)}”`).join(', '));
  if (rule?.docs.prefer) better.push(escapeMd(rule.docs.prefer));
  if (better.length) {
    lines.push('');
    lines.push(`**Better:** ${better.join(' — ')}`);
  }
  const links = [`[Rule documentation](${f.docsUrl})`];
  const first = rule?.docs.sources[0];
  if (first && first in SOURCES) links.push(`Source: ${sourceLink(first, f.docsUrl)}`);
  lines.push('');
  lines.push(links.join(' · '));
  return lines.join('\n');
}

/** Markdown for the findings under the cursor, or undefined when there are none. */
export function hoverMarkdown(findings: readonly Finding[]): string | undefined {
  if (findings.length === 0) return undefined;
  return findings.slice(0, 3).map(one).join('\n\n---\n\n');
}
