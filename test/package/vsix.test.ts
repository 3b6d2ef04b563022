/**
 * The .vsix holds exactly what VS Code loads: the manifest's desktop and web entry points, the language
 * servers they start, the snippets, grammar and settings-file schema the manifest names, the rule pages the
 * server links to, and the manifest, README, licence and translations. Listed with `vsce ls`, which applies
 * .vscodeignore as `vsce package` does.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..');
const VSCE = join(REPO, 'node_modules', '.bin', 'vsce');

interface Manifest {
  main: string;
  browser: string;
  contributes: { snippets?: Array<{ path: string }>; grammars?: Array<{ path: string }>; jsonValidation?: Array<{ url: string }>; walkthroughs?: Array<{ steps: Array<{ media?: { markdown?: string } }> }> };
}

const rel = (p: string) => p.replace(/^\.\//, '');

function expectedFiles(): string[] {
  const m = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Manifest;
  const files = ['package.json', 'README.md', 'LICENSE', rel(m.main), rel(m.browser), 'dist/server/server.js', 'dist/web/server.js'];
  for (const s of m.contributes.snippets ?? []) files.push(rel(s.path));
  for (const g of m.contributes.grammars ?? []) files.push(rel(g.path));
  for (const j of m.contributes.jsonValidation ?? []) if (!/^https?:/.test(j.url)) files.push(rel(j.url));
  for (const f of readdirSync(join(REPO, 'docs', 'rules'))) if (f.endsWith('.md')) files.push(`docs/rules/${f}`);
  // The rule picker reads the generated catalogue; the walkthrough's pages and its example note are opened from it.
  files.push('docs/rules/index.json');
  for (const w of m.contributes.walkthroughs ?? []) for (const step of w.steps) if (step.media?.markdown) files.push(rel(step.media.markdown));
  files.push('examples/naren-initial-evaluation.draft.md');
  for (const f of readdirSync(REPO)) if (/^package\.nls(\.[\w-]+)?\.json$/.test(f)) files.push(f);
  if (existsSync(join(REPO, 'l10n'))) for (const f of readdirSync(join(REPO, 'l10n'))) if (f.endsWith('.json')) files.push(`l10n/${f}`);
  return [...new Set(files)].sort();
}

describe('vsix: contents', function () {
  this.timeout(60_000);

  it('lists exactly what the extension loads (no CLI bundles, launchers, source maps or metafiles)', () => {
    const r = spawnSync(VSCE, ['ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const listed = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    for (const file of expectedFiles()) assert.ok(existsSync(join(REPO, file)), `${file} is named by the manifest but missing: run \`npm run build\``);
    assert.deepEqual(listed, expectedFiles());
  });
});
