/**
 * Splits a Markdown document into top-level blocks without parsing it.
 *
 * Blocks are the unit of caching and of lazy parsing: a keystroke changes one
 * block, so only that block is parsed and linted again, and a block that holds
 * no trigger word is never parsed at all. The scanner only has to agree with
 * CommonMark about where blank lines may split a document: not inside fenced
 * code, not inside a multi-line HTML comment or other HTML block that only its
 * end condition closes (<pre>, <script>, <?…?>, <!DOCTYPE…>, CDATA), and not
 * inside front matter.
 */

export interface Block {
  /** Offset of the block's first character in the document. */
  start: number;
  text: string;
}

export interface FrontMatter {
  /** Range of the whole front matter including the `---` fences. */
  start: number;
  end: number;
  /** Range of the YAML between the fences. */
  yamlStart: number;
  yaml: string;
}

export interface BlockScan {
  frontMatter: FrontMatter | undefined;
  blocks: Block[];
  /** Ranges [start, end) of fenced code, in which directives and headings mean nothing. */
  codeRanges: Array<[number, number]>;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/**
 * HTML blocks that blank lines do not end (CommonMark kinds 1, 3, 4 and 5;
 * comments, kind 2, are handled on their own): the start of the line, and
 * what ends the block.
 */
const HTML_BLOCKS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

interface Line {
  start: number;
  /** Without the line terminator. */
  text: string;
  /** Offset just past the line terminator. */
  next: number;
}

const EOL = /\r\n?|\n/g;

/**
 * The line starting at `pos`, as CommonMark reads lines: CR, LF and CRLF each end one. In a note without CR
 * (`hasCr` false) the line ends at the next LF, found by `indexOf`: several times faster than the regular
 * expression, and this runs over the whole note on every keystroke.
 */
function lineAt(text: string, pos: number, hasCr: boolean): Line {
  if (!hasCr) {
    const nl = text.indexOf('\n', pos);
    return nl === -1 ? { start: pos, text: text.slice(pos), next: text.length } : { start: pos, text: text.slice(pos, nl), next: nl + 1 };
  }
  EOL.lastIndex = pos;
  const m = EOL.exec(text);
  const end = m ? m.index : text.length;
  return { start: pos, text: text.slice(pos, end), next: m ? end + m[0].length : text.length };
}

function scanFrontMatter(text: string): FrontMatter | undefined {
  const first = /^---[ \t]*\r?\n/.exec(text);
  if (!first) return undefined;
  const yamlStart = first[0].length;
  const hasCr = text.includes('\r');
  for (let pos = yamlStart; pos < text.length; ) {
    const line = lineAt(text, pos, hasCr);
    pos = line.next;
    if (/^(---|\.\.\.)[ \t]*$/.test(line.text)) {
      return { start: 0, end: line.next, yamlStart, yaml: text.slice(yamlStart, line.start) };
    }
  }
  // Unterminated: CommonMark reads it as a thematic break followed by text.
  return undefined;
}

export function scanBlocks(text: string): BlockScan {
  const frontMatter = scanFrontMatter(text);
  const blocks: Block[] = [];
  const codeRanges: Array<[number, number]> = [];
  let blockStart = -1;
  let fence: { char: string; length: number; start: number } | undefined;
  let inComment = false;
  let htmlEnd: RegExp | undefined;

  const close = (end: number): void => {
    if (blockStart >= 0 && end > blockStart) blocks.push({ start: blockStart, text: text.slice(blockStart, end) });
    blockStart = -1;
  };

  const hasCr = text.includes('\r');
  for (let pos = frontMatter ? frontMatter.end : 0; pos < text.length; ) {
    const line = lineAt(text, pos, hasCr);
    pos = line.next;
    if (fence) {
      const closing = new RegExp(`^ {0,3}${fence.char === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (closing.test(line.text)) {
        codeRanges.push([fence.start, line.next]);
        fence = undefined;
      }
      continue;
    }
    if (inComment) {
      if (line.text.includes('-->')) inComment = false;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line.text)) htmlEnd = undefined;
      continue;
    }
    if (line.text.trim() === '') {
      close(line.start);
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    const open = FENCE_OPEN.exec(line.text);
    if (open && !(open[1]!.startsWith('`') && line.text.slice(open[0].length).includes('`'))) {
      fence = { char: open[1]![0]!, length: open[1]!.length, start: line.start };
      continue;
    }
    const commentAt = line.text.indexOf('<!--');
    if (commentAt >= 0 && !line.text.includes('-->', commentAt + 4)) inComment = true;
    else if (commentAt < 0 && line.text.includes('<')) {
      const html = HTML_BLOCKS.find(([start]) => start.test(line.text));
      if (html && !html[1].test(line.text.slice(html[0].exec(line.text)![0].length))) htmlEnd = html[1];
    }
  }
  if (fence) codeRanges.push([fence.start, text.length]); // unterminated fence runs to the end
  close(text.length);
  return { frontMatter, blocks, codeRanges };
}
