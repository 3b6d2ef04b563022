/** The prose view: what rules see, and that every offset maps back to the source exactly. */
import assert from 'node:assert/strict';
import { proseRuns } from '../../server/src/engine/prose/parse.ts';
import { scanBlocks } from '../../server/src/engine/prose/blocks.ts';
import { lint } from '../../server/src/engine/index.ts';

function runsOf(source: string) {
  const scan = scanBlocks(source);
  return scan.blocks.flatMap((b) => proseRuns(b.text, b.start));
}

/** Every visible character of every run equals the source character at the same offset. */
function assertIdentityMapping(source: string) {
  for (const run of runsOf(source)) {
    assert.equal(run.text.length, source.slice(run.start, run.start + run.text.length).length);
    for (let i = 0; i < run.text.length; i++) {
      const c = run.text[i]!;
      if (c !== ' ' && c !== '\n' && c !== '\r') assert.equal(c, source[run.start + i], `offset ${run.start + i}`);
    }
  }
}

const visible = (source: string) => runsOf(source).map((r) => r.text.replace(/\s+/g, ' ').trim()).join(' | ');

describe('prose view', () => {
  it('keeps paragraph, heading and table text and maps offsets exactly', () => {
    const src = '# Plan\n\nPt *walked* 50 ft with **CGA**.\n\n| Test | Result |\n|---|---|\n| TUG | 14 s |\n';
    assert.equal(visible(src), 'Plan | Pt walked 50 ft with CGA . | Test | Result | TUG | 14 s');
    assertIdentityMapping(src);
  });

  it('skips fenced and inline code, HTML, comments, link targets, images and autolinks', () => {
    const src = [
      'See `wheelchair-bound` and [the guide](http://example.org/wheelchair-bound) <span>x</span>.',
      '',
      '```',
      'wheelchair-bound',
      '```',
      '',
      '<!-- wheelchair-bound -->',
      '',
      '![wheelchair-bound](img.png) <https://wheelchair-bound.example>',
    ].join('\n');
    const text = visible(src);
    assert.doesNotMatch(text, /wheelchair-bound/);
    assert.match(text, /the guide/);
    assert.deepEqual(lint(src).findings.filter((f) => f.ruleId.startsWith('pfl.')), []);
  });

  it('skips YAML front matter and reads it as settings', () => {
    const src = '---\nmode: reflection\nnote: wheelchair-bound\n---\nText.\n';
    assert.equal(visible(src), 'Text.');
    assert.equal(lint(src).mode, 'reflection');
  });

  it('reports invalid front matter and still lints the body', () => {
    const src = '---\nmode: [unclosed\n---\nPt is wheelchair-bound.\n';
    const ids = lint(src).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('rapport.front-matter'));
    assert.ok(ids.includes('pfl.wheelchair-bound'));
  });

  it('marks blockquote runs', () => {
    const runs = runsOf('> I refuse to use the old chair.\n\nNarrative.\n');
    assert.deepEqual(runs.map((r) => r.inBlockquote), [true, false]);
  });

  it('handles CRLF line endings with exact offsets', () => {
    const src = '# S\r\n\r\nLine one.\r\nHe is confined to a wheelchair.\r\n';
    assertIdentityMapping(src);
    const f = lint(src).findings.find((x) => x.ruleId === 'pfl.wheelchair-bound')!;
    assert.equal(src.slice(f.start, f.end), 'is confined to a wheelchair');
  });

  it('handles emoji and other astral characters with exact UTF-16 offsets', () => {
    const src = '😀 𝒜 Naren 🦽 is wheelchair-bound 😀\n';
    assertIdentityMapping(src);
    const f = lint(src).findings.find((x) => x.ruleId === 'pfl.wheelchair-bound')!;
    assert.equal(src.slice(f.start, f.end), 'is wheelchair-bound');
    assert.equal(f.start, src.indexOf('is wheelchair'));
  });

  it('treats an unterminated fence as code to the end of the file', () => {
    const src = 'Before.\n\n```\nwheelchair-bound\n\nstill code wheelchair-bound\n';
    assert.deepEqual(lint(src).findings, []);
  });

  it('does not split blocks inside a multi-line HTML comment', () => {
    const src = '<!--\nwheelchair-bound\n\nwheelchair-bound\n-->\nAfter.\n';
    assert.deepEqual(lint(src).findings, []);
  });

  it('does not split blocks inside HTML blocks that only their end condition closes', () => {
    for (const [open, close] of [['<pre>', '</pre>'], ['<script>', '</script>'], ['<?note', '?>'], ['<!NOTE', '>'], ['<![CDATA[', ']]>']]) {
      const src = `${open}\nwheelchair-bound\n\nwheelchair-bound\n${close}\n\nPt is wheelchair-bound.\n`;
      assert.deepEqual(lint(src).findings.map((f) => f.start), [src.indexOf('is wheelchair')], open);
    }
    assert.equal(lint('<!DOCTYPE x>\n\nPt is wheelchair-bound.\n').findings.length, 1, 'a one-line block ends where it starts');
  });

  it('sees a fence or comment that opens after a lone CR, as CommonMark does', () => {
    assert.deepEqual(lint('Before.\r```\rcode\n\nstill code: wheelchair-bound\n```\n').findings, []);
    assert.deepEqual(lint('Before.\r\r<!-- note\n\nwheelchair-bound\n-->\n').findings, []);
    assert.deepEqual(scanBlocks('One.\r\rTwo.\r\n\r\nThree.').blocks.map((b) => b.text), ['One.\r', 'Two.\r\n', 'Three.']);
  });

  it('lints empty input and whitespace without findings', () => {
    assert.deepEqual(lint('').findings, []);
    assert.deepEqual(lint('\n\n  \r\n').findings, []);
  });

  it('refuses binary input with one clear finding', () => {
    const r = lint('abc\u0000def wheelchair-bound');
    assert.equal(r.findings.length, 1);
    assert.equal(r.findings[0]!.ruleId, 'rapport.unlintable');
    assert.match(r.findings[0]!.message, /binary/);
  });

  it('lints a 5 MB note and finds the term at its exact offset', () => {
    const para = 'Pt ambulated 150 ft with rollator and SBA; HR 88 bpm after; no LOB.\n\n';
    const big = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length)) + 'Pt is wheelchair-bound.\n';
    const findings = lint(big).findings;
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.start, big.lastIndexOf('is wheelchair-bound'));
  });
});
