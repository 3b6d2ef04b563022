/** The browser server applies a parsed project file in the same order as config/resolve.ts. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyConfig } from '../../server/src/web/apply-config.ts';
import { ConfigResolver } from '../../server/src/config/index.ts';
import type { RapportConfig } from '../../server/src/config/index.ts';

const CONFIG: RapportConfig = {
  extends: 'rapport:strict',
  mode: 'clinical',
  rules: { 'pfl.wheelchair-bound': 'off', credibility: 'error' },
  vocabulary: { reject: [{ term: 'tolerated', prefer: 'completed' }], accept: ['compliant'] },
  overrides: [{ files: 'reflections/**', mode: 'reflection', rules: { 'adhere.refused': 'info' } }],
  ignore: ['drafts/**', '*.tmp.md'],
};

describe('web: applying a project file without a file system', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-apply-'));
    writeFileSync(join(dir, '.rapportrc.json'), JSON.stringify(CONFIG));
    for (const sub of ['notes', 'reflections', 'drafts']) mkdirSync(join(dir, sub));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const rel of ['notes/a.md', 'reflections/week-1.md', 'drafts/x.md', 'notes/scratch.tmp.md']) {
    for (const trusted of [true, false]) {
      it(`gives the Node resolver's result for ${rel} (${trusted ? 'trusted' : 'untrusted'})`, () => {
        const path = join(dir, rel);
        const base = { rules: { 'label.hostile': 'hint' as const }, fileName: path };
        // The folder is the workspace: an untrusted lookup stops at it, as the server's does.
        const resolver = new ConfigResolver();
        resolver.roots = [dir];
        const node = resolver.resolveConfig(path, { trusted, base });
        const web = applyConfig(CONFIG, rel, base, trusted);
        // Compared as JSON: the Node resolver builds some objects without a prototype, the same data either way.
        assert.deepEqual(JSON.parse(JSON.stringify(web.options)), JSON.parse(JSON.stringify(node.options)));
        assert.equal(web.ignored, node.ignored);
        assert.deepEqual(web.untrustedIgnored, node.untrustedIgnored);
      });
    }
  }
});
