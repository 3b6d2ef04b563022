/** Completion and hover for the Rapport keys of a note's front matter (server/src/lsp/front-matter.ts). */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { frontMatterCompletion, frontMatterHover } from '../../server/src/lsp/front-matter.ts';

const doc = (text: string) => TextDocument.create('file:///n.md', 'markdown', 1, text);
const labels = (items: Array<{ label: string }>) => items.map((i) => i.label);
const hoverText = (h: ReturnType<typeof frontMatterHover>) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

describe('language server: front matter completion and hover', () => {
  it('offers the four keys on an empty front matter line, minus the ones already there', () => {
    assert.deepEqual(labels(frontMatterCompletion(doc('---\n\n---\n# Note\n'), { line: 1, character: 0 })), ['mode', 'language-preference', 'patient-identifies-as', 'rules']);
    assert.deepEqual(labels(frontMatterCompletion(doc('---\nmode: clinical\nla\n---\n'), { line: 2, character: 2 })), ['language-preference', 'patient-identifies-as', 'rules']);
  });

  it('offers the values of mode and language-preference after the colon', () => {
    assert.deepEqual(labels(frontMatterCompletion(doc('---\nmode: \n---\n'), { line: 1, character: 6 })), ['clinical', 'reflection']);
    assert.deepEqual(labels(frontMatterCompletion(doc('---\nlanguage-preference: id\n---\n'), { line: 1, character: 23 })), ['person-first', 'identity-first', 'ask']);
  });

  it('offers rule ids and families under rules:', () => {
    const items = labels(frontMatterCompletion(doc('---\nrules:\n  pfl\n---\n'), { line: 2, character: 5 }));
    assert.ok(items.includes('pfl.wheelchair-bound') && items.includes('disability'), items.slice(0, 5).join());
  });

  it('offers nothing outside the front matter, or in a note without one', () => {
    assert.deepEqual(frontMatterCompletion(doc('---\nmode: clinical\n---\nmo'), { line: 3, character: 2 }), []);
    assert.deepEqual(frontMatterCompletion(doc('# Note\nmode: '), { line: 1, character: 6 }), []);
    assert.deepEqual(frontMatterCompletion(doc('---\nmode: clinical\n'), { line: 1, character: 0 }), [], 'an unclosed block is not front matter');
  });

  it('explains a key on hover, and the value under the cursor', () => {
    const d = doc('---\nlanguage-preference: ask\npatient-identifies-as: [autistic]\n---\n');
    assert.match(hoverText(frontMatterHover(d, { line: 1, character: 3 })), /^\*\*language-preference\*\* \(Rapport\)[\s\S]*- `identity-first`/);
    assert.match(hoverText(frontMatterHover(d, { line: 1, character: 22 })), /`ask`: Flag both forms/);
    assert.match(hoverText(frontMatterHover(d, { line: 2, character: 1 })), /uses for themself/);
    assert.equal(frontMatterHover(d, { line: 4, character: 0 }), null);
    assert.equal(frontMatterHover(doc('---\ntitle: x\n---\n'), { line: 1, character: 1 }), null, 'keys Rapport does not read get no hover');
  });
});
