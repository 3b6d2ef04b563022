/**
 * Memory over a day of typing: heap after 100 and after N keystroke edits of a 1,000-line note made of
 * real notes (/work/shared/corpus), through the engine and through the real language server, and the
 * server's heap with 50 real notes open. Prints figures; asserts nothing.
 *
 *   node --import tsx scripts/bench/memory.ts [--edits 5000] [--engine-only]
 *
 * Targets (issue 9): heap after 5,000 edits within 20 MB of heap after 100; 50 open notes under 100 MB.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Linter } from '../../server/src/engine/index.ts';
import { startServer } from '../../test/helpers/lsp-client.ts';
import { seededRandom } from '../lib/random.mjs';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '5000' }, 'engine-only': { type: 'boolean' } } });
const EDITS = Number(values.edits);
const CORPUS = '/work/shared/corpus/mtsamples-dev';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function realNotes(): string[] {
  const dir = existsSync(CORPUS) ? CORPUS : join(__dirname, '..', '..', 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** A 1,000-line note: real notes one after another. */
function longNote(notes: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; lines.length < 1000; i++) lines.push(...notes[i % notes.length]!.split('\n'), '');
  return lines.slice(0, 1000).join('\n') + '\n';
}

/** Keystroke positions: one character typed at a random place inside a word line. */
function keystrokes(text: string, count: number): Array<{ offset: number; ch: string }> {
  const random = seededRandom(9);
  const out: Array<{ offset: number; ch: string }> = [];
  let length = text.length;
  for (let i = 0; i < count; i++) {
    out.push({ offset: Math.floor(random() * length), ch: i % 6 === 0 ? ' ' : 'e' });
    length++;
  }
  return out;
}

const notes = realNotes();
const base = longNote(notes);
const edits = keystrokes(base, EDITS);
const checkpoints = new Set([100, EDITS]);

// ---- engine ----
{
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  // The same note, and the same lines as one block (no blank lines): every edit then adds the whole block.
  const oneBlock = base.replace(/\n{2,}/g, '\n');
  for (const [label, start] of [['1,000-line note of real notes', base], ['the same as one 1,000-line block', oneBlock]] as const) {
    const linter = new Linter();
    let text = start;
    linter.lint(text);
    const at: Record<number, number> = {};
    keystrokes(start, EDITS).forEach((e, i) => {
      text = text.slice(0, e.offset) + e.ch + text.slice(e.offset);
      linter.lint(text);
      if (checkpoints.has(i + 1)) at[i + 1] = heap();
    });
    const stats = linter.cacheStats();
    console.log(`engine, ${label} (${(start.length / 1024).toFixed(0)} KB), ${EDITS} edits:`);
    console.log(`  heap after 100 edits ${mb(at[100]!)}, after ${EDITS} ${mb(at[EDITS]!)}: +${mb(at[EDITS]! - at[100]!)} (target ≤ 20 MB)`);
    console.log(`  block cache: ${stats.entries} entries, ${(stats.chars / 1e6).toFixed(2)} M characters`);
  }
}

// ---- language server ----
async function serverHeap(probe: string, pid: number): Promise<number> {
  rmSync(probe, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 200 && !existsSync(probe); i++) await new Promise((r) => setTimeout(r, 25));
  await new Promise((r) => setTimeout(r, 25));
  return (JSON.parse(readFileSync(probe, 'utf8')) as { heapUsed: number }).heapUsed;
}

async function withServer(run: (server: Awaited<ReturnType<typeof startServer>>, heap: () => Promise<number>) => Promise<void>): Promise<void> {
  const probe = join(tmpdir(), `rapport-heap-${process.pid}.json`);
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `--expose-gc --require=${join(__dirname, 'heap-probe.cjs')}`;
  process.env.RAPPORT_HEAP_PROBE = probe;
  // The client answers workspace/configuration, so the debounce of 0 applies (the default is 200 ms).
  const server = await startServer({ workspace: { configuration: true } });
  process.env.NODE_OPTIONS = saved ?? '';
  server.settings = { debounce: 0 };
  try {
    await run(server, () => serverHeap(probe, server.process.pid!));
  } finally {
    await server.stop();
    rmSync(probe, { force: true });
  }
}

async function main(): Promise<void> {
  if (values['engine-only']) return;
  await withServer(async (server, heap) => {
    const uri = 'file:///bench/long-note.md';
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: base } });
    await server.diagnostics(uri, (p) => p.version === 1, 60_000);
    let text = base;
    const at: Record<number, number> = {};
    for (let i = 0; i < edits.length; i++) {
      const { offset, ch } = edits[i]!;
      const before = text.slice(0, offset);
      const line = before.split('\n').length - 1;
      const character = offset - (before.lastIndexOf('\n') + 1);
      text = before + ch + text.slice(offset);
      const version = i + 2;
      server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ch }],
      });
      await server.diagnostics(uri, (p) => p.version === version, 60_000);
      if (checkpoints.has(i + 1)) at[i + 1] = await heap();
    }
    console.log(`language server, same note, ${EDITS} incremental edits (diagnostics awaited after each):`);
    console.log(`  heap after 100 edits ${mb(at[100]!)}, after ${EDITS} ${mb(at[EDITS]!)}: +${mb(at[EDITS]! - at[100]!)} (target ≤ 20 MB)`);
  });

  await withServer(async (server, heap) => {
    const open = notes.slice(0, 50);
    for (let i = 0; i < open.length; i++) {
      const uri = `file:///bench/note-${i}.md`;
      server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: open[i] } });
      await server.diagnostics(uri, (p) => p.version === 1, 60_000);
    }
    console.log(`language server with ${open.length} real notes open: heap ${mb(await heap())} (target < 100 MB)`);
  });
}

void main();
