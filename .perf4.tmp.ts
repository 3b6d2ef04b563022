import { Linter, RULES } from './server/src/engine/index.ts';
const run = (id: string, text: string) => { const only = Object.fromEntries(RULES.map((r) => [r.id, r.id === id ? 'warning' : 'off'] as const)); const t = Date.now(); new Linter().lint(text, { mode: 'reflection', rules: only }); console.log(id, Date.now() - t); };
const sp = 'a' + ' '.repeat(20000) + 'b at c lol';
run('phi.email', sp); run('doc.unprofessional-tone', sp); run('phi.name', sp + ' named Jake');
