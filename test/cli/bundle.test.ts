/**
 * What ships: the built bundles carry no test-only hook. In particular nothing may run a program named by an
 * environment variable (a test hook once did: RAPPORT_TEST_BEFORE_WRITE=x.js made `rapport --fix` run x.js).
 * Runs on the bundles `npm test` builds first.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/cli.ts';

const DIST = join(REPO, 'dist');
const CLI_BUNDLES = ['cli/cli.js', 'cli/cli-worker.js', 'cli/prestart.js', 'cli/snapshot-entry.js'];
/** Environment variables the CLI (and the libraries bundled into it) may read; none names a program. */
const CLI_ENV = new Set(['CI', 'RAPPORT_NO_PROGRESS', 'RAPPORT_WORKERS', 'NO_COLOR', 'FORCE_COLOR', 'TERM', 'TINYGLOBBY_DEBUG', 'LOG_STREAM', 'LOG_TOKENS', 'RAPPORT_SNAPSHOT_EXAMPLES']);

function bundles(dir = DIST, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? bundles(join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('.js') ? [`${prefix}${e.name}`] : []));
}

const envReads = (code: string) => new Set([...code.matchAll(/process\.env(?:\.([A-Za-z_]\w*)|\[\s*["'`]([^"'`]+)["'`]\s*\])/g)].map((m) => m[1] ?? m[2]!));

describe('cli: what ships in the bundles', () => {
  before(function () {
    assert.ok(existsSync(join(DIST, CLI_BUNDLES[0]!)), 'dist/ is missing: run npm run build (npm test does)');
  });

  it('no bundle carries a test hook', () => {
    const all = bundles();
    assert.ok(all.length >= CLI_BUNDLES.length, all.join(', '));
    for (const name of all) {
      const code = readFileSync(join(DIST, name), 'utf8');
      assert.doesNotMatch(code, /RAPPORT_TEST/, `${name} reads a RAPPORT_TEST* variable`);
    }
  });

  it('the CLI bundles start no program and read only known environment variables', () => {
    for (const name of CLI_BUNDLES) {
      const code = readFileSync(join(DIST, name), 'utf8');
      assert.doesNotMatch(code, /require\(["'](?:node:)?child_process["']\)/, `${name} loads child_process`);
      const reads = envReads(code);
      assert.ok(name !== 'cli/cli.js' || reads.has('RAPPORT_WORKERS'), 'the scan sees the reads that are there');
      for (const v of reads) assert.ok(CLI_ENV.has(v), `${name} reads process.env.${v}: add it to the list only if it cannot name a program to run`);
    }
  });
});
