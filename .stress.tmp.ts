import { readFileSync } from 'node:fs';
import { Linter, RULES } from './server/src/engine/index.ts';
const linter = new Linter();
const ids = RULES.filter((r) => r.family === 'documentation' || r.family === 'identifiers').map((r) => r.id);
const rules = Object.fromEntries(ids.map((i) => [i, 'warning' as const]));
const lines = readFileSync('test/corpus/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const l of lines) {
  for (const mode of ['clinical', 'reflection'] as const) {
    const found = linter.lint(l.text, { mode, rules }).findings.filter((x) => ids.includes(x.ruleId));
    for (const x of found) {
      const ok = l.expect.some((e: any) => { const s = l.text.indexOf(e.span); return e.rule.split('.')[0] === x.ruleId.split('.')[0] && x.start < s + e.span.length && x.end > s; });
      if (!ok) console.log(mode, x.ruleId, JSON.stringify(x.text), '|', l.id, l.text.slice(0, 150));
    }
  }
}
