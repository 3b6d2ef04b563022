/**
 * Random incremental edits for the language-server fuzz test: Markdown
 * constructs, flagged and clean clinical phrases, astral characters, CR, LF
 * and CRLF, now and then a huge line, and ranges no editor should send
 * (negative, past the end, reversed, fractional, between CR and LF, inside a
 * surrogate pair). The same seed gives the same edits.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validOffsets } from '../../server/src/lsp/document-sync.ts';
import { seededRandom } from '../../scripts/lib/random.mjs';

const PHRASES = [
  'Pt is wheelchair-bound',
  'suffers from MS',
  'Pt refused stretching',
  'c/o R calf pain',
  'the diabetic in room 12',
  'drug-seeking',
  'Insulin 10 U QD',
  'non-compliant with HEP',
  'resistance band',
  'diabetic foot exam',
  'Lachman negative',
  'Pt said "I refuse to be wheelchair-bound"',
  'ambulated 150 ft',
  'HR 72 bpm',
  'Naren',
];
const MARKUP = ['- ', '* ', '1. ', '> ', '# ', '## ', '**', '*', '_', '`', '``', '[', '](http://x.test)', '![img](a.png)', '<!-- ', ' -->', '|', '| --- |', '---', '```', '~~~', '\\', '  ', '\t', '<br>', '[^1]', '[^1]: note', '<!-- rapport-disable-line -->', '<!-- rapport-disable-next-line pfl.wheelchair-bound -->', '<!-- rapport-disable adhere -->', '<!-- rapport-enable -->'];
const ASTRAL = ['😀', '𝒜', '🧑‍🦽', '\u{1F3FD}', 'é', 'ß'];
const EOLS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r'];

export interface FuzzChange {
  range?: { start: { line: unknown; character: unknown }; end: { line: unknown; character: unknown } };
  text: string;
}

export class EditStream {
  readonly random: () => number;
  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }

  /** A short run of text to insert. */
  snippet(): string {
    const parts: string[] = [];
    const n = 1 + this.int(6);
    for (let i = 0; i < n; i++) {
      const r = this.random();
      if (r < 0.35) parts.push(this.pick(PHRASES));
      else if (r < 0.6) parts.push(this.pick(MARKUP));
      else if (r < 0.72) parts.push(this.pick(ASTRAL));
      else if (r < 0.9) parts.push(this.pick(EOLS));
      else parts.push(' ');
      if (this.random() < 0.5) parts.push(' ');
    }
    return parts.join('');
  }

  /** A line of 10,000 to 20,000 characters (flagged words included). */
  hugeLine(): string {
    const words: string[] = [];
    let length = 0;
    const target = 10_000 + this.int(10_000);
    while (length < target) {
      const w = this.random() < 0.1 ? this.pick(PHRASES) : this.pick(['pt', 'reports', 'pain', 'and', 'fatigue', '😀', '**x**', '`c`']);
      words.push(w);
      length += w.length + 1;
    }
    return words.join(' ') + this.pick(EOLS);
  }

  /** A whole note to start from. */
  note(): string {
    let text = '';
    const blocks = 3 + this.int(8);
    for (let i = 0; i < blocks; i++) text += this.snippet() + this.pick(EOLS);
    return text;
  }

  /** A position the way a client should send it: a line of the document and a character on it (maybe inside a pair). */
  private position(doc: TextDocument): { line: number; character: number } {
    const line = this.int(doc.lineCount);
    const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    return { line, character: this.int(lineText.length + 1) };
  }

  /** A position no editor should send. */
  private hostile(doc: TextDocument): { line: unknown; character: unknown } {
    const p = this.position(doc);
    switch (this.int(7)) {
      case 0:
        return { line: doc.lineCount + this.int(5), character: this.int(4) }; // past the last line
      case 1:
        return { line: -1 - this.int(3), character: p.character };
      case 2:
        return { line: p.line, character: p.character + 1 + this.int(200) }; // past the line end (between CR and LF on a CRLF line)
      case 3:
        return { line: p.line + 0.5, character: p.character + 0.25 };
      case 4:
        return { line: p.line, character: -5 };
      case 5:
        return { line: Number.MAX_SAFE_INTEGER, character: 0 };
      default:
        return { line: doc.lineCount, character: 0 }; // one past the end
    }
  }

  /** The content changes of one didChange (each applies to the text the previous one left). */
  changes(doc: TextDocument, maxLength: number): FuzzChange[] {
    const count = 1 + (this.random() < 0.2 ? this.int(3) : 0);
    const out: FuzzChange[] = [];
    let current = doc;
    for (let i = 0; i < count; i++) {
      const change = this.change(current, maxLength);
      out.push(change);
      current = TextDocument.create(doc.uri, 'markdown', 0, applyAsEditor(current.getText(), change));
    }
    return out;
  }

  private change(doc: TextDocument, maxLength: number): FuzzChange {
    const length = doc.getText().length;
    if (this.random() < 0.01) return { text: this.note() };
    if (length > maxLength) {
      // Too long: cut a large piece out, so the note stays within the test's budget.
      const start = this.int(Math.floor(length / 2));
      return { range: { start: doc.positionAt(start), end: doc.positionAt(start + Math.floor(length / 2)) }, text: '' };
    }
    const hostile = this.random() < 0.15;
    const start = hostile ? this.hostile(doc) : this.position(doc);
    const r = this.random();
    const end = r < 0.5 ? start : hostile && r < 0.7 ? this.hostile(doc) : this.position(doc);
    const kind = this.random();
    const text = kind < 0.25 ? '' : kind < 0.26 ? this.hugeLine() : this.snippet();
    return { range: { start, end }, text };
  }
}

/** What an editor holds after a change: the range validated against the text as it is, then replaced. */
export function applyAsEditor(text: string, change: FuzzChange): string {
  if (!change.range) return change.text;
  const offsets = validOffsets(TextDocument.create('file:///model.md', 'markdown', 0, text), change.range);
  if (!offsets) return text;
  return text.slice(0, offsets.start) + change.text + text.slice(offsets.end);
}
