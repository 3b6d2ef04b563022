import { strict as assert } from 'node:assert';
import { compilePattern, matchAt } from '../../../server/src/engine/terms/pattern.ts';
import { tokenize } from '../../../server/src/engine/terms/tokens.ts';

const span = (pattern: string, text: string): string | undefined => {
  const tokens = tokenize(text);
  const m = matchAt(compilePattern(pattern), tokens, 0);
  return m ? text.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end) : undefined;
};

describe('pattern items: +x (touching the previous token)', () => {
  it('matches tokens written together', () => {
    assert.equal(span('#int +- +#int', '555-0199 home'), '555-0199');
    assert.equal(span('#word +-|#int|#word{0,4}', 'PB2231-0045 was'), 'PB2231-0045');
  });
  it('refuses tokens with space between them', () => {
    assert.equal(span('#int +- +#int', '555 - 0199'), undefined);
    assert.equal(span('#word +-|#int|#word{0,4}', 'XJH9920114 was'), 'XJH9920114');
  });
  it('keeps a lone "+" as the plus sign', () => {
    assert.equal(span('+ #int', '+44 20'), '+44');
  });
});

describe('pattern items: "#", "@" and "+?" as plain marks', () => {
  it('reads a lone "#" or "@" as the mark itself', () => {
    assert.equal(span('mrn # #int', 'MRN # 123'), 'MRN # 123');
    assert.equal(span('#word @ #word', 'a @ b'), 'a @ b');
  });
  it('reads "+?" as an optional plus sign', () => {
    assert.equal(span('+? 1 #int', '+1 555'), '+1 555');
    assert.equal(span('+? 1 #int', '1 555'), '1 555');
  });
});

describe('pattern items: "+" inside alternatives', () => {
  it('is refused, since it joins the whole item', () => {
    assert.throws(() => compilePattern('#int +/|+- #int'), /joins a whole item/);
  });
});

describe('pattern items: a leading +x', () => {
  it('asks that the first token touch the one before it too', () => {
    const tokens = tokenize('K. there K.x');
    const p = compilePattern('+#word');
    assert.equal(matchAt(p, tokens, 2), undefined, '"there" is set off by a space');
    assert.ok(matchAt(p, tokens, 5), '"x" touches the full stop');
  });
});
