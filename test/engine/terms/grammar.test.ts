import assert from 'node:assert/strict';
import { articleFor, caseLike, withArticle } from '../../../server/src/engine/terms/grammar.ts';

describe('terms: grammar of suggestions', () => {
  it('chooses a/an by sound, for numbers and acronyms too', () => {
    const cases: Array<[string, 'a' | 'an']> = [
      ['18-year-old', 'an'], ['8-year-old', 'an'], ['11-year-old', 'an'], ['80-year-old', 'an'], ['20-year-old', 'a'], ['1-year-old', 'a'],
      ['MS diagnosis', 'an'], ['MRI', 'an'], ['RN', 'an'], ['PT visit', 'a'], ['UTI', 'a'], ['NG tube', 'an'],
      ['person', 'a'], ['older adult', 'an'], ['hour', 'an'], ['user', 'a'], ['unusual', 'an'],
    ];
    for (const [word, article] of cases) assert.equal(articleFor(word), article, word);
  });
  it('writes an abbreviation\'s replacement in lower case mid-sentence', () => {
    assert.equal(caseLike('QD', 'daily', false), 'daily');
    assert.equal(caseLike('QD', 'daily', true), 'Daily');
    assert.equal(caseLike('Refused', 'declined', true), 'Declined');
    assert.equal(caseLike('WHEELCHAIR-BOUND', 'uses a wheelchair', false), 'USES A WHEELCHAIR');
  });
  it('corrects the article before a replacement', () => {
    const text = 'Pt is a diabetic';
    assert.deepEqual(withArticle(text, 'Pt is a '.length, 'older adult with diabetes'), { start: 'Pt is '.length, replacement: 'an older adult with diabetes' });
    assert.deepEqual(withArticle(text, 'Pt is a '.length, 'person with diabetes'), { start: 'Pt is a '.length, replacement: 'person with diabetes' });
    assert.deepEqual(withArticle('An SMA patient', 3, 'patient with SMA'), { start: 0, replacement: 'A patient with SMA' });
  });
});

describe('terms: relative clauses are joined, not stacked', () => {
  it('ends a who-clause replacement in "and" before another who-clause', async () => {
    const { joinRelatives } = await import('../../../server/src/engine/terms/grammar.ts');
    const text = 'a wheelchair-bound student who has MS';
    const end = 'a wheelchair-bound student'.length;
    assert.equal(joinRelatives(text, end, 'student who uses a wheelchair'), 'student who uses a wheelchair and');
    assert.equal(joinRelatives('a wheelchair-bound student in PT', end, 'student who uses a wheelchair'), 'student who uses a wheelchair');
    assert.equal(joinRelatives(text, end, 'person'), 'person', 'only a replacement with its own who-clause');
  });
});
