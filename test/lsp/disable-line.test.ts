/**
 * "Disable for this line": the comment silences exactly the finding's line,
 * whatever the line endings (the engine's idea of a line is CommonMark's), and
 * never changes how the note renders.
 */
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index.ts';
import { applyEdits } from '../../server/src/lsp/fixes.ts';
import { disableLineEdit } from '../../server/src/lsp/disable-line.ts';
import { applyTextEdits, changeNote, codeActions, editsFor, openNote, useServer } from './helpers.ts';
import { outline, rendered } from './rendered.ts';

const RULE = 'pfl.wheelchair-bound';

/** The findings of RULE as [line, flagged text], lines counted as CommonMark counts them. */
function flagged(text: string): Array<[number, string]> {
  return lint(text)
    .findings.filter((f) => f.ruleId === RULE)
    .map((f) => [text.slice(0, f.start).split(/\r\n|\r|\n/).length - 1, f.text]);
}

/** Disables RULE for its `which`-th finding; returns the new text after checking what a clinician would check. */
function disableOne(text: string, which: number): string {
  const all = lint(text).findings.filter((f) => f.ruleId === RULE);
  const target = all[which]!;
  const edit = disableLineEdit(text, target, RULE);
  assert.ok(edit, 'no place for the comment was found');
  assert.equal(edit.start, edit.end, 'the edit only inserts');
  const after = applyEdits(text, [edit]);
  const expected = flagged(text).filter((_, i) => i !== which);
  // Lines of the other findings move down by one when the comment takes a line of its own.
  const added = after.split(/\r\n|\r|\n/).length - text.split(/\r\n|\r|\n/).length;
  const targetLine = flagged(text)[which]![0];
  assert.deepEqual(flagged(after), expected.map(([line, t]) => [line > targetLine ? line + added : line, t]), `after:\n${JSON.stringify(after)}`);
  assert.deepEqual(rendered(after), rendered(text), `the rendering changed: ${outline(rendered(text))} became ${outline(rendered(after))}\n${JSON.stringify(after)}`);
  return after;
}

describe('disable for this line', () => {
  describe('line endings', () => {
    it('a note with CR line endings: only the finding\'s line is silenced', () => {
      const text = '# O:\r\rPt is wheelchair-bound.\r\rHer brother is wheelchair-bound too.\rHe is wheelchair-bound at work.\r';
      assert.equal(flagged(text).length, 3);
      disableOne(text, 1);
      disableOne(text, 2);
      disableOne(text, 0);
    });

    it('mixed line endings: the comment lands on the finding\'s line, not lines above it', () => {
      const text = 'Intro line.\r\nSecond\rthird\n\r\n- a\r- b\n\rNote:\rPt is wheelchair-bound.\r\rHer brother is wheelchair-bound too.\nMore text.\r';
      assert.equal(flagged(text).length, 2);
      disableOne(text, 0);
      disableOne(text, 1);
    });

    it('a new comment line takes the line ending of the line before it', () => {
      const text = 'Intro.\r\rPt is wheelchair-bound.\n';
      assert.equal(disableOne(text, 0), 'Intro.\r\r<!-- rapport-disable-next-line pfl.wheelchair-bound -->\rPt is wheelchair-bound.\n');
    });
  });

  describe('the note renders as before', () => {
    const cases: Array<[string, string, number, string?]> = [
      ['first line of a paragraph: a comment line above it', 'Intro.\n\nPt is wheelchair-bound since 2019,\nper chart.\n', 0,
        'Intro.\n\n<!-- rapport-disable-next-line pfl.wheelchair-bound -->\nPt is wheelchair-bound since 2019,\nper chart.\n'],
      ['inside a wrapped paragraph: at the end of the line', 'Pt reports fatigue by noon and\nis wheelchair-bound since 2019,\nper chart.\n', 0,
        'Pt reports fatigue by noon and\nis wheelchair-bound since 2019,<!-- rapport-disable-line pfl.wheelchair-bound -->\nper chart.\n'],
      ['the last line of a paragraph', 'Pt reports fatigue and\nis wheelchair-bound.', 0, 'Pt reports fatigue and\nis wheelchair-bound.<!-- rapport-disable-line pfl.wheelchair-bound -->'],
      ['a hard break of two spaces is kept', 'Mobility: fair\nPt is wheelchair-bound.  \nNext line.\n', 0,
        'Mobility: fair\nPt is wheelchair-bound.<!-- rapport-disable-line pfl.wheelchair-bound -->  \nNext line.\n'],
      ['a backslash hard break is kept', 'Mobility: fair\nPt is wheelchair-bound.\\\nNext line.\n', 0,
        'Mobility: fair\nPt is wheelchair-bound.<!-- rapport-disable-line pfl.wheelchair-bound -->\\\nNext line.\n'],
      ['the second item of a list', '- Transfers: mod A\n- Pt is wheelchair-bound\n- Gait: n/a\n', 0,
        '- Transfers: mod A\n- Pt is wheelchair-bound<!-- rapport-disable-line pfl.wheelchair-bound -->\n- Gait: n/a\n'],
      ['a list that starts right after a paragraph line', 'Mobility:\n- Pt is wheelchair-bound\n- Gait: n/a\n', 0,
        'Mobility:\n<!-- rapport-disable-next-line pfl.wheelchair-bound -->\n- Pt is wheelchair-bound\n- Gait: n/a\n'],
      ['a wrapped line inside a list item', '1. Transfers: mod A, and pt\n   is wheelchair-bound since 2019.\n2. Gait: n/a\n', 0,
        '1. Transfers: mod A, and pt\n   is wheelchair-bound since 2019.<!-- rapport-disable-line pfl.wheelchair-bound -->\n2. Gait: n/a\n'],
      ['a table row', '| Item | Note |\n|---|---|\n| Mobility | wheelchair-bound |\n| Gait | n/a |\n', 0,
        '| Item | Note |\n|---|---|\n| Mobility | wheelchair-bound<!-- rapport-disable-line pfl.wheelchair-bound --> |\n| Gait | n/a |\n'],
      ['a heading with a closing sequence', 'Text\n## Pt is wheelchair-bound ##\n', 0],
      ['emphasis that wraps onto the next line', 'Pt reports *pain and\nis wheelchair-bound* now,\nsays her son.\n', 0],
      ['a code span that wraps onto the next line', 'Pt reports pain and\nis wheelchair-bound `per\nchart` today.\n', 0],
      ['a paragraph right after front matter', '---\nmode: clinical\n---\nPt is wheelchair-bound\nsince 2019.\n', 0],
      ['the second of two findings on one wrapped paragraph', 'Pt is wheelchair-bound; brother\nis wheelchair-bound too,\nper chart.\n', 1],
    ];
    for (const [what, text, which, expected] of cases) {
      it(what, () => {
        const after = disableOne(text, which);
        if (expected !== undefined) assert.equal(after, expected);
      });
    }

    it('extends the inline comment already on the line instead of adding another', () => {
      const text = 'Pt said she\nrefused PT; she is wheelchair-bound.<!-- rapport-disable-line adhere.refused -->\nEnd.\n';
      const after = disableOne(text, 0);
      assert.equal(after, text.replace('adhere.refused -->', 'adhere.refused pfl.wheelchair-bound -->'));
    });
  });

  describe('over the protocol', function () {
    this.timeout(20_000);
    const server = useServer();

    it('in a note with CR line endings, silences the finding\'s line and no other', async () => {
      const uri = 'file:///tmp/rapport-disable/cr.md';
      const text = '# O:\r\rPt is wheelchair-bound.\r\rHer brother is wheelchair-bound too.\r';
      const ds = await openNote(server(), uri, text);
      const [first, second] = ds.filter((x) => x.code === RULE);
      assert.deepEqual([first?.range.start.line, second?.range.start.line], [2, 4]);
      const action = (await codeActions(server(), uri, [second!])).find((a) => a.title === `Disable ${RULE} for this line`)!;
      const after = applyTextEdits(text, editsFor(action.edit, uri));
      const left = await changeNote(server(), uri, after, 2);
      assert.deepEqual(left.map((d) => [d.code, d.range.start.line]), [[RULE, 2]], JSON.stringify(after));
    });

    it('keeps a wrapped paragraph one paragraph, and the finding goes away', async () => {
      const uri = 'file:///tmp/rapport-disable/wrapped.md';
      const text = '# S:\n\nNaren reports fatigue by noon and\nis a wheelchair-bound university student\nwho lives on campus.\n';
      const ds = await openNote(server(), uri, text);
      const d = ds.find((x) => x.code === RULE)!;
      const action = (await codeActions(server(), uri, [d])).find((a) => a.title === `Disable ${RULE} for this line`);
      assert.ok(action, 'no "disable for this line" action');
      const after = applyTextEdits(text, editsFor(action.edit, uri));
      assert.deepEqual(rendered(after), rendered(text), `rendering changed: ${JSON.stringify(after)}`);
      assert.equal(outline(rendered(after)), 'root(heading(text) paragraph(text))');
      assert.deepEqual(await changeNote(server(), uri, after, 2), []);
    });
  });
});
