/**
 * Renders a rule's documentation page and the rule index from the rule
 * definitions, so docs/rules/ can be generated and checked rather than kept in
 * sync by hand (`npm run generate`; a test fails when a page is stale).
 */
import type { Rule } from '../rules/define.ts';
import { SOURCES } from '../rules/sources.ts';
import { FAMILIES, type Mode } from '../types.ts';
import { parseExample } from './examples.ts';

const FAMILY_TITLES: Record<(typeof FAMILIES)[number], string> = {
  credibility: 'Credibility and doubt',
  labels: 'Character and behaviour labels',
  adherence: 'Adherence, refusal and disapproval',
  power: 'Power: unilateral and clinician-centred framing',
  descriptors: 'Evaluative descriptors and irrelevant identity details',
  disability: 'Disability language',
  condition: 'Condition as identity',
  'substance-use': 'Substance use',
  dignity: 'Dignity: elderspeak and infantilizing terms',
  documentation: 'Documentation standards',
  identifiers: 'Patient identifiers',
};

export function familyTitle(family: string): string {
  return (FAMILY_TITLES as Record<string, string>)[family] ?? family;
}

function exampleLine(example: Parameters<typeof parseExample>[0], flagged: boolean): string {
  const parsed = parseExample(example);
  let text = parsed.text;
  if (flagged) {
    for (const span of [...parsed.spans].reverse()) text = `${text.slice(0, span.start)}**${text.slice(span.start, span.end)}**${text.slice(span.end)}`;
  }
  const mode = parsed.options.mode ? ` _(mode: ${parsed.options.mode})_` : '';
  const extra = parsed.options.identifiesAs ? ` _(patient identifies as: ${parsed.options.identifiesAs.join(', ')})_` : '';
  const fixed = parsed.fixed ? ` → ${parsed.fixed}` : '';
  return `- ${text.replace(/\n/g, ' ')}${fixed}${mode}${extra}`;
}

/**
 * What the rule looks for, rendered from its term data: the patterns (inflections are generated from the
 * `/v`, `/n` and `/a` lemmas), the suggested wording and the named conditions, so the page cannot drift
 * from what the rule does.
 */
function termsSection(rule: Rule): string[] {
  if (!rule.terms?.length) return [];
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = rule.terms.map((t) => {
    const term = { ...rule.defaults, ...t };
    const patterns = (Array.isArray(t.match) ? t.match : [t.match]).map((m) => `\`${cell(m)}\``).join('<br>');
    const suggest = (term.suggest ?? []).map((x) => cell(x)).join('; ') || '—';
    const conditions = [...(term.when ?? []).map((w) => `when ${w}`), ...[...(rule.defaults?.unless ?? []), ...(t.unless ?? [])].map((u) => `unless ${u}`)];
    return `| ${patterns} | ${suggest} | ${conditions.join(', ') || '—'} |`;
  });
  return [
    '## What it looks for',
    '',
    'Patterns are written in the rule file (see [the pattern language](../engine/terms.md)); `/v` and `/n` words match every inflection.',
    '',
    '| Pattern | Suggestion | Conditions |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ];
}

const sev = (rule: Rule, mode: Mode) => rule.severity[mode];

/** The "why", "better wording" and "not flagged" sections, shared by the rule page and SARIF help. */
export function ruleHelpSections(rule: Rule): string[] {
  const d = rule.docs;
  return [
    '## Why it matters',
    '',
    d.why,
    '',
    '## Better wording',
    '',
    d.prefer,
    ...(d.exceptions.length ? ['', '## Not flagged', '', ...d.exceptions.map((e) => `- ${e}`)] : []),
  ];
}

export function renderRulePage(rule: Rule): string {
  const d = rule.docs;
  const lines = [
    `<!-- Generated from server/src/engine/rules by \`npm run generate\`. Edit the rule file, not this page. -->`,
    `# ${rule.id}`,
    '',
    `**Family:** ${familyTitle(rule.family)} · **Default severity:** clinical notes: ${sev(rule, 'clinical')}, reflections: ${sev(rule, 'reflection')}`,
    '',
    d.summary,
    '',
    ...ruleHelpSections(rule),
    '',
    '## Examples',
    '',
    'Flagged (the reported span in bold):',
    '',
    ...rule.examples.flagged.map((e) => exampleLine(e, true)),
    '',
    'Not flagged:',
    '',
    ...rule.examples.clean.map((e) => exampleLine(e, false)),
    '',
    ...termsSection(rule),
    '## Sources',
    '',
    ...d.sources.map((id) => {
      const s = SOURCES[id];
      return `- ${id === 'seed' ? 'Source text' : id}: ${s.title}. ${s.url.startsWith('http') ? `<${s.url}>` : `[${s.url}](../${s.url.replace(/^docs\//, '')})`}`;
    }),
    '',
    '## Turning it off',
    '',
    '```markdown',
    `<!-- rapport-disable-next-line ${rule.id} -->`,
    '```',
    '',
    `or \`"rules": { "${rule.id}": "off" }\` in \`.rapportrc.json\`.`,
    '',
  ];
  return lines.join('\n');
}

export function renderRuleIndex(rules: readonly Rule[], messages: ReadonlyArray<{ id: string; summary: string }> = []): string {
  const lines = [
    `<!-- Generated from server/src/engine/rules by \`npm run generate\`. -->`,
    '# Rules',
    '',
    'Default severities are given for clinical notes / student reflections. Every rule can be set to `error`, `warning`, `info`, `hint` or `off` per project, per folder, or per note.',
    '',
  ];
  for (const family of FAMILIES) {
    const inFamily = rules.filter((r) => r.family === family);
    if (inFamily.length === 0) continue;
    lines.push(`## ${familyTitle(family)} (\`${family}\`)`, '', '| Rule | Flags | Clinical | Reflection |', '| --- | --- | --- | --- |');
    for (const r of inFamily) lines.push(`| [${r.id}](${r.id}.md) | ${r.docs.summary.replace(/\|/g, '\\|')} | ${sev(r, 'clinical')} | ${sev(r, 'reflection')} |`);
    lines.push('');
  }
  if (messages.length) {
    lines.push('## Messages from Rapport itself', '', '| Id | Meaning |', '| --- | --- |');
    for (const m of messages) lines.push(`| [${m.id}](${m.id}.md) | ${m.summary.replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** One entry of docs/rules/index.json: what the editor's "Show Rule Documentation" picker lists. */
export interface CatalogueEntry {
  id: string;
  family: string;
  familyTitle: string;
  summary: string;
}

/**
 * docs/rules/index.json: every rule (and message from Rapport itself) with its family and one-line summary, in
 * documentation order. Shipped beside the pages, so the editor can list them without loading the engine.
 */
export function renderRuleCatalogue(rules: readonly Rule[], messages: ReadonlyArray<{ id: string; summary: string }> = []): string {
  const entries: CatalogueEntry[] = [];
  for (const family of FAMILIES) {
    for (const r of rules) if (r.family === family) entries.push({ id: r.id, family, familyTitle: familyTitle(family), summary: r.docs.summary });
  }
  for (const m of messages) entries.push({ id: m.id, family: 'engine', familyTitle: 'Messages from Rapport itself', summary: m.summary });
  return JSON.stringify(entries, null, 2) + '\n';
}
