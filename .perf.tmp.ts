import { readFileSync, readdirSync } from 'node:fs';
import { Linter, RULES } from './server/src/engine/index.ts';
const ids = RULES.filter((r) => r.family === 'documentation' || r.family === 'identifiers').map((r) => r.id);
const only = Object.fromEntries(RULES.map((r) => [r.id, ids.includes(r.id) ? 'warning' : 'off'] as const));
const notes = readdirSync('test/corpus/notes').map((f) => readFileSync('test/corpus/notes/' + f, 'utf8').replace(/^---[\s\S]*?---\n/, '')).join('\n\n');
let big = '';
let i = 0;
while (big.length < 5e6) big += notes.replace(/Pt/g, 'Pt' + (i++ % 97)) + '\n\n';
for (const [name, text] of [
  ['notes5MB', big],
  ['spaces', 'a' + ' '.repeat(200000) + 'b at c'],
  ['digits', '1'.repeat(300000)],
  ['digits-dashes', '12-'.repeat(100000)],
  ['excl', '!'.repeat(300000)],
  ['caps', 'Mr '.repeat(100000)],
  ['dots', 'a.'.repeat(150000) + 'com/'],
  ['colons', 'a:'.repeat(150000)],
  ['capwords', '12 ' + 'Main '.repeat(60000)],
  ['names', 'Jake '.repeat(100000) + 'T.'],
  ['atword', 'x at '.repeat(60000)],
  ['date', '1/1/'.repeat(60000)],
] as const) {
  const t = Date.now();
  const r = new Linter().lint(text, { mode: 'reflection', rules: only });
  console.log(name, text.length, Date.now() - t, 'ms', r.findings.length);
}
