/** Shared context filters: quotes, negation, subject, sections, medication context, sentences. */
import assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/engine/context/quotes.ts';
import { isNegated } from '../../server/src/engine/context/negation.ts';
import { hasPersonSubject } from '../../server/src/engine/context/subject.ts';
import { isMedicationContext } from '../../server/src/engine/context/medication.ts';
import { scanSections, sectionAt } from '../../server/src/engine/context/sections.ts';
import { sentenceSpans } from '../../server/src/engine/text/sentences.ts';

const whole = (t: string) => ({ start: 0, end: t.length });

describe('context: quotation', () => {
  it('treats speech with a speech verb or colon as attributed', () => {
    for (const t of ['Pt states, "I refuse to go back to the old chair."', 'Pt goal: "get through my Tuesday schedule"', '"I am lazy about stretching," he said.']) {
      const q = findQuotes(t);
      assert.equal(q.length, 1, t);
      assert.equal(q[0]!.attributed, true, t);
    }
  });
  it('treats a short unattributed quotation as a scare quote', () => {
    const q = findQuotes('Had a "reaction" to the brace.');
    assert.equal(q.length, 1);
    assert.equal(q[0]!.attributed, false);
    assert.equal(q[0]!.words, 1);
  });
  it('does not mistake apostrophes for quotation marks', () => {
    assert.deepEqual(findQuotes("The pt's caregiver's car isn't here."), []);
  });
});

describe('context: negation (clause-scoped)', () => {
  const neg = (t: string, term: string) => isNegated(t, whole(t), t.indexOf(term));
  it('sees common triggers', () => {
    assert.equal(neg('Pt not combative today.', 'combative'), true);
    assert.equal(neg('Denies pain at rest.', 'pain'), true);
    assert.equal(neg('No agitation noted.', 'agitation'), true);
    assert.equal(neg('Full PROM without resistance.', 'resistance'), true);
  });
  it('stops at the clause boundary', () => {
    assert.equal(neg('No pain at rest, but combative during transfers.', 'combative'), false);
  });
  it('ignores pseudo-negations', () => {
    assert.equal(neg('Not only combative but also hostile.', 'combative'), false);
  });
  it('is not fooled by distance', () => {
    assert.equal(neg('No change in plan was needed and the patient today was very combative at lunch.', 'combative'), false);
  });
});

describe('context: subject', () => {
  const subj = (t: string, term: string) => hasPersonSubject(t, whole(t), t.indexOf(term));
  it('finds a person subject, stated or implied', () => {
    assert.equal(subj('Pt resistant to repositioning.', 'resistant'), true);
    assert.equal(subj('Refused stretching.', 'Refused'), true);
  });
  it('rejects a body part or test as subject', () => {
    assert.equal(subj('Elbow flexion 4/5, holds against moderate resistance.', 'resistance'), false);
  });
});

describe('context: medication', () => {
  it('recognises dose, route and frequency', () => {
    const t = 'Insulin 10 U subcut QD';
    assert.equal(isMedicationContext(t, t.indexOf('QD'), t.indexOf('QD') + 2), true);
  });
  it('does not see medication in therapy shorthand', () => {
    const t = 'Dx: MS (multiple sclerosis). AD: power w/c.';
    assert.equal(isMedicationContext(t, t.indexOf('MS'), t.indexOf('MS') + 2), false);
  });
});

describe('context: sections', () => {
  it('reads headings and line labels', () => {
    const t = '# Subjective\nPt reports.\nO: ROM WNL\n## Goals\n1. Walk\nROS: negative\n';
    const marks = scanSections(t, []);
    assert.equal(sectionAt(marks, t.indexOf('Pt reports')), 'subjective');
    assert.equal(sectionAt(marks, t.indexOf('ROM WNL')), 'objective');
    assert.equal(sectionAt(marks, t.indexOf('1. Walk')), 'goals');
    assert.equal(sectionAt(marks, t.indexOf('negative')), 'ros');
  });
  it('ignores labels inside code', () => {
    const t = '```\nPlan: x\n```\nText';
    assert.deepEqual(scanSections(t, [[0, t.indexOf('Text')]]), []);
  });
});

describe('text: sentences', () => {
  it('does not split after clinical abbreviations', () => {
    const t = 'Pt. ambulated 50 ft w/ min. assist. Dr. Lee reviewed. Next visit Tues.';
    assert.equal(sentenceSpans(t).length, 3);
  });
  it('ends a sentence after slash shorthand but not after an initial', () => {
    assert.equal(sentenceSpans('A: No c/o. P: Same.').length, 2);
    assert.equal(sentenceSpans('Seen by J. Smith today.').length, 1);
  });
  it('ends a sentence after charting shorthand only when a capitalised word follows', () => {
    const texts = (t: string) => sentenceSpans(t).map((s) => t.slice(s.start, s.end));
    assert.deepEqual(texts('Pt seen for tx. Doing well.'), ['Pt seen for tx.', 'Doing well.']);
    assert.deepEqual(texts('Metoprolol 25 mg bid. Will recheck BP x 2 wks. Pt agrees.'), ['Metoprolol 25 mg bid.', 'Will recheck BP x 2 wks.', 'Pt agrees.']);
    assert.equal(sentenceSpans('Hx. of falls at home.').length, 1);
    assert.equal(sentenceSpans('Rt. Knee pain, 45 y.o. Male.').length, 1);
  });
});
