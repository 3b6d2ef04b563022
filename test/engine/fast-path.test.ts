/**
 * The fast prose path must give exactly the runs remark gives (same starts, same text, same kinds) on every
 * block it accepts, and must accept most blocks of real notes. Checked on generated blocks, on the blocks of
 * real notes (the repository's, and the mtsamples corpus when it is beside the repository), and on real
 * lines with markup woven in at random word boundaries.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fastProseRuns, otherBlock, OTHER_BLOCK } from '../../server/src/engine/prose/fast.ts';
import { scanBlocks } from '../../server/src/engine/prose/blocks.ts';
import { parseUnits } from '../../server/src/engine/prose/units.ts';
import { seededRandom } from '../../scripts/lib/random.mjs';
import { proseRuns } from '../../server/src/engine/prose/parse.ts';

let rand = seededRandom(7);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

const WORDS = ['Pt', 'walked', '50', 'ft', 'with', 'CGA.', 'He', 'is', 'wheelchair-bound', 'reports', 'pain', '4/10', '😀', 'q.d.', 'MMT', '3+/5', 'ROM:', 'Plan', '#2', '(L)', 'e.g.', "pt's", '"quote"', '—', '1.', '-', '+', '=', 'x', '*', '_', '`', '[a]', '<b>', '&amp;', 'http://x.y', '\\*', '**S:**', '**O:**', '**bold words**', '**x', 'y**', '**a**b', '(**c**)',
  '_italic_', '_two words._', '_x', 'y_', '__________', '___', 'snake_case', '_a_b', 'a_', '__init__', 'H&H', '&', '&#35;', '&copy;', '&x', '<5', '< 5', '<=', '<a', '</b>', 'a>b', '>', '\t', 'x\ty', '@', 'a@b.co', '~', '~5', '|', '*,', '**', '***', '_,', '@ x'];
const PREFIXES = ['', '', '', '', '- ', '+ ', '* ', '1. ', '2) ', '# ', '### ', '#\t', '  ', '   ', '    ', '\t', '> ', '---', '===', '#', '-', '10. ', '- > ', '- # ', '1. - '];

function block(): string {
  const lines = 1 + Math.floor(rand() * 4);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const n = Math.floor(rand() * 8);
    const words = Array.from({ length: n }, () => pick(WORDS)).join(rand() < 0.05 ? '\t' : ' ');
    out.push(pick(PREFIXES) + words + (rand() < 0.1 ? '  ' : rand() < 0.05 ? ' \t' : ''));
  }
  return out.join(rand() < 0.2 ? '\r\n' : rand() < 0.03 ? '\r' : '\n') + (rand() < 0.9 ? '\n' : '');
}

function agrees(src: string): boolean {
  const fast = fastProseRuns(src, 5);
  if (!fast) return false;
  assert.deepEqual(fast, proseRuns(src, 5), JSON.stringify(src));
  return true;
}

/** Real notes: the repository's examples and test notes, and the mtsamples reports when they are here. */
function realNotes(): string[] {
  const root = join(__dirname, '..', '..');
  const dirs = [join(root, 'examples'), join(root, 'test', 'corpus', 'notes'), join(root, '..', 'shared', 'corpus', 'mtsamples-dev'), '/work/shared/corpus/mtsamples-dev'];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) out.push(readFileSync(path, 'utf8'));
    }
  };
  const seen = new Set<string>();
  for (const dir of dirs) if (existsSync(dir) && !seen.has(readdirSync(dir).join())) {
    seen.add(readdirSync(dir).join());
    walk(dir);
  }
  return out;
}

function units(text: string): string[] {
  const out: string[] = [];
  for (const b of scanBlocks(text).blocks) for (const u of parseUnits(b.text)) if (!u.plain && !u.prefix) out.push(u.text);
  return out;
}

const WOVEN = ['**', '*,', '@', '_', '__________', '&', 'H&H', '&amp;', '<5', '< 5', '>', '*', '`', '[', ']', '\t', '  ', '\\', '~', '@', '<b>', 'x_y'];

/** A real line with a piece of markup put in at a random word boundary, or a word wrapped in emphasis. */
function weave(line: string): string {
  const words = line.split(' ');
  const times = 1 + Math.floor(rand() * 3);
  for (let k = 0; k < times; k++) {
    const i = Math.floor(rand() * words.length);
    const r = rand();
    if (r < 0.3) words[i] = `**${words[i]}**`;
    else if (r < 0.5) words[i] = `_${words[i]}_`;
    else if (r < 0.6) words.splice(i, 0, `**${words[i]?.replace(/[*_]/g, '') ?? 'X'}:**`);
    else words.splice(i, 0, pick(WOVEN));
  }
  return words.join(' ');
}

describe('fast prose path', function () {
  this.timeout(120_000);
  for (const start of [7, 101, 2026]) {
    it(`gives remark's runs on 3,000 generated blocks (seed ${start}), and accepts a good share of them`, () => {
      rand = seededRandom(start);
      let accepted = 0;
      for (let i = 0; i < 3000; i++) if (agrees(block())) accepted++;
      assert.ok(accepted > 80, `only ${accepted} blocks took the fast path`);
    });
  }

  it("gives remark's runs on the blocks of real notes, and takes nearly all of them", () => {
    let all = 0;
    let accepted = 0;
    for (const note of realNotes()) for (const unit of units(note)) {
      all++;
      if (agrees(unit)) accepted++;
    }
    assert.ok(all > 100 && accepted / all > 0.8, `${accepted} of ${all} real blocks took the fast path`);
  });

  it("gives remark's runs on real lines with markup woven in", () => {
    rand = seededRandom(13);
    let tried = 0;
    let accepted = 0;
    for (const note of realNotes()) for (const unit of units(note)) {
      const lines = unit.split('\n');
      const woven = lines.map((l) => (l && rand() < 0.5 ? weave(l) : l)).join(rand() < 0.2 ? '\r\n' : '\n');
      tried++;
      if (agrees(woven)) accepted++;
    }
    assert.ok(accepted > tried / 10, `only ${accepted} of ${tried} woven blocks took the fast path`);
  });

  it('looks at line starts first and then answers exactly as the block expression does', () => {
    rand = seededRandom(29);
    const LINE_ENDS = ['\n', '\n', '\r\n', '\r', '\u2028', '\u2029'];
    let matched = 0;
    for (let i = 0; i < 20000; i++) {
      const lines = 1 + Math.floor(rand() * 4);
      let text = '';
      for (let l = 0; l < lines; l++) {
        const n = Math.floor(rand() * 5);
        text += (l ? pick(LINE_ENDS) : '') + pick([...PREFIXES, '', '', ' ', '  ', '   ', '- -', '_ _', '* *']) + Array.from({ length: n }, () => pick(WORDS)).join(pick([' ', ' ', '\t', '']));
      }
      const want = OTHER_BLOCK.test(text);
      if (want) matched++;
      assert.equal(otherBlock(text), want, JSON.stringify(text));
    }
    assert.ok(matched > 1000 && matched < 19000, `${matched} of 20000 generated blocks hold another block`);
  });
});
