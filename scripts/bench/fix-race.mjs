/**
 * `--fix` under a concurrent writer: copies real notes (/work/shared/corpus, or generated ones where it is
 * missing) into a temporary folder with a safe-fixable phrase in each, starts a second process that keeps
 * appending numbered lines to random notes, runs `rapport --fix` on the folder again and again meanwhile, then
 * counts the appended lines that are no longer in any note. Prints that figure (the target is 0) and how many
 * fixes were applied and how many notes were refused because they changed.
 *
 *   node scripts/bench/fix-race.mjs [--notes 80] [--rounds 10] [--rate 1000] [--cli dist/cli/cli.js]
 *
 * --rate: lines appended per second, across all notes; --cli: the CLI bundle to run (to compare builds).
 *
 * The appender opens, appends and closes for every line, as a logging program or a second editor saving
 * would; it writes as fast as it can, so the race windows are hit far more often than in real use.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { notes: { type: 'string', default: '80' }, rounds: { type: 'string', default: '10' }, rate: { type: 'string', default: '1000' }, cli: { type: 'string', default: 'dist/cli/cli.js' } } });
const count = Number(values.notes);
const rounds = Number(values.rounds);
const cli = resolve(root, values.cli);
const perTick = Math.max(1, Math.round(Number(values.rate) / 100));

const corpus = '/work/shared/corpus/mtsamples-dev';
const sources = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(corpus, f), 'utf8')) : [];
const dir = mkdtempSync(join(tmpdir(), 'rapport-fix-race-'));
const paths = [];
for (let i = 0; i < count; i++) {
  const body = sources.length ? sources[i % sources.length] : `# Note ${i}\n\nPt seen for knee pain.\n`;
  const path = join(dir, `note-${String(i).padStart(3, '0')}.md`);
  paths.push(path);
  writeFileSync(path, body.replace(/\n*$/, '\n'));
}
// Each round appends a safe-fixable phrase to every note (appending, so the refill itself loses nothing), so every
// --fix run has notes to write.
const refill = () => {
  for (const p of paths) appendFileSync(p, 'Pt is wheelchair-bound.\n');
};

const appenderSource = `
const fs = require('fs');
const paths = JSON.parse(process.argv[1]);
const perTick = Number(process.argv[2]);
let n = 0, stop = false;
process.on('message', () => { stop = true; });
(function loop() {
  for (let k = 0; k < perTick && !stop; k++) {
    const p = paths[(Math.random() * paths.length) | 0];
    fs.appendFileSync(p, 'APPENDED ' + (n++) + '\\n');
  }
  if (stop) { process.send(n, () => process.exit(0)); return; }
  setTimeout(loop, 10);
})();`;

const appender = spawn(process.execPath, ['-e', appenderSource, JSON.stringify(paths), String(perTick)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
let fixed = 0;
let refused = 0;
const started = Date.now();
for (let r = 0; r < rounds; r++) {
  refill();
  const run = spawnSync(process.execPath, ['-e', 'require(process.argv[1]).main()', cli, '--fix', '-f', 'json', dir], { encoding: 'utf8', env: { ...process.env, RAPPORT_NO_PROGRESS: '1' }, maxBuffer: 1 << 28 });
  try {
    fixed += JSON.parse(run.stdout).summary.fixed ?? 0;
  } catch {
    console.error(`round ${r}: no JSON output (exit ${run.status}): ${run.stderr.split('\n')[0]}`);
  }
  refused += (run.stderr.match(/changed on disk/g) ?? []).length;
}
const appended = await new Promise((res) => {
  appender.once('message', res);
  appender.send('stop');
});
await new Promise((res) => appender.once('exit', res));

const present = new Set();
// Lines kept in a conflict copy beside a note (see docs/cli.md) are not lost, but are counted apart.
const conflicts = readdirSync(dir).filter((f) => f.includes('.rapport-conflict-'));
const inConflicts = new Set();
for (const p of paths) for (const m of readFileSync(p, 'utf8').matchAll(/^APPENDED (\d+)$/gm)) present.add(Number(m[1]));
for (const f of conflicts) for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/^APPENDED (\d+)$/gm)) if (!present.has(Number(m[1]))) inConflicts.add(Number(m[1]));
const lost = [];
for (let i = 0; i < appended; i++) if (!present.has(i) && !inConflicts.has(i)) lost.push(i);
const leftovers = readdirSync(dir).filter((f) => f.endsWith('.tmp')).length;
console.log(
  `fix under a concurrent appender: ${count} notes x ${rounds} runs in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
    `${appended} lines appended, ${lost.length} lost, ${inConflicts.size} kept only in ${conflicts.length} conflict copies; ${fixed} safe fixes applied, ${refused} notes left unfixed because they changed; ${leftovers} temporary files left`,
);
rmSync(dir, { recursive: true, force: true });
