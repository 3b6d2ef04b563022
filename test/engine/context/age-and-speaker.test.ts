/** The paragraph-age and quotation-speaker layers that child words, endearments and the collective "we" ask. */
import assert from 'node:assert/strict';
import { childAgeText, paragraphAges, statesGroupAdultAges } from '../../../server/src/engine/context/age.ts';
import { lint } from '../../../server/src/engine/index.ts';

const ruleSpans = (text: string, prefix: string, mode: 'clinical' | 'reflection' = 'clinical') =>
  lint(text, { mode }).findings.filter((f) => f.ruleId.startsWith(prefix)).map((f) => `${f.text}:${f.severity}`);

describe('context: paragraph ages', () => {
  it('reads a paediatric paragraph unless an adult age is stated', () => {
    assert.deepEqual(paragraphAges('4 yo with spastic diplegia; mother present.'), { paediatric: true, adult: false });
    assert.deepEqual(paragraphAges('Pediatric unit; pt is 19 yo.').paediatric, false);
    assert.equal(paragraphAges('20 yo university student.').adult, true);
  });
  it('reads a baby\'s nappies counted or the nappy area as a child\'s care, not an adult\'s pads', () => {
    assert.equal(paragraphAges('Six wet and two dirty nappies in 24 h, stools changing to yellow.').paediatric, true);
    assert.equal(paragraphAges('Nappy area clean and dry, no excoriation.').paediatric, true);
    assert.equal(paragraphAges('Nappies: 6 wet in 24 h, feeding well.').paediatric, true);
    assert.equal(paragraphAges('Mum says he has not drunk since yesterday but nappies are wet.').paediatric, true);
    assert.equal(paragraphAges('Resident in nappies since admission.').paediatric, false);
  });

  it('reads a child\'s age written as a number, but not a baby named beside its mother', () => {
    assert.equal(childAgeText('Age 4: held still for bloods.'), true);
    assert.equal(childAgeText('The 14-month-old was weighed.'), true);
    assert.equal(childAgeText('Good girl, nearly there, baby is nearly out.'), false);
    assert.equal(childAgeText('Age 4 weeks post-op; she is 80.'), false);
  });

  it('finds adult ages stated for a group', () => {
    assert.equal(statesGroupAdultAges('the girls, all in their 80s, joined'), true);
    assert.equal(statesGroupAdultAges('the girls joined the group'), false);
  });
});

describe('context: who speaks in a quotation', () => {
  it('skips the patient\'s own pet names and reports staff speech quoted in a reflection at info', () => {
    assert.deepEqual(ruleSpans('Pt said, "Thanks, love, see you Thursday."', 'dignity.endearments'), []);
    assert.deepEqual(ruleSpans('The aide said, "Okay honey, time to stand."', 'dignity.endearments', 'reflection'), ['honey:info']);
    assert.deepEqual(ruleSpans('Okay honey, time to stand.', 'dignity.endearments', 'reflection'), ['honey:warning']);
  });
  it('reports an older age after "young lady" only where it is the person\'s age', () => {
    assert.deepEqual(ruleSpans('Young lady (78) ambulated 200 ft.', 'dignity.endearments'), ['Young lady:warning']);
    assert.deepEqual(ruleSpans('The young lady ambulated 80 ft with a rollator.', 'dignity.endearments'), []);
  });
  it('leaves an offer the writer turned down later in the sentence', () => {
    assert.deepEqual(ruleSpans('He offered me a ride home; I thanked him and explained I could not accept.', 'power.boundary', 'reflection'), []);
    assert.deepEqual(ruleSpans('He offered me a ride home and I took it.', 'power.boundary', 'reflection'), ['offered me a ride home:warning']);
  });
});
