/** A term's severity may differ by mode: a hint in a clinical note, a warning in a student's reflection. */
import assert from 'node:assert/strict';
import { Linter } from '../../../server/src/engine/index.ts';

const linter = new Linter();
const severities = (text: string, mode: 'clinical' | 'reflection') =>
  linter.lint(text, { mode }).findings.filter((f) => f.ruleId === 'label.hostile').map((f) => f.severity);

describe('terms: severity per mode', () => {
  it('takes the severity the term gives for the mode', () => {
    assert.deepEqual(severities('Pt angry at the front desk about parking.', 'clinical'), ['info']);
    assert.deepEqual(severities('Pt angry at the front desk about parking.', 'reflection'), ['warning']);
  });
  it('leaves a term without one at the rule severity', () => {
    assert.deepEqual(severities('Pt became combative during the transfer.', 'clinical'), ['warning']);
  });
});
