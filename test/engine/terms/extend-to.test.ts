/**
 * Term.extendTo: a finding runs on to the words later in its clause that complete it ("How are we getting on" →
 * "… with our crutches"), and its suggestion carries the term's word swaps into what the extension adds.
 */
import assert from 'node:assert/strict';
import { Linter } from '../../../server/src/engine/index.ts';

const linter = new Linter();
const we = (text: string) => linter.lint(text, { mode: 'clinical' }).findings.filter((f) => f.ruleId === 'dignity.collective-we');

describe('terms that extend to the end of what they open', () => {
  it('runs the finding on to the patient\'s thing and rewrites it in the fix', () => {
    const [f, ...rest] = we('How are we getting on with our crutches today?');
    assert.ok(f, 'a finding');
    assert.equal(rest.length, 0, 'one finding for one question');
    assert.equal(f.text, 'How are we getting on with our crutches');
    assert.deepEqual(f.suggestions, ['How are you getting on with your crutches']);
  });

  it('keeps the original span when nothing of the patient\'s follows in the clause', () => {
    const [f] = we('How are we feeling today? Our team will call on Monday.');
    assert.ok(f, 'a finding');
    assert.equal(f.text, 'How are we feeling');
    assert.deepEqual(f.suggestions, ['How are you feeling']);
  });

  it('does not extend past the end of the clause', () => {
    const [f] = we('How are we feeling today; the porter still has our crutches.');
    assert.ok(f, 'a finding');
    assert.equal(f.text, 'How are we feeling');
  });
});
