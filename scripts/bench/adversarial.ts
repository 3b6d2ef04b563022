/**
 * Adversarial notes: the inputs that once made a keystroke take seconds, overflowed the stack or
 * produced unbounded findings, next to a 1,000-line note of real notes. For each, the worst and
 * median time of a keystroke re-lint (lint + offset → position conversion, as the server does), and
 * for the 1 MB inputs the time of a first lint. Prints figures; asserts nothing.
 *
 * Budget (issue 9): every keystroke ≤ 250 ms on any 1,000-line note; any note up to 1 MB in ≤ 2 s
 * or reported as too complex.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Linter } from '../../server/src/engine/index.ts';
import { seededRandom } from '../lib/random.mjs';

const CORPUS = '/work/shared/corpus/mtsamples-dev';
const dir = existsSync(CORPUS) ? CORPUS : join(__dirname, '..', '..', 'examples');
const real = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const realLines = (n: number) => {
  const lines: string[] = [];
  for (let i = 0; lines.length < n; i++) lines.push(...real[i % real.length]!.split('\n'), '');
  return lines.slice(0, n).join('\n') + '\n';
};
const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';

const KEYSTROKE_CASES: Array<[string, string]> = [
  ['real notes, 1,000 lines', realLines(1000)],
  ['real notes without blank lines, 1,000 lines', realLines(1000).replace(/\n{2,}/g, '\n')],
  ['unclosed links, 1,000 lines × 20', lines(1000, (i) => `${'[patient '.repeat(20)}is wheelchair-bound ${i}`)],
  ['table, 1,000 rows', '| Test | Result |\n| --- | --- |\n' + lines(1000, (i) => `| TUG ${i} | Pt is wheelchair-bound, *14 s* [ref](x) |`)],
  ['list, 1,000 items with links', lines(1000, (i) => `- Item ${i}: pt refused [HEP](https://example.org/${i}) and is **wheelchair-bound**`)],
  ['one paragraph, 1,000 lines', lines(1000, (i) => `Line ${i}: pt complains of pain and is wheelchair-bound; claims 9/10.`)],
  ['emphasis nested 5,000 deep', `${'*a '.repeat(5000)}Pt is wheelchair-bound.${' a*'.repeat(5000)}\n`],
  ['emphasis nested 20,000 deep', `${'*a '.repeat(20000)}Pt is wheelchair-bound.${' a*'.repeat(20000)}\n`],
  ['lists nested 1,000 deep', lines(1000, (i) => '  '.repeat(i) + '- Pt is wheelchair-bound.')],
  ['unknown ids in 1,000 disable comments', lines(1000, (i) => `<!-- rapport-disable nope-${i} nada-${i} -->`)],
];

const ONE_MB: Array<[string, string]> = [
  ['real notes, 1 MB', (() => { let t = ''; for (let i = 0; t.length < 1_000_000; i++) t += real[i % real.length] + '\n\n'; return t; })()],
  ['one line, 1.1 MB', 'Pt is wheelchair-bound. '.repeat(46_000)],
  ['unclosed links, 1 MB', lines(4000, () => '[patient '.repeat(28))],
  ['table, 1 MB', '| a | b |\n| --- | --- |\n' + lines(22_000, (i) => `| ${i} | pt refused [x](y) |`)],
];

const ms = (x: number) => `${x.toFixed(1)} ms`;
const random = seededRandom(7);
let worst = { ms: 0, name: '' };
console.log('keystroke re-lint (20 edits each):');
for (const [name, original] of KEYSTROKE_CASES) {
  const linter = new Linter();
  let text = original;
  linter.lint(text);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const at = Math.floor(random() * text.length);
    text = text.slice(0, at) + 'e' + text.slice(at);
    const t0 = performance.now();
    const doc = TextDocument.create('file:///n.md', 'markdown', i, text);
    for (const f of linter.lint(text).findings) {
      doc.positionAt(f.start);
      doc.positionAt(f.end);
    }
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const max = times[times.length - 1]!;
  if (max > worst.ms) worst = { ms: max, name };
  console.log(`  ${name.padEnd(44)} p50 ${ms(times[10]!).padStart(9)}   max ${ms(max).padStart(9)}   (${(original.length / 1024).toFixed(0)} KB)`);
}
console.log(`  WORST per-keystroke time: ${ms(worst.ms)} (${worst.name}; budget 250 ms)`);

console.log('first lint of 1 MB notes:');
for (const [name, text] of ONE_MB) {
  const t0 = performance.now();
  const { findings } = new Linter().lint(text);
  const took = performance.now() - t0;
  const complex = findings.filter((f) => f.ruleId === 'rapport.too-complex').length;
  console.log(`  ${name.padEnd(44)} ${ms(took).padStart(10)}   ${findings.length} findings${complex ? `, ${complex} blocks reported too complex` : ''}   (budget 2,000 ms)`);
}
