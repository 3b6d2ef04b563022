/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
 * Every rule is described in tool.driver.rules (summary, why, better wording,
 * sources, doc link, default level); results use 1-based lines and columns
 * counted in UTF-16 code units (`columnKind: utf16CodeUnits`); safe fixes are
 * attached as SARIF fixes.
 */
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { DEFAULT_DOCS_BASE, RULES, SOURCES, type Severity, type SeveritySetting } from '../../engine/index.ts';
import type { Rule } from '../../engine/index.ts';
import { familyTitle, ruleHelpSections } from '../../engine/docs/render.ts';
import { suggestionText, type FileFinding, type FileReport } from '../report.ts';

type Level = 'error' | 'warning' | 'note' | 'none';
const LEVEL: Record<SeveritySetting, Level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };

const ENGINE_RULES: Record<string, string> = {
  'rapport.front-matter': 'A problem in the note\'s YAML front matter (settings could not be read).',
  'rapport.unknown-rule': 'A rapport directive names a rule or family that does not exist.',
  'rapport.unlintable': 'The file could not be linted (too large or binary).',
  'vocabulary.term': 'A term the team vocabulary rejects.',
};

const pascal = (id: string) =>
  id
    .split(/[.\-]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

function sourceList(rule: Rule): { text: string; markdown: string } {
  const sources = rule.docs.sources.map((id) => ({ id, ...(SOURCES as Record<string, { title: string; url: string }>)[id]! }));
  return {
    text: sources.map((s) => `- ${s.title}${/^https?:/.test(s.url) ? ` (${s.url})` : ''}`).join('\n'),
    markdown: sources.map((s) => (/^https?:/.test(s.url) ? `- [${s.title}](${s.url})` : `- ${s.title}`)).join('\n'),
  };
}

function ruleDescriptor(rule: Rule, docsBase: string): ReportingDescriptor {
  const d = rule.docs;
  const src = sourceList(rule);
  const helpUri = `${docsBase}${rule.id}.md`;
  const exceptions = d.exceptions.length ? d.exceptions : [];
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: d.summary },
    fullDescription: { text: d.why },
    help: {
      text: [d.summary, '', `Why it matters: ${d.why}`, '', `Better wording: ${d.prefer}`, ...(exceptions.length ? ['', 'Not flagged:', ...exceptions.map((e) => `- ${e}`)] : []), '', 'Sources:', src.text, '', `More: ${helpUri}`].join('\n'),
      markdown: [
        `**${d.summary}**`,
        '',
        ...ruleHelpSections(rule),
        '',
        '## Sources',
        '',
        src.markdown,
        '',
        `[Rule documentation](${helpUri})`,
      ].join('\n'),
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.severity.clinical], enabled: rule.severity.clinical !== 'off' },
    properties: {
      tags: ['rapport', rule.family],
      family: rule.family,
      familyTitle: familyTitle(rule.family),
      reflectionLevel: LEVEL[rule.severity.reflection],
    },
  };
}

function extraDescriptor(id: string, docsUrl: string): ReportingDescriptor {
  const text = ENGINE_RULES[id] ?? `Finding reported by ${id}.`;
  return {
    id,
    name: pascal(id),
    shortDescription: { text },
    fullDescription: { text },
    help: { text: `${text}\n\nMore: ${docsUrl}`, markdown: `${text}\n\n[Documentation](${docsUrl})` },
    helpUri: docsUrl,
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['rapport'] },
  };
}

/** A relative path becomes a URI reference against %SRCROOT% (the working directory); others stay absolute file URIs. */
function artifactLocation(file: FileReport): { uri: string; uriBaseId?: string } {
  const p = file.displayPath.replace(/\\/g, '/');
  if (!p.startsWith('/') && !/^[a-zA-Z]:\//.test(p) && !p.startsWith('<')) {
    return { uri: p.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  if (p.startsWith('<')) return { uri: encodeURIComponent(p) };
  return { uri: pathToFileURL(file.path).href };
}

function region(f: FileFinding) {
  return {
    startLine: f.range.start.line + 1,
    startColumn: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  };
}

export function formatSarif(files: readonly FileReport[], options: { cwd: string; version: string; docsBase?: string }): string {
  const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
  const rules: ReportingDescriptor[] = RULES.map((r) => ruleDescriptor(r, docsBase));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: Result[] = [];
  const notifications: NonNullable<NonNullable<Log['runs'][number]['invocations']>[number]['toolExecutionNotifications']> = [];
  for (const file of files) {
    const location = artifactLocation(file);
    if (file.error) {
      notifications.push({ level: 'error', message: { text: file.error }, locations: [{ physicalLocation: { artifactLocation: location } }] });
    }
    for (const f of file.findings) {
      let ruleIndex = index.get(f.ruleId);
      if (ruleIndex === undefined) {
        ruleIndex = rules.push(extraDescriptor(f.ruleId, f.docsUrl)) - 1;
        index.set(f.ruleId, ruleIndex);
      }
      const result: Result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity as Severity],
        message: { text: f.message + suggestionText(f) },
        locations: [{ physicalLocation: { artifactLocation: location, region: { ...region(f), snippet: { text: f.text } } } }],
        properties: { family: f.family, severity: f.severity, fix: f.fix },
      };
      if (f.fix === 'safe' && f.suggestions[0] !== undefined) {
        result.fixes = [
          {
            description: { text: `Replace "${f.text}" with "${f.suggestions[0]}"` },
            artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region(f), insertedContent: { text: f.suggestions[0] } }] }],
          },
        ];
      }
      results.push(result);
    }
  }
  const root = pathToFileURL(options.cwd).href;
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Rapport',
            fullName: 'Rapport — respectful clinical notes',
            informationUri: 'https://github.com/rapport-notes/rapport',
            version: options.version,
            ...(/^\d+\.\d+\.\d+/.test(options.version) ? { semanticVersion: options.version } : {}),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
