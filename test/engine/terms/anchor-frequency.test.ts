/**
 * The token frequencies the trigger index anchors on are generated from the real reports in ../shared/corpus: the
 * committed file must be what the corpus gives (checked where the corpus is present), and read as figures.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { ANCHOR_FREQUENCY_PATH, DEFAULT_CORPUS, renderAnchorFrequency } from '../../../scripts/anchor-frequency.ts';
import { TOKEN_FREQUENCY } from '../../../server/src/engine/terms/pattern.ts';
import { UNLISTED_FREQUENCY } from '../../../server/src/engine/terms/anchor-frequency.ts';

describe('terms: anchor frequencies', () => {
  it('rank marks and function words above clinical words, and those above unlisted words', () => {
    assert.ok(TOKEN_FREQUENCY.get('the')! > TOKEN_FREQUENCY.get('pain')!);
    assert.ok(TOKEN_FREQUENCY.get(',')! > TOKEN_FREQUENCY.get('we')!);
    assert.ok(Math.min(...TOKEN_FREQUENCY.values()) > UNLISTED_FREQUENCY);
    assert.ok(TOKEN_FREQUENCY.size > 1000, `${TOKEN_FREQUENCY.size} tokens`);
  });

  it('is what the real reports give', function () {
    if (!existsSync(DEFAULT_CORPUS)) this.skip();
    assert.equal(readFileSync(ANCHOR_FREQUENCY_PATH, 'utf8'), renderAnchorFrequency(DEFAULT_CORPUS), 'run npx tsx scripts/anchor-frequency.ts');
  });
});
