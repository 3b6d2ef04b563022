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

/**
 * Copies the source characters of every prose text node below `node` into `mask`. Iterative, with an
 * explicit stack: nesting is bounded only by the input (5,000 levels of emphasis overflowed the call stack).
 */
function reveal(root: Nodes, source: string, base: number, mask: string[]): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (OPAQUE.has(node.type) || isAutolink(node)) continue;
    if (node.type === 'text') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) continue;
      for (let i = s; i < e; i++) mask[i - base] = source[i]!;
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
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
 * Parses one block and returns its prose runs. Callers bound what reaches the parser (see units.ts).
 * @param offset document offset of `source[0]`, added to every run start.
 */
export function proseRuns(source: string, offset = 0): ProseRun[] {
  return runsOf(parseMarkdown(source), source, offset);
}

/** The prose runs of a parsed block (exported for tests of trees the parser would take long to build). */
export function runsOf(tree: Root, source: string, offset: number): ProseRun[] {
  const runs: ProseRun[] = [];
  // Depth-first in document order with an explicit stack (see `reveal`).
  const stack: Array<{ node: Nodes; inBlockquote: boolean }> = [{ node: tree, inBlockquote: false }];
  while (stack.length) {
    const { node, inBlockquote } = stack.pop()!;
    if (OPAQUE.has(node.type)) continue;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const run = toRun(node, node.type, source, offset, inBlockquote);
      if (run) runs.push(run);
      continue;
    }
    if ('children' in node) {
      const quoted = inBlockquote || node.type === 'blockquote';
      const children = (node as Parents).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, inBlockquote: quoted });
    }
  }
  return runs;
}
