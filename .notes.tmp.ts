import { readdirSync, readFileSync } from 'node:fs';
import { Linter, RULES } from './server/src/engine/index.ts';
const linter = new Linter();
const ids = RULES.filter((r) => r.family === 'documentation' || r.family === 'identifiers').map((r) => r.id);
const rules = Object.fromEntries(ids.map((i) => [i, 'warning' as const]));
for (const f of readdirSync('test/corpus/notes').sort()) {
  const text = readFileSync('test/corpus/notes/' + f, 'utf8');
  for (const mode of ['clinical', 'reflection'] as const) {
    const found = linter.lint(text, { mode, rules }).findings.filter((x) => ids.includes(x.ruleId));
    for (const x of found) console.log(f, mode, x.ruleId, JSON.stringify(x.text), '|', JSON.stringify(text.slice(Math.max(0, x.start - 50), x.end + 30)));
  }
}
