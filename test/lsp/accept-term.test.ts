/** The accepted-terms edit: the term goes into vocabulary.accept, and nothing else in the file changes. */
import assert from 'node:assert/strict';
import { withAcceptedTerm } from '../../server/src/lsp/accept-term.ts';

describe('language server: the accepted-terms edit', () => {
  it('appends to a list in its own layout, keeping comments', () => {
    assert.equal(withAcceptedTerm('{ "vocabulary": { "accept": ["a"] } } // end\n', 'b'), '{ "vocabulary": { "accept": ["a", "b"] } } // end\n');
    const multi = '{\n  "vocabulary": {\n    "accept": [\n      "a", // first\n      "b"\n    ]\n  }\n}\n';
    assert.equal(withAcceptedTerm(multi, 'c'), '{\n  "vocabulary": {\n    "accept": [\n      "a", // first\n      "b",\n      "c"\n    ]\n  }\n}\n');
    const one = '{\r\n\t"vocabulary": {\r\n\t\t"accept": [\r\n\t\t\t"a"\r\n\t\t]\r\n\t}\r\n}\r\n';
    assert.equal(withAcceptedTerm(one, 'b'), '{\r\n\t"vocabulary": {\r\n\t\t"accept": [\r\n\t\t\t"a",\r\n\t\t\t"b"\r\n\t\t]\r\n\t}\r\n}\r\n');
    assert.equal(withAcceptedTerm('{ "vocabulary": { "accept": [] } }', 'a'), '{ "vocabulary": { "accept": ["a"] } }');
  });

  it('creates vocabulary.accept where there is none, and leaves the rest as it was', () => {
    const next = withAcceptedTerm('{\n  // team\n  "mode": "clinical"\n}\n', 'résumé "x"')!;
    assert.match(next, /^\{\n {2}\/\/ team\n {2}"mode": "clinical",/);
    assert.deepEqual(JSON.parse(next.replace('// team', '')), { mode: 'clinical', vocabulary: { accept: ['résumé "x"'] } });
  });

  it('does nothing to a file that is not valid configuration JSON, or that already accepts the term', () => {
    assert.equal(withAcceptedTerm('{ "mode": ', 'a'), undefined);
    assert.equal(withAcceptedTerm('[1]', 'a'), undefined);
    assert.equal(withAcceptedTerm('{ "vocabulary": { "accept": "a" } }', 'b'), undefined);
    assert.equal(withAcceptedTerm('{ "vocabulary": { "accept": ["Refused"] } }', 'refused'), undefined);
  });
});
