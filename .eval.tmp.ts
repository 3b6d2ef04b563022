import { evaluate, readCorpus, notesFindings } from './scripts/eval/evaluate.ts';
const r = evaluate(readCorpus('test/corpus/dev.jsonl'));
for (const fam of ['documentation', 'identifiers']) {
  console.log(fam, JSON.stringify(r.families[fam]));
  for (const m of r.mistakes.filter((m) => m.family === fam)) console.log(' ', m.kind, m.id, m.detail, '|', m.text.slice(0, 200).replace(/\n/g, '\\n'));
}
const notes = notesFindings('test/corpus/notes');
for (const n of notes) { const f = n.findings.filter((x: any) => /^(doc|phi)\./.test(x.ruleId ?? x.rule ?? JSON.stringify(x))); if (f.length) console.log(n.file, JSON.stringify(f)); }
