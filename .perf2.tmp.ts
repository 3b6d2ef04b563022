import { Linter, RULES } from './server/src/engine/index.ts';
const ids = RULES.filter((r) => r.family === 'documentation' || r.family === 'identifiers').map((r) => r.id);
const inputs: Record<string, string> = {
  spaces: 'a' + ' '.repeat(20000) + 'b at c',
  excl: '!'.repeat(30000),
  caps: 'Mr '.repeat(10000),
  dots: 'a.'.repeat(15000) + 'com/',
  colons: 'a:'.repeat(15000),
  capwords: '12 ' + 'Main '.repeat(6000),
  names: 'Jake '.repeat(10000) + 'T.',
  atword: 'x at '.repeat(6000),
  date: '1/1/'.repeat(6000),
  nl: 'a\n'.repeat(15000),
  semis: 'Pt doing well;'.repeat(3000),
};
for (const [name, text] of Object.entries(inputs)) {
  const times: string[] = [];
  for (const id of ids) {
    const only = Object.fromEntries(RULES.map((r) => [r.id, r.id === id ? 'warning' : 'off'] as const));
    const t = Date.now();
    new Linter().lint(text, { mode: 'reflection', rules: only });
    const d = Date.now() - t;
    if (d > 100) times.push(`${id}:${d}`);
  }
  console.log(name, times.join(' '));
}
