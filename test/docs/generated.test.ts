/** Generated documentation must match the rule definitions (run `npm run generate` after editing a rule). */
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../../scripts/generated-files.ts';
import { RULES } from '../../server/src/engine/index.ts';

const root = join(__dirname, '..', '..');

describe('generated docs', () => {
  for (const [path, content] of generatedFiles()) {
    it(`${path} is up to date`, () => {
      const full = join(root, path);
      assert.ok(existsSync(full), `${path} is missing; run npm run generate`);
      assert.equal(readFileSync(full, 'utf8'), content, `${path} is stale; run npm run generate`);
    });
  }
  it('has no page for a rule that no longer exists', () => {
    const ids = new Set(RULES.map((r) => `${r.id}.md`));
    const orphans = readdirSync(join(root, 'docs/rules')).filter((f) => f.endsWith('.md') && f !== 'README.md' && !ids.has(f));
    assert.deepEqual(orphans, []);
  });
});
