/**
 * Property: applying every safe fix changes only the findings' spans (the rest
 * of the note is byte-identical) and re-linting shows no finding of the fixed
 * rules where the fixes went. Random notes mix flagged and clean sentences
 * with Markdown structure, CRLF line endings and astral characters; the edits
 * go through the same offset → LSP range conversion as the server's.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, RULES, type Finding } from '../../server/src/engine/index.ts';
import { parseExample } from '../../server/src/engine/docs/examples.ts';
import { fixEdits, isSafe, type OffsetEdit } from '../../server/src/lsp/fixes.ts';
import { seededRandom as rng } from '../../scripts/lib/random.mjs';
import { toTextEdit } from '../../server/src/lsp/code-actions.ts';

const FLAGGED = [
  'Pt is wheelchair-bound since 2019.',
  'Naren is a 20-year-old wheelchair-bound university student.',
  'Pt suffers from MS and reports fatigue by noon.',
  '20 yo male suffering from muscular dystrophy.',
  'Pt c/o R calf pain with prolonged sitting in lectures.',
  'Complains of numbness in both feet after long lab sessions.',
  'Clean UDS on 3/2; continues buprenorphine.',
  'Insulin glargine 10 U SC at bedtime.',
  'Vitamin D3 1000 IU PO daily.',
  'He is gonna try the slide board next week.',
  'Parked in the handicapped parking by the gym.',
  'Pt wears adult diapers at night.',
  'Pt refused stretching again today.',
  'Pt is a poor historian; unable to recall when the weakness began.',
  'Patient insists her pain is still 9/10.',
];
const CLEAN = [
  'Pt uses a wheelchair for community distances.',
  'Reports 3/10 pain in the R calf after lectures.',
  'Ambulated 150 ft with SBA on level surfaces.',
  'Goal: Pt will transfer w/c to mat independently within 4 weeks.',
  'Discussed options; pt chose to continue the home program.',
  'Naren 😀 described his routine at the university 𝒜.',
  'HR 72 bpm, BP 118/76 mmHg.',
];

function note(random: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const sentence = () => (random() < 0.5 ? pick(FLAGGED) : pick(CLEAN)) + (random() < 0.15 ? ' 😀' : '');
  const paragraph = () => Array.from({ length: 1 + Math.floor(random() * 3) }, sentence).join(random() < 0.3 ? '\n' : ' ');
  const blocks: string[] = [];
  if (random() < 0.3) blocks.push(`---\nmode: ${random() < 0.5 ? 'clinical' : 'reflection'}\n---`);
  const n = 1 + Math.floor(random() * 6);
  for (let i = 0; i < n; i++) {
    const kind = random();
    if (kind < 0.15) blocks.push(`${'#'.repeat(1 + Math.floor(random() * 3))} ${pick(['S:', 'O:', 'Assessment', 'Plan of care', 'Goals'])}`);
    else if (kind < 0.35) blocks.push(Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(['-', '*', '1.'])} ${sentence()}`).join('\n'));
    else if (kind < 0.42) blocks.push(`> ${sentence()}`);
    else if (kind < 0.48) blocks.push('```\n' + sentence() + '\n```');
    else if (kind < 0.53) blocks.push(`| Item | Note |\n| --- | --- |\n| a | ${sentence()} |`);
    else if (kind < 0.58) blocks.push(`*${sentence()}* and [a link](https://example.org)`);
    else if (kind < 0.62) blocks.push(`  ${sentence()}`);
    else blocks.push(paragraph());
  }
  let text = blocks.join('\n\n') + (random() < 0.8 ? '\n' : '');
  if (random() < 0.35) text = text.replace(/\n/g, '\r\n');
  return text;
}

function applyViaLsp(text: string, edits: OffsetEdit[]): string {
  const doc = TextDocument.create('file:///p.md', 'markdown', 1, text);
  return TextDocument.applyEdits(doc, edits.map((e) => toTextEdit(doc, e)));
}

describe('property: applying all safe fixes', () => {
  const RUNS = 300;
  it(`changes only the findings' spans and leaves no finding of the fixed rules (${RUNS} random notes)`, () => {
    let fixedTotal = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const random = rng(seed);
      const text = note(random);
      const findings = lint(text).findings;
      const edits = fixEdits(text, findings, isSafe);
      const after = applyViaLsp(text, edits);
      const context = `seed ${seed}: ${JSON.stringify(text)}`;
      // Every edit replaces exactly one safe finding's span; edits do not overlap.
      let lastEnd = -1;
      for (const e of edits) {
        assert.ok(e.start >= lastEnd, `overlap, ${context}`);
        assert.ok(findings.some((f: Finding) => f.fix === 'safe' && f.start === e.start && f.end === e.end && f.suggestions[0] === e.newText), context);
        lastEnd = e.end;
      }
      // Outside the edited spans the text is byte-identical.
      let at = 0;
      let pos = 0;
      for (const e of edits) {
        const keep = text.slice(at, e.start);
        assert.equal(after.slice(pos, pos + keep.length), keep, context);
        pos += keep.length + e.newText.length;
        at = e.end;
      }
      assert.equal(after.slice(pos), text.slice(at), context);
      assert.equal(after.length, pos + text.length - at, context);
      // Re-lint: no finding of a fixed rule where a fix went in.
      const newSpans: Array<[number, number, string]> = [];
      let shift = 0;
      for (const e of edits) {
        const ruleId = findings.find((f) => f.start === e.start && f.end === e.end && f.fix === 'safe')!.ruleId;
        newSpans.push([e.start + shift, e.start + shift + e.newText.length, ruleId]);
        shift += e.newText.length - (e.end - e.start);
      }
      const again = lint(after).findings;
      for (const [s, e, ruleId] of newSpans) {
        const left = again.find((f) => f.ruleId === ruleId && f.start < e && f.end > s);
        assert.equal(left, undefined, `${ruleId} still flagged at ${s}-${e} after fixing, ${context}`);
      }
      // Safe findings of the fixed rules that did not overlap another fix are all gone.
      const fixedRules = new Set(newSpans.map((x) => x[2]));
      const remaining = again.filter((f) => f.fix === 'safe' && fixedRules.has(f.ruleId));
      const skipped = findings.filter((f) => isSafe(f) && f.suggestions.length && !edits.some((e) => e.start === f.start && e.end === f.end));
      assert.ok(remaining.length <= skipped.length, `${remaining.map((f) => f.ruleId + ':' + f.text).join(', ')} remain, ${context}`);
      fixedTotal += edits.length;
    }
    assert.ok(fixedTotal > RUNS / 2, `the generator produces fixable notes (${fixedTotal} fixes)`);
  });
});

/**
 * Property over real notes: the corpus's notes (and the bundled examples) with sentences a rule fixes
 * safely woven in, and Markdown woven right next to, around and inside the flagged words: code spans,
 * comments, images, links, emphasis, footnotes, table cells, soft and hard line breaks. Applying every
 * safe fix must leave every markup token and every line break as it was.
 */
describe('property: safe fixes in real notes rewrite prose only', () => {
  const CORPUS = '/work/shared/corpus/mtsamples-dev';
  const EXAMPLES = join(__dirname, '..', '..', 'examples');
  const files = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f)) : [];
  const notes = [...files(EXAMPLES), ...files(CORPUS)].map((f) => readFileSync(f, 'utf8'));

  /** Sentences from the rules' own examples whose finding has a safe fix, with the flagged span. */
  const flagged: Array<{ text: string; start: number; end: number }> = [];
  for (const rule of RULES) {
    for (const example of rule.examples.flagged) {
      const { text, options } = parseExample(example);
      if (options.mode === 'reflection' || /[`*_[\]<>|\\\n]/.test(text)) continue;
      const f = lint(text).findings.find((x) => x.ruleId === rule.id && x.fix === 'safe');
      if (f) flagged.push({ text, start: f.start, end: f.end });
    }
  }

  const MARKUP = [
    '`BP 120/80`',
    '<!-- per chart -->',
    '![x-ray](img/xr-1.png)',
    '[^1]',
    '[chart](https://example.org/chart)',
    '**',
    '_',
    '  \n',
    '\\\n',
    '\n',
  ];
  /** Markup tokens of one line, in order: what no fix may add, remove or move to another line. */
  const TOKENS = /`[^`\n]*`|<!--.*?-->|!\[[^\]\n]*\]\([^)\n]*\)|\]\([^)\n]*\)|\[\^\w+\]|\[|\]|\*+|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|\||\\$| {2,}$|^\s*(?:[-+]|\d+\.)\s+|^#+\s|^>\s?/gmu;
  const tokensByLine = (text: string) => text.split(/(\r?\n)/).map((part) => (part === '\n' || part === '\r\n' ? part : part.match(TOKENS) ?? []));

  /** Weaves `markup` into the sentence next to its flagged span, at a spot chosen by `random`. */
  function weave(s: { text: string; start: number; end: number }, markup: string, random: () => number): string {
    const { text, start, end } = s;
    const inner = [...text.slice(start, end).matchAll(/ /g)].map((m) => start + m.index!);
    const spots = [start, end, ...inner];
    if (markup === '**' || markup === '_' || markup.startsWith('[chart')) {
      // Around the whole span, around its first word, or from inside it to beyond it.
      const firstWordEnd = inner[0] ?? end;
      const [a, b] = [[start, end], [start, firstWordEnd], [firstWordEnd + (inner.length ? 1 : 0), Math.min(text.length, end + 4)]][Math.floor(random() * 3)]!;
      if (markup.startsWith('[chart')) return text.slice(0, a) + '[' + text.slice(a, b) + '](https://example.org/chart)' + text.slice(b);
      return text.slice(0, a) + markup + text.slice(a, b) + markup + text.slice(b);
    }
    const at = spots[Math.floor(random() * spots.length)]!;
    const pad = markup.endsWith('\n') ? '' : ' ';
    if (text[at] === ' ') return text.slice(0, at) + (markup.endsWith('\n') ? markup : ` ${markup} `) + text.slice(at + 1);
    return text.slice(0, at) + pad + markup + pad + text.slice(at);
  }

  function wovenNote(seed: number): string {
    const random = rng(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const lines = pick(notes).split('\n');
    const count = 2 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      let sentence = pick(flagged).text;
      const s = flagged.find((x) => x.text === sentence)!;
      sentence = weave(s, pick(MARKUP), random);
      if (random() < 0.3) sentence = weave({ text: sentence, start: 0, end: 0 }, pick(MARKUP.filter((m) => !m.includes('\n'))), random);
      const kind = random();
      const at = Math.floor(random() * (lines.length + 1));
      if (kind < 0.15 && !sentence.includes('\n')) lines.splice(at, 0, '', '| Item | Note |', '| --- | --- |', `| Mobility | ${sentence.replace(/\|/g, '\\|')} |`, '');
      else if (kind < 0.3 && !sentence.includes('\n')) lines.splice(at, 0, '', `- ${sentence}`, '');
      else if (kind < 0.65 && at > 0 && lines[at - 1]!.trim()) lines[at - 1] += ` ${sentence}`;
      else lines.splice(at, 0, '', sentence, '');
    }
    if (lines.some((l) => l.includes('[^1]'))) lines.push('', '[^1]: Per the referral letter.');
    const text = lines.join('\n');
    return random() < 0.25 ? text.replace(/\n/g, '\r\n') : text;
  }

  const RUNS = 400;
  it(`leaves every markup token and line break byte-identical (${RUNS} woven real notes)`, function () {
    this.timeout(120_000);
    assert.ok(notes.length >= 3 && flagged.length >= 10, `${notes.length} notes, ${flagged.length} flagged sentences`);
    let fixes = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const text = wovenNote(seed);
      const edits = fixEdits(text, lint(text).findings, isSafe);
      const after = applyViaLsp(text, edits);
      const context = `seed ${seed}: ${edits.map((e) => JSON.stringify(text.slice(e.start, e.end)) + ' -> ' + JSON.stringify(e.newText)).join(', ')}`;
      for (const e of edits) assert.ok(!/[\r\n]/.test(text.slice(e.start, e.end)), `an edit spans a line break, ${context}`);
      assert.deepEqual(tokensByLine(after), tokensByLine(text), context);
      fixes += edits.length;
    }
    assert.ok(fixes > RUNS, `the woven notes are fixable (${fixes} safe fixes)`);
  });
});
