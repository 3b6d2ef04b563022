/**
 * The browser bundles (dist/web/extension.js, dist/web/server.js) hold no Node built-in: every input esbuild
 * bundled, and every import of it, is checked in the metafiles scripts/build.mjs writes to dist/meta/.
 */
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_SUBSTITUTES } from '../../scripts/lib/web-substitutes.mjs';

const REPO = join(__dirname, '..', '..');
const META = join(REPO, 'dist', 'meta');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

interface Metafile {
  inputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean; original?: string }> }>;
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const metafiles = (): Array<[string, Metafile]> =>
  existsSync(META) ? readdirSync(META).filter((f) => f.startsWith('web-')).map((f) => [f, JSON.parse(readFileSync(join(META, f), 'utf8')) as Metafile]) : [];

describe('web: browser bundles', () => {
  it('both browser bundles were built with a metafile', () => {
    assert.deepEqual(metafiles().map(([f]) => f).sort(), ['web-extension-js.json', 'web-server-js.json']);
  });

  for (const [file, meta] of metafiles()) {
    it(`${file}: imports no Node built-in and nothing left external but vscode`, () => {
      const offenders: string[] = [];
      for (const [input, { imports }] of Object.entries(meta.inputs)) {
        for (const i of imports) {
          const name = i.original ?? i.path;
          if (BUILTINS.has(name) || BUILTINS.has(i.path) || name.startsWith('node:')) offenders.push(`${input} imports ${name}`);
          else if (i.external && i.path !== 'vscode') offenders.push(`${input} leaves ${i.path} external`);
        }
      }
      assert.deepEqual(offenders, []);
    });

    it(`${file}: bundles the browser counterparts, never the file-system modules they replace`, () => {
      const inputs = Object.keys(meta.inputs);
      for (const [original, substitute] of Object.entries(WEB_SUBSTITUTES)) {
        assert.ok(!inputs.includes(original), `${original} is in the bundle`);
        if (file === 'web-server-js.json') assert.ok(inputs.includes(substitute), `${substitute} is not in the bundle`);
      }
    });
  }

  it('the worker script needs no module loader (no require left to resolve at run time)', () => {
    const text = readFileSync(join(REPO, 'dist', 'web', 'server.js'), 'utf8');
    assert.ok(!text.includes('Dynamic require of'), 'esbuild left a require() it could not bundle');
    assert.ok(!/^import\s|^export\s/m.test(text), 'a classic worker cannot hold ES module syntax');
  });
});
