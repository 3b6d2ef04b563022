import assert from 'node:assert/strict';
import { compilePattern, fillTemplate, hasWordShape, matchAt, triggerKeys, WORD_SHAPE_KEYS } from '../../../server/src/engine/terms/pattern.ts';
import { tokenize } from '../../../server/src/engine/terms/tokens.ts';
import { WORD_SETS } from '../../../server/src/engine/terms/words.ts';

/** Every match of the pattern in the text, as text. */
function find(pattern: string, text: string): string[] {
  const p = compilePattern(pattern);
  const tokens = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(p, tokens, i);
    if (m) {
      out.push(text.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end));
      i = m.to - 1;
    }
  }
  return out;
}

describe('terms: patterns', () => {
  it('matches every inflection of a /v lemma', () => {
    assert.deepEqual(find('refuse/v to', 'refuses to, refused to, refusing to, refuse to, refusal to'), ['refuses to', 'refused to', 'refusing to', 'refuse to']);
  });
  it('matches hyphenated, spaced and closed compounds', () => {
    assert.deepEqual(find('wheelchair-bound', 'wheelchair-bound, wheelchair bound, wheelchairbound, wheelchair user'), ['wheelchair-bound', 'wheelchair bound', 'wheelchairbound']);
  });
  it('inflects a hyphenated compound on its last piece (the tokenizer splits it)', () => {
    assert.deepEqual(find('old-timer/n', 'an old-timer, two old-timers, old timers, oldtimers, old time'), ['old-timer', 'old-timers', 'old timers', 'oldtimers']);
    assert.deepEqual(find('spoon-feed/v', 'spoon-fed, spoon-feeding, spoonfeeds'), ['spoon-fed', 'spoon-feeding', 'spoonfeeds']);
  });
  it('treats _ as a space inside one alternative', () => {
    assert.deepEqual(find('drug_seeking|attention_seeking', 'drug seeking and attention seeking'), ['drug seeking', 'attention seeking']);
  });
  it('falls back to a shorter alternative of an item when the longer one leaves the rest unmatched', () => {
    // "will not be" is the longer alternative here, but only "will not" lets "be able to go" follow.
    assert.deepEqual(find('she will_not|will_not_be go|be_able_to_go on', 'she will not be able to go on the trip'), ['she will not be able to go on']);
    assert.deepEqual(find('she will_not|will_not_be go|be_able_to_go on', 'she will not be going on'), []);
  });
  it('supports sets, optional items and ranges', () => {
    assert.deepEqual(find('@det? very{0,2} difficult', 'a very very difficult pt; difficult'), ['a very very difficult', 'difficult']);
  });
  it('matches exact case only with =', () => {
    assert.deepEqual(find('=QD', 'QD qd Qd'), ['QD']);
  });
  it('matches shapes', () => {
    assert.deepEqual(find('#dec mg', '1.0 mg and 10 mg'), ['1.0 mg']);
    assert.deepEqual(find('#upper', 'MRN and mrn'), ['MRN']);
  });
  it('matches across a soft line break but never across a blank line', () => {
    assert.deepEqual(find('refuse/v to', 'refused\nto'), ['refused\nto']);
    assert.deepEqual(find('refuse/v to', 'refused\n\nto'), []);
  });
  it('reports the bracketed part and fills templates from a match', () => {
    const p = compilePattern('@det [ diabetic @person ]');
    const text = 'the diabetic patient';
    const tokens = tokenize(text);
    const m = matchAt(p, tokens, 0)!;
    assert.equal(p.spanFrom, 1);
    assert.equal(fillTemplate('$3 with diabetes', m, tokens, text), 'patient with diabetes');
    const v = compilePattern('refuse/v');
    const vt = tokenize('refused');
    assert.equal(fillTemplate('decline/v', matchAt(v, vt, 0)!, vt, 'refused'), 'declined');
  });
  it('indexes a pattern by the words it can start with, past optional items', () => {
    assert.deepEqual(triggerKeys(compilePattern('very? ill')).sort(), ['ill', 'very']);
  });
  it('matches #alnum at words with a digit in them only', () => {
    assert.deepEqual(find('#alnum', 'Inderal40mg daily, x3d, 34F; 40 mg of Inderal'), ['Inderal40mg', 'x3d', '34F']);
  });
  it('files a pattern that starts with a word shape under that shape, not under every word', () => {
    assert.deepEqual(triggerKeys(compilePattern('#cap')), ['#cap']);
    assert.deepEqual(triggerKeys(compilePattern('#elongated')), ['#elongated']);
    assert.deepEqual(triggerKeys(compilePattern('#agesex')), ['#alnum']);
    assert.deepEqual(triggerKeys(compilePattern('#word')), ['#word']);
    assert.deepEqual(triggerKeys(compilePattern('#int|#word +:')).sort(), ['#num', '#word']);
  });
  it("a word-shape key admits exactly the words its shape matches", () => {
    const words = tokenize('Sooo the MRN was Inderal40mg for Mr Lee, hmmm ok').filter((t) => t.shape === 'word');
    for (const key of WORD_SHAPE_KEYS) {
      const pattern = compilePattern(key);
      for (const token of words) assert.equal(hasWordShape(key, token), matchAt(pattern, [token], 0) !== undefined, `${key} at "${token.text}"`);
    }
    assert.deepEqual(words.filter((t) => hasWordShape('#elongated', t)).map((t) => t.text), ['Sooo', 'hmmm']);
  });
  it('rejects unknown sets and shapes', () => {
    assert.throws(() => compilePattern('@nosuchset'));
  });
  it('every word-set entry matches as the set, hyphenated compounds included (the tokenizer splits them)', () => {
    const dead: string[] = [];
    for (const [name, set] of Object.entries(WORD_SETS)) {
      const p = compilePattern(`@${name}`);
      for (const entry of set as ReadonlySet<string>) {
        // Punctuation and clitic entries ("'s") match single tokens of a larger text, and capitalised entries
        // ("I", "We") are read by conditions on the exact text: only lower-case words are checked here.
        if (!/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u.test(entry)) continue;
        const tokens = tokenize(entry);
        const m = matchAt(p, tokens, 0);
        if (!m || m.to !== tokens.length) dead.push(`${name}: ${entry}`);
      }
    }
    assert.deepEqual(dead, []);
  });
  it('a hyphenated set entry matches written with a hyphen, a space or closed up', () => {
    const p = compilePattern('aggressive @aggressiveThing');
    for (const text of ['aggressive follow-up', 'aggressive follow up']) assert.ok(matchAt(p, tokenize(text), 0), text);
    assert.throws(() => compilePattern('#nosuchshape'));
  });
  it('a gap is only for a pattern\'s edge: "..." inside one would be a literal word that never matches', () => {
    assert.throws(() => compilePattern('he|she ... would'), /only at a pattern's start or end/);
    assert.doesNotThrow(() => compilePattern('... he|she would'));
    assert.doesNotThrow(() => compilePattern('he|she would ...'));
    assert.ok(matchAt(compilePattern('he #any{0,5} would'), tokenize('he really thinks she would'), 0));
  });
});

describe('terms: the #drugname shape', () => {
  it('knows generic drug names by their endings, and not English words or sterols that share them', () => {
    const p = compilePattern('#drugname');
    const drug = (w: string) => matchAt(p, tokenize(w), 0) !== undefined;
    for (const w of ['Dobutamine', 'vancomycin', 'metoprolol', 'apixaban', 'lisinopril', 'atorvastatin', 'alteplase', 'quetiapine']) assert.ok(drug(w), w);
    for (const w of ['examine', 'cholesterol', 'April', 'disease', 'increase', 'patient', 'program']) assert.ok(!drug(w), w);
  });
});
