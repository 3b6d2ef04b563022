/**
 * Re-linting an edited note reuses what the previous version and earlier lints computed (block facts found by
 * position in the unchanged stretches or by text in the memo, unit results in the cache). Whatever is reused,
 * every version's findings must equal those of a linter that has never seen the note: checked over random
 * edits of real notes that add and remove blank lines, fences, headings, section labels, front matter, CR
 * line ends and flagged words, with several notes linted in turn under their own names.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from '../../server/src/engine/index.ts';
import { scanBlocks } from '../../server/src/engine/prose/blocks.ts';
import { seededRandom } from '../../scripts/lib/random.mjs';

const root = join(__dirname, '..', '..');
const notesDir = join(root, 'test', 'corpus', 'notes');
const NOTES = readdirSync(notesDir).filter((f) => f.endsWith('.md')).sort().slice(0, 6).map((f) => readFileSync(join(notesDir, f), 'utf8'));

const PIECES = ['\n', '\n\n', 'e', ' ', '```\n', '~~~\n', '# ', '## Plan\n', 'Plan: ', 'S: ', 'Social History: ', '---\nmode: reflection\n---\n', '\r\n', '<!-- ', ' -->', 'Pt refuses PT. ', 'wheelchair-bound ', 'QD ', '> ', '- ', '| a | b |\n| - | - |\n', '8-year-old ', '"refuses" ', 'refuses', ' refuses', 'noncompliant.'];

/** Same-length words, flagged and not: "refuses" and "accepts" have seven letters each. */
const OVERWRITES = [' refuses ', ' accepts ', ' QD ', ' qd ', 'S: ', 'P: ', '# ', ' noncompliant ', ' compliant    '];

describe('engine: re-linting edited notes', function () {
  this.timeout(120_000);

  it('gives every version the findings of a fresh linter, over 400 random edits of 3 notes linted in turn', () => {
    const rand = seededRandom(23);
    const linter = new Linter();
    const texts = NOTES.slice(0, 3);
    for (let i = 0; i < 400; i++) {
      const n = i % texts.length;
      let text = texts[n]!;
      // Half the edits land within two characters of a block's edge, where reuse by position could go wrong.
      const blocks = scanBlocks(text).blocks;
      const edge = blocks.length ? blocks[Math.floor(rand() * blocks.length)]! : undefined;
      const near = edge && (rand() < 0.5 ? edge.start : edge.start + edge.text.length) + Math.floor(rand() * 5) - 2;
      const at = near !== undefined && rand() < 0.5 ? Math.max(0, Math.min(text.length, near)) : Math.floor(rand() * (text.length + 1));
      const kind = rand();
      const piece = PIECES[Math.floor(rand() * PIECES.length)]!;
      // Deletions, insertions, and overwrites that keep the length (a block of the same length must not be taken for the old one).
      if (kind < 0.25) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 40)));
      else if (kind < 0.5 && edge && edge.text.length > 20) {
        // Overwritten inside one block, at its start or its end: the block keeps its place and its length.
        const word = OVERWRITES[Math.floor(rand() * OVERWRITES.length)]!;
        const from = rand() < 0.5 ? edge.start + Math.floor(rand() * 3) : edge.start + edge.text.trimEnd().length - word.length - Math.floor(rand() * 3);
        text = text.slice(0, from) + word + text.slice(from + word.length);
      }
      else text = text.slice(0, at) + piece + text.slice(at);
      texts[n] = text;
      const name = `note-${n}.md`;
      const got = linter.lint(text, { fileName: name }).findings;
      const fresh = new Linter({ cacheEntries: 0 }).lint(text, { fileName: name }).findings;
      assert.deepEqual(got, fresh, `edit ${i} of note ${n} at ${at}`);
    }
  });

  it('finds the same after an edit whether the previous version came first or not (one note, then another under the same name)', () => {
    const linter = new Linter();
    const [a, b] = [NOTES[3]!, NOTES[4]!];
    linter.lint(a, { fileName: 'x.md' });
    // A different note under the same name shares a prefix and suffix by chance only: nothing may be carried over wrongly.
    const mixed = `${a.slice(0, 200)}${b}\n\nPt is wheelchair-bound.\n\n${a.slice(-200)}`;
    assert.deepEqual(linter.lint(mixed, { fileName: 'x.md' }).findings, new Linter({ cacheEntries: 0 }).lint(mixed, { fileName: 'x.md' }).findings);
    assert.ok(linter.lint(mixed, { fileName: 'x.md' }).findings.length > 0);
  });
});
