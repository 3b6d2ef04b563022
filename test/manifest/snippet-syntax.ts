/**
 * A strict parser for the subset of VS Code snippet syntax that Rapport's
 * snippets use (tab stops, placeholders, choices, escapes), plus helpers to
 * expand a body to the plain text a clinician sees before typing anything.
 *
 * Stricter than VS Code on purpose: VS Code silently keeps a stray `$` or an
 * unbalanced `}` as literal text, which in a template is almost always a typo.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string };

export interface SnippetEntry {
  name: string;
  scope?: unknown;
  prefix: unknown;
  body: unknown;
  description: unknown;
}

export const SNIPPETS_PATH = path.resolve(__dirname, '../../snippets/clinical-notes.code-snippets');

export function readSnippetFile(): string {
  return readFileSync(SNIPPETS_PATH, 'utf8');
}

export function loadSnippets(): SnippetEntry[] {
  const data = JSON.parse(readSnippetFile()) as Record<string, Record<string, unknown>>;
  return Object.entries(data).map(([name, value]) => ({
    name,
    scope: value.scope,
    prefix: value.prefix,
    body: value.body,
    description: value.description,
  }));
}

export function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (Array.isArray(body) && body.every((line) => typeof line === 'string')) return body.join('\n');
  throw new Error('snippet body must be a string or an array of strings');
}

export class SnippetSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} at offset ${offset}`);
  }
}

export function parseSnippet(source: string): SnippetNode[] {
  let i = 0;

  const readInt = (): number | undefined => {
    const m = /^[0-9]+/.exec(source.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[0]);
  };

  const parseChoice = (index: number, start: number): SnippetNode => {
    // After "${N|": options separated by unescaped commas, closed by "|}".
    const options: string[] = [];
    let current = '';
    while (i < source.length) {
      const ch = source[i]!;
      if (ch === '\\' && i + 1 < source.length && ',|\\$}'.includes(source[i + 1]!)) {
        current += source[i + 1];
        i += 2;
      } else if (ch === ',') {
        options.push(current);
        current = '';
        i++;
      } else if (ch === '|') {
        if (source[i + 1] !== '}') throw new SnippetSyntaxError('"|" inside a choice must be escaped or close it as "|}"', i);
        options.push(current);
        i += 2;
        return { kind: 'choice', index, options };
      } else if (ch === '\n') {
        throw new SnippetSyntaxError('unterminated choice', start);
      } else {
        current += ch;
        i++;
      }
    }
    throw new SnippetSyntaxError('unterminated choice', start);
  };

  const parseDollar = (): SnippetNode => {
    const start = i;
    i++; // $
    const bare = readInt();
    if (bare !== undefined) return { kind: 'tabstop', index: bare };
    const name = /^[A-Za-z_][A-Za-z_0-9]*/.exec(source.slice(i));
    if (name) {
      i += name[0].length;
      return { kind: 'variable', name: name[0] };
    }
    if (source[i] !== '{') throw new SnippetSyntaxError('a "$" that starts no tab stop must be escaped as "\\\\$"', start);
    i++; // {
    const index = readInt();
    if (index === undefined) {
      const varName = /^[A-Za-z_][A-Za-z_0-9]*/.exec(source.slice(i));
      if (!varName) throw new SnippetSyntaxError('"${" must be followed by a tab-stop number', start);
      i += varName[0].length;
      // Skip a variable's default/transform up to the matching brace.
      parseNodes(true);
      return { kind: 'variable', name: varName[0] };
    }
    const next = source[i];
    if (next === '}') {
      i++;
      return { kind: 'tabstop', index };
    }
    if (next === ':') {
      i++;
      const children = parseNodes(true);
      return { kind: 'placeholder', index, children };
    }
    if (next === '|') {
      i++;
      return parseChoice(index, start);
    }
    throw new SnippetSyntaxError(`unexpected ${JSON.stringify(next ?? 'end of body')} after "\${${index}"`, i);
  };

  /** Parses until the end (top level) or an unescaped "}" (inside a placeholder). */
  const parseNodes = (nested: boolean): SnippetNode[] => {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    const openedAt = i;
    while (i < source.length) {
      const ch = source[i]!;
      if (ch === '\\' && i + 1 < source.length && '$}\\'.includes(source[i + 1]!)) {
        text += source[i + 1];
        i += 2;
      } else if (ch === '$') {
        flush();
        nodes.push(parseDollar());
      } else if (ch === '}') {
        if (!nested) throw new SnippetSyntaxError('unbalanced "}" (escape it as "\\\\}")', i);
        i++;
        flush();
        return nodes;
      } else {
        text += ch;
        i++;
      }
    }
    if (nested) throw new SnippetSyntaxError('unterminated placeholder', openedAt);
    flush();
    return nodes;
  };

  return parseNodes(false);
}

/** Every tab-stop-like node, depth first. */
export function walk(nodes: SnippetNode[], visit: (node: SnippetNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.kind === 'placeholder') walk(node.children, visit);
  }
}

/**
 * Plain text of a snippet: placeholders become their default text, choices a
 * chosen option (`choose(index, options)`, first by default), bare tab stops
 * mirror their placeholder if one exists and are empty otherwise.
 */
export function expand(nodes: SnippetNode[], choose: (index: number, options: string[]) => string = (_i, o) => o[0] ?? ''): string {
  const defaults = new Map<number, SnippetNode>();
  walk(nodes, (n) => {
    if ((n.kind === 'placeholder' || n.kind === 'choice') && !defaults.has(n.index)) defaults.set(n.index, n);
  });
  const render = (list: SnippetNode[], seen: Set<number>): string =>
    list
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'placeholder':
            return render(n.children, seen);
          case 'choice':
            return choose(n.index, n.options);
          case 'variable':
            return '';
          case 'tabstop': {
            const def = defaults.get(n.index);
            if (!def || seen.has(n.index)) return '';
            if (def.kind === 'choice') return choose(def.index, def.options);
            if (def.kind === 'placeholder') return render(def.children, new Set([...seen, n.index]));
            return '';
          }
        }
      })
      .join('');
  return render(nodes, new Set());
}

/**
 * The texts a body can expand to: first choices everywhere, then, for each
 * choice, every other option (with the rest at their first option).
 */
export function expansions(nodes: SnippetNode[]): string[] {
  const choices: Array<{ index: number; options: string[] }> = [];
  walk(nodes, (n) => {
    if (n.kind === 'choice') choices.push({ index: n.index, options: n.options });
  });
  const out = new Set<string>([expand(nodes)]);
  for (const c of choices) {
    for (const option of c.options.slice(1)) {
      out.add(expand(nodes, (index, options) => (index === c.index ? option : (options[0] ?? ''))));
    }
  }
  return [...out];
}
