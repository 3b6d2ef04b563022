/**
 * Every snippet body, expanded to the text a clinician sees before typing
 * (placeholders → their default text, choices → each option in turn, bare tab
 * stops → empty), lints clean with Rapport's own engine. A template that the
 * linter flags would teach the habits the linter exists to change.
 *
 * The reflection template declares `mode: reflection` in its front matter and
 * is linted in that (stricter) mode; the others are clinical-note templates.
 */
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index.ts';
import { bodyText, expansions, loadSnippets, parseSnippet } from './snippet-syntax.ts';

describe('snippets: bodies lint clean with the engine', () => {
  it('the engine is live (a known stigmatizing phrase is flagged), so a clean result means something', () => {
    const { findings } = lint('Pt is a 20-year-old wheelchair-bound student.', { mode: 'clinical' });
    assert.ok(findings.length > 0, 'expected the engine to flag "wheelchair-bound"');
  });

  for (const s of loadSnippets()) {
    const texts = expansions(parseSnippet(bodyText(s.body)));
    it(`${String(s.prefix)} (${texts.length} expansion${texts.length === 1 ? '' : 's'})`, () => {
      for (const text of texts) {
        const mode = /^---\n(?:.*\n)*?mode: reflection\n/.test(text) ? 'reflection' : 'clinical';
        const { findings } = lint(text, { mode });
        assert.deepEqual(
          findings.map((f) => `${f.ruleId} [${f.severity}] ${JSON.stringify(f.text)}: ${f.message}`),
          [],
          `${String(s.prefix)} in ${mode} mode:\n${text}`,
        );
      }
    });
  }
});
