/**
 * Completion and hover for the Rapport keys of a note's YAML front matter (`mode`, `language-preference`,
 * `patient-identifies-as`, `rules`) and their values. Works on the text alone: the front matter is the block
 * between a first line `---` and the next `---` (or `...`) line.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FAMILIES, RULES } from '../engine/index.ts';

interface KeyInfo {
  key: string;
  doc: string;
  values?: Array<{ value: string; doc: string }>;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

export const FRONT_MATTER_KEYS: readonly KeyInfo[] = [
  {
    key: 'mode',
    doc: 'Which defaults the rules use for this note. Wins over the file name, the project file and the editor setting.',
    values: [
      { value: 'clinical', doc: 'Clinical notes: evaluations, daily notes, progress reports, discharge summaries.' },
      { value: 'reflection', doc: 'Student reflections: stricter on judgments of the patient; identifiers are errors.' },
    ],
  },
  {
    key: 'language-preference',
    doc: 'Person-first or identity-first language for this note (APA 7: the person\'s preference wins).',
    values: [
      { value: 'person-first', doc: 'Flag identity-first forms ("autistic man"); suggest "man with autism".' },
      { value: 'identity-first', doc: 'Flag person-first forms ("person with autism"); suggest "autistic person".' },
      { value: 'ask', doc: 'Flag both forms as information: a reminder to ask the person.' },
    ],
  },
  {
    key: 'patient-identifies-as',
    doc: 'Identity terms the person uses for themself, such as `[autistic]`, `[Deaf]` or `[disabled]`. Never flagged, and they decide person-first or identity-first for the note.',
  },
  {
    key: 'rules',
    doc: 'Severity per rule id or family for this note only: `error`, `warning`, `info`, `hint` or `off`, e.g. `rules: { dignity.collective-we: off }`.',
  },
];

/** The line range of the front matter's content (exclusive of the fences), if the note has one. */
function frontMatterLines(doc: TextDocument): { first: number; last: number } | undefined {
  if (doc.lineCount < 2 || lineText(doc, 0).trimEnd() !== '---') return undefined;
  for (let line = 1; line < Math.min(doc.lineCount, 200); line++) {
    if (/^(---|\.\.\.)\s*$/.test(lineText(doc, line))) return { first: 1, last: line - 1 };
  }
  return undefined;
}

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$/, '');
}

const inFrontMatter = (doc: TextDocument, position: Position) => {
  const range = frontMatterLines(doc);
  return !!range && position.line >= range.first && position.line <= range.last;
};

/** The top-level key whose block holds this line (for indented lines under `rules:`). */
function parentKey(doc: TextDocument, line: number): string | undefined {
  for (let l = line; l >= 1; l--) {
    const m = /^([A-Za-z][\w-]*)\s*:/.exec(lineText(doc, l));
    if (m) return m[1];
  }
  return undefined;
}

export function frontMatterCompletion(doc: TextDocument, position: Position): CompletionItem[] {
  if (!inFrontMatter(doc, position)) return [];
  const before = lineText(doc, position.line).slice(0, position.character);
  const keyValue = /^([A-Za-z][\w-]*)\s*:\s*(\S*)$/.exec(before);
  if (keyValue) {
    const info = FRONT_MATTER_KEYS.find((k) => k.key === keyValue[1]);
    return (info?.values ?? []).map((v) => ({ label: v.value, kind: CompletionItemKind.EnumMember, documentation: v.doc }));
  }
  if (/^\s+[\w.-]*$/.test(before) && parentKey(doc, position.line) === 'rules') {
    const ids = [...RULES.map((r) => r.id), ...FAMILIES];
    return ids.map((id) => ({
      label: id,
      kind: CompletionItemKind.Property,
      insertText: `${id}: \${1|${SEVERITIES.join(',')}|}`,
      insertTextFormat: InsertTextFormat.Snippet,
      documentation: RULES.find((r) => r.id === id)?.docs.summary ?? `Every rule of the ${id} family.`,
    }));
  }
  if (!/^[\w-]*$/.test(before)) return [];
  const used = new Set<string>();
  const range = frontMatterLines(doc)!;
  for (let l = range.first; l <= range.last; l++) if (l !== position.line) used.add(/^([\w-]+)\s*:/.exec(lineText(doc, l))?.[1] ?? '');
  return FRONT_MATTER_KEYS.filter((k) => !used.has(k.key)).map((k) => ({
    label: k.key,
    kind: CompletionItemKind.Property,
    insertText: k.values ? `${k.key}: \${1|${k.values.map((v) => v.value).join(',')}|}` : k.key === 'rules' ? 'rules:\n  $0' : `${k.key}: [$0]`,
    insertTextFormat: InsertTextFormat.Snippet,
    documentation: { kind: MarkupKind.Markdown, value: k.doc },
  }));
}

export function frontMatterHover(doc: TextDocument, position: Position): Hover | null {
  if (!inFrontMatter(doc, position)) return null;
  const text = lineText(doc, position.line);
  const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(text);
  if (!m) return null;
  const info = FRONT_MATTER_KEYS.find((k) => k.key === m[1]);
  if (!info) return null;
  const valueStart = text.length - m[2]!.length;
  const value = info.values?.find((v) => v.value === m[2]!.trim());
  const onValue = value && position.character >= valueStart;
  const lines = [`**${info.key}** (Rapport) — ${info.doc}`];
  if (onValue) lines.push('', `\`${value.value}\`: ${value.doc}`);
  else if (info.values) lines.push('', ...info.values.map((v) => `- \`${v.value}\`: ${v.doc}`));
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
    range: onValue
      ? { start: { line: position.line, character: valueStart }, end: { line: position.line, character: text.length } }
      : { start: { line: position.line, character: 0 }, end: { line: position.line, character: m[1]!.length } },
  };
}
