/**
 * The clinical context layer (after ConText): negated lists, hypotheticals, who a term is about, the
 * hospital-admission sense of "admit", volumes that are measurements, the patient's stated age, and
 * exam labels that name a body part. Each case names the mechanism; the rule-level effect is checked
 * through lint() at the end.
 */
import assert from 'node:assert/strict';
import { isNegated } from '../../server/src/engine/context/negation.ts';
import { isHypothetical } from '../../server/src/engine/context/hypothetical.ts';
import { experiencerAt } from '../../server/src/engine/context/experiencer.ts';
import { isHospitalAdmission } from '../../server/src/engine/context/senses.ts';
import { isVolumeMeasurement } from '../../server/src/engine/context/medication.ts';
import { scanPatient } from '../../server/src/engine/context/patient.ts';
import { hasPersonSubject } from '../../server/src/engine/context/subject.ts';
import { inSectionLabel, scanSections, sectionAt } from '../../server/src/engine/context/sections.ts';
import { lint } from '../../server/src/engine/index.ts';

const whole = (t: string) => ({ start: 0, end: t.length });
const at = (t: string, word: string) => {
  const i = t.indexOf(word);
  assert.ok(i >= 0, `${word} not in ${t}`);
  return i;
};

describe('context: negated lists', () => {
  it('lets a trigger reach every item of a comma list', () => {
    for (const [t, w] of [
      ['No tobacco, alcohol, or drug abuse.', 'drug abuse'],
      ['She does not smoke cigarettes, abuse alcohol, nor use any illicit drugs.', 'abuse alcohol'],
      ['No history of exogenous substance abuse, alcohol abuse, or caffeine abuse.', 'caffeine abuse'],
      ['Pregnancy was not complicated by hypertension, diabetes, drugs, alcohol abuse or smoking.', 'alcohol abuse'],
    ] as const) assert.equal(isNegated(t, whole(t), at(t, w)), true, t);
  });
  it('does not carry a negation into a new clause with its own subject or verb', () => {
    for (const [t, w] of [
      ['No fever, pt refused PT.', 'refused'],
      ['No fever, refused PT.', 'refused'],
      ['Denies pain, but was combative with staff.', 'combative'],
    ] as const) assert.equal(isNegated(t, whole(t), at(t, w)), false, t);
  });
});

describe('context: a negated verb with a definite object', () => {
  it('negates the verb, not the label that opens its object', () => {
    for (const [t, w] of [
      ["Don't let the demanding relatives set the pace of the visit.", 'demanding'],
      ['She never trusted the noncompliant label that followed her from clinic to clinic.', 'noncompliant'],
    ] as const) assert.equal(isNegated(t, whole(t), at(t, w)), false, t);
  });
  it('still negates through verbs that say whether a thing was there or done, and through a copula', () => {
    for (const [t, w] of [
      ['Did not need the restraints overnight.', 'restraints'],
      ['Does not show the aggressive behaviour described at intake.', 'aggressive'],
      ['He is not the difficult patient the handoff described.', 'difficult'],
      ['She is not a difficult patient.', 'difficult'],
    ] as const) assert.equal(isNegated(t, whole(t), at(t, w)), true, t);
  });
});

describe('context: long-scope negation', () => {
  it('lets "no evidence that" reach into its clause', () => {
    const t = 'There were no indications in the evaluation that Mr. X showed any addictive or noncompliant behaviours.';
    assert.equal(isNegated(t, whole(t), at(t, 'noncompliant')), true);
    const u = 'No evidence that he was ever told about the risks, and he refused.';
    assert.equal(isNegated(u, whole(u), at(u, 'refused')), false);
  });
});

describe('context: hypothetical', () => {
  it('sees conditionals within the clause', () => {
    const t = 'If the patient refuses treatment, he understands the risks.';
    assert.equal(isHypothetical(t, whole(t), at(t, 'refuses')), true);
    const u = 'In case she declines the walker, a cane was fitted.';
    assert.equal(isHypothetical(u, whole(u), at(u, 'declines')), true);
  });
  it('reads what a plan watches for as not yet happened', () => {
    const t = 'Monitor for agitation or confusion overnight.';
    assert.equal(isHypothetical(t, whole(t), at(t, 'agitation')), true);
    const u = 'Watching closely for refusal of the evening meds.';
    assert.equal(isHypothetical(u, whole(u), at(u, 'refusal')), true);
    const v = 'Monitored vitals q4h; pt agitated at 0300.';
    assert.equal(isHypothetical(v, whole(v), at(v, 'agitated')), false);
  });
  it('ends at the clause boundary', () => {
    const t = 'If fatigued, pt refused the last set.';
    assert.equal(isHypothetical(t, whole(t), at(t, 'refused')), false);
  });
});

describe('context: experiencer', () => {
  it('finds a relative or an organisation as the clause subject', () => {
    const cases: Array<[string, string, string]> = [
      ['Her mother died of stroke, father with alcohol abuse and diabetes.', 'alcohol abuse', 'relative'],
      ['Her ex-husband died in 1980 of pancreatitis secondary to alcohol abuse.', 'alcohol abuse', 'relative'],
      ['She uses CPAP nightly, and Medicaid is threatening to refuse to pay for it.', 'refuse', 'organisation'],
      ['Family history of alcohol abuse in two uncles.', 'alcohol abuse', 'relative'],
      ['Pt refused the walker today.', 'refused', 'patient'],
      ['Pt lives with her husband and refuses the walker.', 'refuses', 'patient'],
      ['She believes that the teachers become angry with her.', 'angry', 'other'],
      ['His PCP has made it clear that he is unwilling to prescribe opiates.', 'made', 'other'],
      ['The night nurse was irate about the delay.', 'irate', 'other'],
      ['Nursing staff report the patient was combative overnight.', 'combative', 'patient'],
      ['Doctors of the patient were angry.', 'angry', 'patient'],
    ];
    for (const [t, w, who] of cases) assert.equal(experiencerAt(t, whole(t), at(t, w), 'other'), who, t);
  });
  it('reads a family-history section as about relatives', () => {
    const t = 'Alcohol abuse in father; diabetes in mother.';
    assert.equal(experiencerAt(t, whole(t), 0, 'family-history'), 'relative');
  });
});

describe('context: senses of "admit"', () => {
  const admission = (t: string, verb: string) => {
    const i = at(t, verb);
    return isHospitalAdmission(t, i, i + verb.length);
  };
  it('recognises hospital admission', () => {
    for (const [t, v] of [
      ['ADMITTING DIAGNOSIS: CVA.', 'ADMITTING'],
      ['The patient was seen and admitted through the emergency room.', 'admitted'],
      ['He was initially admitted, placed on aspirin.', 'admitted'],
      ['He was heparinized and admitted.', 'admitted'],
      ['The patient was directly admitted to Children\'s Hospital.', 'admitted'],
      ['Plan: Admit to neurology.', 'Admit'],
      ['Admitted to Pediatrics.', 'Admitted'],
      ['She refused to sign the admit papers.', 'admit'],
      ['A 74-year-old woman admitted here with confusion.', 'admitted'],
    ] as const) assert.equal(admission(t, v), true, t);
  });
  it('leaves the confession frame to the rule', () => {
    for (const [t, v] of [
      ['He admits to drinking four beers a night.', 'admits'],
      ['Pt admitted that she skipped the HEP.', 'admitted'],
      ['The patient admits to poor dental hygiene.', 'admits'],
      ['He admitted to smoking a pack a day.', 'admitted'],
    ] as const) assert.equal(admission(t, v), false, t);
  });
});

describe('context: volumes that are measurements', () => {
  it('separates blood loss, output and syringe sizes from doses', () => {
    const measured = ['Estimated blood loss 200 cc.', 'About 600 cc of residual urine.', 'A 60 cc syringe was used.', 'Fluids: 1200 cc of crystalloid.'];
    for (const t of measured) assert.equal(isVolumeMeasurement(t, at(t, 'cc'), at(t, 'cc') + 2), true, t);
    const dose = ['5 cc of 1% lidocaine was infiltrated.', 'Peridex rinse 10 cc swish and spit, 15 mg.'];
    for (const t of dose) assert.equal(isVolumeMeasurement(t, at(t, 'cc'), at(t, 'cc') + 2), false, t);
  });
});

describe('context: the patient', () => {
  it('takes the first age the note states', () => {
    assert.equal(scanPatient('Mr. ABC is a 2-year-old boy brought in by parents.', []).ageYears, 2);
    assert.equal(scanPatient('A 4-day-old infant with jaundice.', []).ageYears, 4 / 365);
    assert.equal(scanPatient('Naren is a 20 yo student.', []).ageYears, 20);
    assert.equal(scanPatient('No age stated here.', []).ageYears, undefined);
  });
  it('ignores ages inside code', () => {
    const t = '`3-year-old` sample\nA 40-year-old man.';
    assert.equal(scanPatient(t, [[0, 12]]).ageYears, 40);
  });
});

describe('context: exam labels', () => {
  it('reads a body-part label as the implied subject', () => {
    const t = 'Abdomen: Obese, soft, nontender.';
    assert.equal(hasPersonSubject(t, whole(t), at(t, 'Obese')), false);
    const u = 'Plan: Refused the walker.';
    assert.equal(hasPersonSubject(u, whole(u), at(u, 'Refused')), true);
  });
  it('knows the usual section labels of transcribed reports', () => {
    const t = '**FAMILY HISTORY:** x\n\n**SOCIAL HISTORY:** y\n\n**ADMITTING DIAGNOSIS:** z\n\n**ESTIMATED BLOOD LOSS:** w\n\n**MENTAL STATUS EXAM:** v';
    const marks = scanSections(t, []);
    assert.deepEqual(['x', 'y', 'z', 'w', 'v'].map((c) => sectionAt(marks, t.indexOf(` ${c}`))), ['family-history', 'social-history', 'diagnosis', 'procedure', 'mental-status']);
  });
});

describe('context: section labels', () => {
  it('finds a term inside a line-start label, not in the prose after it', () => {
    const t = '  SUBSTANCE ABUSE HISTORY:   Reports substance abuse in his twenties.';
    assert.equal(inSectionLabel(t, at(t, 'SUBSTANCE'), at(t, 'SUBSTANCE') + 15), true);
    const i = t.lastIndexOf('substance abuse');
    assert.equal(inSectionLabel(t, i, i + 15), false);
  });
});

describe('context: effects on findings', () => {
  const ids = (t: string) => lint(t).findings.map((f) => `${f.ruleId}:${f.severity}`);
  it('silences negated, hypothetical and relatives\' diagnostic mentions, and a section heading', () => {
    assert.deepEqual(ids('No tobacco, alcohol, or drug abuse.'), []);
    assert.deepEqual(ids('If the patient refuses treatment, call the resident.'), []);
    // A relative's history in diagnostic words is not about the patient; a label for the relative stays at info.
    assert.deepEqual(ids('Father with alcohol abuse and diabetes.'), []);
    assert.deepEqual(ids('Her father has a drinking problem.'), ['sud.abuse-framing:info']);
    assert.deepEqual(ids('Pt has a history of alcohol abuse.'), ['sud.abuse-framing:warning']);
    // The heading names a standard record section: the template's wording, not the writer's.
    assert.deepEqual(ids('**SUBSTANCE ABUSE HISTORY:** Caffeine: two cups a day.'), []);
  });
  it('uses the note\'s stated age for child words', () => {
    const note = 'Mr. ABC is a 2-year-old boy with a foreign body.\n\n**BACK:** No findings. Diaper area normal.';
    assert.deepEqual(ids(note).filter((i) => i.startsWith('dignity')), []);
    const adult = 'A 78-year-old man after a shunt revision.\n\nHe wears a diaper at night.';
    assert.deepEqual(ids(adult).filter((i) => i.startsWith('dignity')), ['dignity.child-terms:warning']);
  });
});
