import assert from 'node:assert/strict';
import { lint, Linter } from '../../server/src/engine/index.ts';

const ids = (t: string) => lint(t).findings.map((f) => f.ruleId);

describe('disable comments', () => {
  it('disable-next-line silences only the next line and only the named rule', () => {
    const t = '<!-- rapport-disable-next-line pfl.wheelchair-bound -->\nHe is wheelchair-bound.\nShe is wheelchair-bound.\n';
    assert.deepEqual(ids(t), ['pfl.wheelchair-bound']);
    assert.ok(lint(t).findings[0]!.start > t.indexOf('She'));
  });
  it('disable … enable covers a range, and a family name works as an id', () => {
    const t = '<!-- rapport-disable disability -->\nHe is wheelchair-bound.\n\n<!-- rapport-enable -->\nShe is wheelchair-bound.\n';
    assert.equal(ids(t).length, 1);
  });
  it('disable-line works on the same line', () => {
    assert.deepEqual(ids('He is wheelchair-bound. <!-- rapport-disable-line -->\n'), []);
  });
  it('reports unknown rule ids', () => {
    const r = lint('<!-- rapport-disable-next-line pfl.wheelchair-bund -->\nHe is wheelchair-bound.\n');
    assert.deepEqual(r.findings.map((f) => f.ruleId).sort(), ['pfl.wheelchair-bound', 'rapport.unknown-rule']);
    assert.equal(r.findings.find((f) => f.ruleId === 'rapport.unknown-rule')!.text, 'pfl.wheelchair-bund');
  });
  it('ignores directives inside code fences', () => {
    const t = '```\n<!-- rapport-disable -->\n```\n\nHe is wheelchair-bound.\n';
    assert.deepEqual(ids(t), ['pfl.wheelchair-bound']);
  });
  it('counts lines as CommonMark does: CR, LF and CRLF each end one', () => {
    for (const eol of ['\r', '\n', '\r\n']) {
      const t = ['Intro.', '<!-- rapport-disable-next-line pfl.wheelchair-bound -->', 'He is wheelchair-bound.', 'She is wheelchair-bound. <!-- rapport-disable-line adhere.refused -->', ''].join(eol);
      assert.deepEqual(lint(t).findings.map((f) => t.slice(0, f.start).split(eol).length), [4], JSON.stringify(eol));
    }
  });
});

describe('settings and modes', () => {
  it('per-rule severity overrides and off', () => {
    const t = 'He is wheelchair-bound.';
    assert.equal(lint(t, { rules: { 'pfl.wheelchair-bound': 'error' } }).findings[0]!.severity, 'error');
    assert.deepEqual(lint(t, { rules: { 'pfl.wheelchair-bound': 'off' } }).findings, []);
    assert.deepEqual(lint(t, { rules: { disability: 'off' } }).findings, []);
  });
  it('front matter mode wins over options, file names select reflections', () => {
    assert.equal(lint('---\nmode: reflection\n---\nx', { mode: 'clinical' }).mode, 'reflection');
    assert.equal(lint('x', { fileName: '/class/week3.reflection.md' }).mode, 'reflection');
    assert.equal(lint('x', { fileName: '/class/reflections/naren.md' }).mode, 'reflection');
    assert.equal(lint('x', { fileName: '/notes/soap.md' }).mode, 'clinical');
  });
  it('team vocabulary rejects terms with a safe preferred wording', () => {
    const r = lint('Pt tolerated the session.', { vocabulary: { reject: [{ term: 'tolerated', prefer: 'completed' }] } });
    assert.equal(r.findings[0]!.ruleId, 'vocabulary.term');
    assert.deepEqual(r.findings[0]!.suggestions, ['completed']);
  });
  it('team vocabulary survives re-linting with the block cache (new options object each time, as the server sends)', () => {
    const linter = new Linter();
    const options = () => ({ vocabulary: { reject: [{ term: 'tolerated', prefer: 'completed' }] } });
    linter.lint('Pt tolerated it.\n\nMore.', options());
    const again = linter.lint('Pt tolerated it.\n\nMore!', options());
    assert.deepEqual(again.findings.map((f) => f.ruleId), ['vocabulary.term']);
  });
  it('re-linting after an edit reuses cached blocks and gives the same answer as a fresh linter', async () => {
    const { Linter } = await import('../../server/src/engine/index.ts');
    const cached = new Linter();
    const base = Array.from({ length: 200 }, (_, i) => `Paragraph ${i}: pt ambulated ${i} ft.`).join('\n\n');
    cached.lint(base);
    const edited = base.replace('Paragraph 100: pt', 'Paragraph 100: wheelchair-bound pt');
    assert.deepEqual(cached.lint(edited).findings, new Linter().lint(edited).findings);
  });
});
