import { strict as assert } from 'node:assert';
import { compilePattern, fillTemplate, matchAt } from '../../../server/src/engine/terms/pattern.ts';
import { tokenize } from '../../../server/src/engine/terms/tokens.ts';

function fill(pattern: string, text: string, template: string): string {
  const tokens = tokenize(text);
  const m = matchAt(compilePattern(pattern), tokens, 0);
  assert.ok(m, `"${pattern}" should match "${text}"`);
  return fillTemplate(template, m, tokens, text);
}

describe('suggestion templates: $N:int', () => {
  it('keeps only the whole-number part of the item', () => {
    assert.equal(fill('#dec mg', '5.0 mg', '$1:int'), '5');
    assert.equal(fill('#dec mg', '10.000 mg', '$1:int mg'), '10 mg');
  });
  it('leaves plain $N as it was', () => {
    assert.equal(fill('#dec mg', '5.0 mg', '$1'), '5.0');
    assert.equal(fill('#dec mg', '5.0 mg', '$1 $2'), '5.0 mg');
  });
});

describe('suggestion templates: $N:trim', () => {
  it('drops the zeros a decimal ends in, and a bare point', () => {
    assert.equal(fill('#dec mg', '0.60 mg', '$1:trim'), '0.6');
    assert.equal(fill('#dec mg', '5.0 mg', '$1:trim'), '5');
    assert.equal(fill('#dec mg', '2.50 mg', '$1:trim mg'), '2.5 mg');
  });
  it('leaves a whole number alone', () => {
    assert.equal(fill('#num mg', '10 mg', '$1:trim'), '10');
  });
});

describe('suggestion templates: $N:spaced', () => {
  it('puts a space between a word and the digits stuck to it', () => {
    assert.equal(fill('#word mg', 'Levetiracetam500 mg', '$1:spaced'), 'Levetiracetam 500');
    assert.equal(fill('#word mg', 'Keppra mg', '$1:spaced'), 'Keppra');
  });
});
