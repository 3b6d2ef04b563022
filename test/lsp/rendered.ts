/**
 * How a note renders, for tests of edits that must not change it: the whole
 * note parsed as Markdown (GFM, front matter), positions dropped, Rapport
 * directive comments taken out of HTML and the text around them joined.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

const parser = unified().use(remarkParse).use(remarkGfm);
const withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
/**
 * Front matter is only parsed as such when it is closed: remark-frontmatter's failed attempt on an unclosed
 * `---` at the top changes how later lines parse (an empty list item becomes a hard break), which no renderer does.
 */
const CLOSED_FRONT_MATTER = /^---[ \t]*(?:\r\n?|\n)(?:[^]*?(?:\r\n?|\n))?(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/;
/** A directive comment renders as nothing, wherever it stands. */
const DIRECTIVE = /<!--\s*rapport-(?:disable-next-line|disable-line|disable|enable)\b[^>]*?-->/g;

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  [key: string]: unknown;
}

function strip(node: Node): Node {
  const { position: _p, children, ...rest } = node;
  if (!children) return rest;
  const out: Node[] = [];
  for (const child of children) {
    const c = strip(child);
    if (c.type === 'html') {
      c.value = (c.value ?? '').replace(DIRECTIVE, '');
      if (c.value.trim() === '') continue;
    }
    const last = out[out.length - 1];
    if (c.type === 'text' && last?.type === 'text') last.value += c.value ?? '';
    else out.push(c);
  }
  return { ...rest, children: out };
}

/** The rendered tree of a whole note, as a value for deepEqual. */
export function rendered(markdown: string): Node {
  return strip((CLOSED_FRONT_MATTER.test(markdown) ? withFrontMatter : parser).parse(markdown) as unknown as Node);
}

/** Block types, in order, with their children's types: short enough to read in a failure message. */
export function outline(node: Node): string {
  return node.children ? `${node.type}(${node.children.map(outline).join(' ')})` : node.type;
}
