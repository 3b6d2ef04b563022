/** Generated documentation must match the rule definitions (run `npm run generate` after editing a rule). */
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../../scripts/generated-files.ts';
import { RULES, Linter } from '../../server/src/engine/index.ts';
import { ENGINE_MESSAGES } from '../../server/src/engine/messages.ts';

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
    const ids = new Set([...RULES.map((r) => `${r.id}.md`), ...ENGINE_MESSAGES.map((m) => `${m.id}.md`)]);
    const orphans = readdirSync(join(root, 'docs/rules')).filter((f) => f.endsWith('.md') && f !== 'README.md' && !ids.has(f));
    assert.deepEqual(orphans, []);
  });
  it('every docs link a finding can carry leads to a generated page', () => {
    const pages = new Set(generatedFiles().map(([path]) => path));
    const inputs = [
      '---\nmode: [\n---\nx', // invalid front matter
      '<!-- rapport-disable nope -->\nx', // unknown id
      'a\u0000b', // binary
      'Pt tolerated the session.', // team vocabulary
      'He is wheelchair-bound. '.repeat(5),
      '[patient '.repeat(700) + 'is wheelchair-bound.', // too complex to parse
    ];
    const linter = new Linter();
    const seen = new Set<string>();
    for (const text of inputs) {
      const r = linter.lint(text, { docsBaseUrl: 'docs/rules/', maxFindings: 3, vocabulary: { reject: [{ term: 'tolerated', prefer: 'completed' }] } });
      for (const f of r.findings) seen.add(f.docsUrl);
    }
    assert.ok(seen.size >= 6, [...seen].join(', '));
    for (const url of seen) assert.ok(pages.has(url), `${url} has no generated page`);
  });
});
