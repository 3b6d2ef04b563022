/**
 * Whether inserting a directive comment leaves a note rendering as before.
 *
 * A note is a record that is read in its rendered form (the preview, an export),
 * so a disable comment may only add an HTML comment node: the Markdown tree with
 * directive comments taken out, adjacent text merged and positions ignored must
 * be the same before and after. Only the blank-line-delimited stretch around the
 * edit is parsed (the same unit the engine parses), which keeps the check cheap
 * on long notes.
 */
import type { Nodes } from 'mdast';
import { scanDirectives, lineStarts } from '../engine/directives.ts';
import { parseMarkdown } from '../engine/prose/parse.ts';
import type { OffsetEdit } from './fixes.ts';

/** Stretches longer than this are not parsed for a quick fix (no editor-time budget covers them). */
export const MAX_CHECKED_LENGTH = 16 * 1024;

type Plain = { type: string; value?: string; children?: Plain[] } & Record<string, unknown>;

/** An HTML node that holds nothing but one Rapport directive. */
function isDirectiveOnly(value: string): boolean {
  const found = scanDirectives(value, []);
  return found.length === 1 && value.slice(0, found[0]!.start).trim() === '' && value.slice(found[0]!.end).trim() === '';
}

function plain(node: Nodes): Plain {
  const { position: _position, ...rest } = node as Nodes & { children?: Nodes[] };
  if (!('children' in rest) || !rest.children) return rest as Plain;
  const children: Plain[] = [];
  for (const child of rest.children) {
    if (child.type === 'html' && isDirectiveOnly(child.value)) continue;
    const c = plain(child);
    const last = children[children.length - 1];
    if (c.type === 'text' && last?.type === 'text') last.value = (last.value ?? '') + (c.value ?? '');
    else children.push(c);
  }
  return { ...(rest as Plain), children };
}

/** The rendered structure of some Markdown, as a string that compares equal for equal renderings. */
export function renderedShape(markdown: string): string {
  return JSON.stringify(plain(parseMarkdown(markdown)));
}

const isBlank = (line: string) => /^[ \t]*[\r\n]*$/.test(line);

/**
 * [start, end) of the lines around line `line` (`starts` are the line starts)
 * up to the nearest blank lines, not reaching above `floor`.
 */
export function stretchAround(text: string, starts: readonly number[], line: number, floor = 0): [number, number] {
  const lineText = (i: number) => text.slice(starts[i], starts[i + 1] ?? text.length);
  let first = line;
  let last = line;
  while (first > 0 && starts[first - 1]! >= floor && !isBlank(lineText(first - 1))) first--;
  while (last + 1 < starts.length && !isBlank(lineText(last + 1))) last++;
  return [Math.max(starts[first]!, floor), starts[last + 1] ?? text.length];
}

/**
 * A test for insertions inside the stretch [from, to) of `text`: whether one
 * keeps the stretch rendering as before. Undefined when the stretch is too
 * long or too deep to check, so no claim about the rendering can be made.
 */
export function renderingKeeper(text: string, [from, to]: [number, number]): ((edit: OffsetEdit) => boolean) | undefined {
  if (to - from > MAX_CHECKED_LENGTH) return undefined;
  const shape = (markdown: string) => {
    try {
      return renderedShape(markdown);
    } catch {
      return undefined; // a tree too deep to walk
    }
  };
  const before = shape(text.slice(from, to));
  if (before === undefined) return undefined;
  return (e) => e.start >= from && e.end <= to && shape(text.slice(from, e.start) + e.newText + text.slice(e.end, to)) === before;
}
