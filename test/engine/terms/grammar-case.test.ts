/**
 * caseLike: a replacement for a phrase that opens with an abbreviation mid-sentence
 * is not capitalised because the abbreviation is ("an ALS case" → "a patient with ALS").
 */
import assert from 'node:assert/strict';
import { caseLike } from '../../../server/src/engine/terms/grammar.ts';

describe('caseLike after an opening abbreviation', () => {
  it('keeps the replacement lower-case mid-sentence', () => {
    assert.equal(caseLike('ALS case', 'patient with ALS', false), 'patient with ALS');
    assert.equal(caseLike('QD dosing', 'daily dosing', false), 'daily dosing');
  });
  it('capitalises at the start of a sentence', () => {
    assert.equal(caseLike('ALS case', 'patient with ALS', true), 'Patient with ALS');
  });
  it('still follows an ordinary capitalised word', () => {
    assert.equal(caseLike('Diabetic patient', 'patient with diabetes', false), 'Patient with diabetes');
    assert.equal(caseLike('QD', 'daily', false), 'daily');
  });
});
