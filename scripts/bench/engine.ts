/**
 * Engine benchmarks: the keystroke re-lint of a 1,000-line note (what the
 * language server does on every edit) and batch throughput, next to
 * remark-parse's own parsing speed on the same text.
 */
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { Linter } from '../../server/src/engine/index.ts';
import { note, random } from './notes.ts';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

// ---- keystroke re-lint ----
{
  const linter = new Linter();
  let text = note(1000);
  linter.lint(text); // the document as opened
  const times: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < 500; i++) {
    // Type one character somewhere in the note (inside a paragraph line).
    const lines = text.split('\n');
    let line = Math.floor(random() * lines.length);
    while (!/^[A-Za-z]/.test(lines[line]!)) line = (line + 1) % lines.length;
    const col = Math.floor(random() * lines[line]!.length);
    lines[line] = lines[line]!.slice(0, col) + (i % 7 === 0 ? ' ' : 'e') + lines[line]!.slice(col);
    text = lines.join('\n');
    const t0 = performance.now();
    const doc = TextDocument.create('file:///n.md', 'markdown', i, text);
    const { findings } = linter.lint(text);
    for (const f of findings) {
      doc.positionAt(f.start);
      doc.positionAt(f.end);
    }
    times.push(performance.now() - t0);
  }
  // For comparison: the same note linted from scratch each time (no block cache).
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    new Linter().lint(text);
    cold.push(performance.now() - t0);
  }
  console.log(`keystroke re-lint, 1,000-line note (${(text.length / 1024).toFixed(0)} KB), 500 edits:`);
  console.log(`  p50 ${ms(quantile(times, 0.5))}   p95 ${ms(quantile(times, 0.95))}   max ${ms(Math.max(...times))}   (target: p95 ≤ 10 ms)`);
  console.log(`  without the block cache: p50 ${ms(quantile(cold, 0.5))}`);
}

// ---- batch throughput ----
{
  const notes = Array.from({ length: 2000 }, () => note(40 + Math.floor(random() * 40)));
  const bytes = notes.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const mb = bytes / 1024 / 1024;
  const linter = new Linter({ cacheEntries: 0 }); // no cross-note cache: every block is new work
  let findings = 0;
  const t0 = performance.now();
  for (const t of notes) findings += linter.lint(t).findings.length;
  const lintMs = performance.now() - t0;
  const processor = unified().use(remarkParse);
  const t1 = performance.now();
  for (const t of notes) processor.parse(t);
  const parseMs = performance.now() - t1;
  console.log(`batch, ${notes.length} notes, ${mb.toFixed(1)} MB, one thread:`);
  console.log(`  rapport lint   ${(mb / (lintMs / 1000)).toFixed(2)} MB/s  (${(lintMs / notes.length).toFixed(3)} ms/note, ${findings} findings)`);
  console.log(`  remark-parse   ${(mb / (parseMs / 1000)).toFixed(2)} MB/s  (${(parseMs / notes.length).toFixed(3)} ms/note, parse only)`);
}
