/**
 * The prose view: the parts of a Markdown block that are words a person wrote
 * about a patient, with every offset still pointing at the source.
 *
 * Each run is the source slice of one paragraph, heading or table cell in which
 * every character that is not prose (markup, inline code, HTML, link targets,
 * images, autolinks) is replaced by a space. Line breaks are kept. Because the
 * masked text has the same length as the source slice, an offset in a run plus
 * the run's start is an offset in the document: CRLF line endings, astral
 * characters and escapes need no mapping at all.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parents, Root } from 'mdast';

export type RunKind = 'paragraph' | 'heading' | 'tableCell';

export interface ProseRun {
  /** Document offset of text[0]. */
  start: number;
  /** Masked source text (same length as the source slice). */
  text: string;
  kind: RunKind;
  /** Inside a `>` blockquote. */
  inBlockquote: boolean;
}

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/** Node types whose text is never prose. */
const OPAQUE = new Set(['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition', 'yaml', 'footnoteDefinition', 'thematicBreak']);

function isAutolink(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const child = node.children[0]!;
  if (child.type !== 'text') return false;
  const url = node.url.replace(/^mailto:/, '');
  return child.value === node.url || child.value === url || /^(https?:|www\.)/i.test(child.value);
}

/** Copies the source characters of every prose text node below `node` into `mask`. */
function reveal(node: Nodes, source: string, base: number, mask: string[]): void {
  if (OPAQUE.has(node.type) || isAutolink(node)) return;
  if (node.type === 'text') {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined) return;
    for (let i = s; i < e; i++) mask[i - base] = source[i]!;
    return;
  }
  if ('children' in node) for (const child of node.children) reveal(child as Nodes, source, base, mask);
}

function toRun(node: Nodes, kind: RunKind, source: string, offset: number, inBlockquote: boolean): ProseRun | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined || e <= s) return undefined;
  const mask: string[] = new Array(e - s);
  for (let i = s; i < e; i++) {
    const c = source[i]!;
    mask[i - s] = c === '\n' || c === '\r' ? c : ' ';
  }
  reveal(node, source, s, mask);
  const text = mask.join('');
  if (text.trim() === '') return undefined;
  return { start: offset + s, text, kind, inBlockquote };
}

/**
 * Parses one block and returns its prose runs.
 * @param offset document offset of `source[0]`, added to every run start.
 */
export function proseRuns(source: string, offset = 0): ProseRun[] {
  if (tooDeep(source)) return flatRuns(source, offset);
  const runs: ProseRun[] = [];
  const visit = (node: Nodes, inBlockquote: boolean): void => {
    if (OPAQUE.has(node.type)) return;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const kind: RunKind = node.type;
      const run = toRun(node, kind, source, offset, inBlockquote);
      if (run) runs.push(run);
      return;
    }
    if ('children' in node) {
      const quoted = inBlockquote || node.type === 'blockquote';
      for (const child of (node as Parents).children) visit(child as Nodes, quoted);
    }
  };
  visit(parseMarkdown(source), false);
  return runs;
}

/**
 * Container markers (indentation, `>`, list bullets) longer than this at the start of a line mean hundreds of
 * nested lists or quotes: the Markdown parser takes time quadratic in the depth there (a 1,000-level list
 * takes close to a minute), so such a block is read line by line instead, with the markers masked.
 */
const MAX_CONTAINER_PREFIX = 256;
const CONTAINER_PREFIX = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;

function tooDeep(source: string): boolean {
  let at = 0;
  while (at < source.length) {
    const nl = source.indexOf('\n', at);
    const end = nl === -1 ? source.length : nl;
    if (end - at > MAX_CONTAINER_PREFIX && CONTAINER_PREFIX.exec(source.slice(at, Math.min(end, at + MAX_CONTAINER_PREFIX * 4)))![0].length > MAX_CONTAINER_PREFIX) return true;
    at = end + 1;
  }
  return false;
}

/** One paragraph run per line, container markers masked: the words are still linted, offsets unchanged. */
function flatRuns(source: string, offset: number): ProseRun[] {
  const runs: ProseRun[] = [];
  let at = 0;
  while (at < source.length) {
    const nl = source.indexOf('\n', at);
    const end = nl === -1 ? source.length : nl;
    const line = source.slice(at, end);
    const prefix = CONTAINER_PREFIX.exec(line)![0];
    const text = ' '.repeat(prefix.length) + line.slice(prefix.length);
    if (text.trim() !== '') runs.push({ start: offset + at, text, kind: 'paragraph', inBlockquote: prefix.includes('>') });
    at = end + 1;
  }
  return runs;
}
