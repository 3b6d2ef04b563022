/**
 * A language preference the note records in prose ("prefers identity-first language") applies to the note as a
 * front-matter `language-preference` would; the front matter still wins, and a negated one states nothing.
 */
import assert from 'node:assert/strict';
import { statedPreference } from '../../../server/src/engine/context/patient.ts';
import { Linter } from '../../../server/src/engine/index.ts';

const ids = (text: string) => new Linter().lint(text).findings.filter((f) => f.ruleId === 'pfl.language-preference').map((f) => f.text);

describe('context: a language preference stated in the note', () => {
  it('reads identity-first and person-first requests, in either order of words', () => {
    assert.equal(statedPreference('Family and student prefer identity-first language (autistic).', []), 'identity-first');
    assert.equal(statedPreference('Pt requested person-first terms at intake.', []), 'person-first');
    assert.equal(statedPreference('Identity-first language is preferred by the client.', []), 'identity-first');
    assert.equal(statedPreference('Client asked for identity first wording.', []), 'identity-first');
  });

  it('states nothing when negated, absent, or inside code', () => {
    assert.equal(statedPreference('Pt does not prefer identity-first language.', []), undefined);
    assert.equal(statedPreference("She doesn't want identity-first terms.", []), undefined);
    assert.equal(statedPreference('Discussed person-first and identity-first language with the team.', []), undefined);
    const code = '`prefers identity-first` is a setting.';
    assert.equal(statedPreference(code, [[0, code.indexOf('`', 1) + 1]]), undefined);
  });

  it('applies to the rest of the note, and yields to the front matter', () => {
    assert.deepEqual(ids('Client prefers identity-first language.\n\nThe man with autism attended group.\n'), ['man with autism']);
    assert.deepEqual(ids('The man with autism attended group.\n'), []);
    assert.deepEqual(ids('---\nlanguage-preference: person-first\n---\nClient prefers identity-first language.\n\nThe autistic man attended group.\n'), ['autistic man']);
  });
});
