/**
 * Property: applying every safe fix changes only the findings' spans (the rest
 * of the note is byte-identical) and re-linting shows no finding of the fixed
 * rules where the fixes went. Random notes mix flagged and clean sentences
 * with Markdown structure, CRLF line endings and astral characters; the edits
 * go through the same offset → LSP range conversion as the server's.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type Finding } from '../../server/src/engine/index.ts';
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
