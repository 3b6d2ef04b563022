import assert from 'node:assert/strict';
import { adjectiveForms, inflect, nounForms, verbForms, verbWithNouns } from '../../../server/src/engine/terms/inflect.ts';

describe('terms: inflections', () => {
  const cases: Array<[string, string, string, string]> = [
    ['refuse', 'refuses', 'refused', 'refusing'],
    ['deny', 'denies', 'denied', 'denying'],
    ['stop', 'stops', 'stopped', 'stopping'],
    ['admit', 'admits', 'admitted', 'admitting'],
    ['claim', 'claims', 'claimed', 'claiming'],
    ['fail', 'fails', 'failed', 'failing'],
    ['push', 'pushes', 'pushed', 'pushing'],
    ['agree', 'agrees', 'agreed', 'agreeing'],
    ['offer', 'offers', 'offered', 'offering'],
  ];
  for (const [base, s, past, ing] of cases) {
    it(`${base}: ${s}, ${past}, ${ing}`, () => {
      const f = verbForms(base);
      assert.deepEqual([f.s[0], f.past[0], f.ing[0]], [s, past, ing]);
    });
  }
  it('knows irregular pasts and participles', () => {
    assert.deepEqual(verbForms('choose').past, ['chose', 'chosen']);
    assert.equal(inflect('choose not to', 'past'), 'chose not to');
  });
  it('makes plurals with pluralize', () => {
    assert.deepEqual(nounForms('addict').pl, ['addicts']);
    assert.deepEqual(nounForms('woman').pl, ['women']);
  });
  it('derives adjective nouns and adverbs by regular suffixes', () => {
    assert.ok(adjectiveForms('noncompliant').includes('noncompliance'));
    assert.ok(adjectiveForms('belligerent').includes('belligerence'));
    assert.ok(adjectiveForms('hysterical').includes('hysterically'));
  });
  it('derives agent and -ation nouns from verbs', () => {
    const forms = verbWithNouns('manipulate').map(([f]) => f);
    assert.ok(forms.includes('manipulator') === false && forms.includes('manipulation') && forms.includes('manipulates'));
    assert.ok(verbWithNouns('abuse').some(([f]) => f === 'abuser'));
  });
});
