/**
 * `npm run package`: builds dist/rapport.vsix from the production bundles.
 *
 * package.json is both the npm package's manifest (its `files` list says what npm ships) and the extension's
 * (.vscodeignore says what the .vsix ships). vsce refuses a folder that has both, so the .vsix is packed from
 * a staging copy, dist/vsix/: the files `vsce ls` selects here through .vscodeignore, and the manifest
 * without the npm-only fields. test/package/vsix.test.ts checks the same `vsce ls` list.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vsce = join(root, 'node_modules', '.bin', 'vsce');
const stage = join(root, 'dist', 'vsix');
const out = join(root, 'dist', 'rapport.vsix');

const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
rmSync(stage, { recursive: true, force: true });
for (const file of files) {
  if (file === 'package.json') continue;
  mkdirSync(dirname(join(stage, file)), { recursive: true });
  copyFileSync(join(root, file), join(stage, file));
}
const { files: _files, bin: _bin, scripts: _scripts, devDependencies: _dev, ...manifest } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
// Everything in the staging folder ships; an empty ignore file tells vsce the choice was made.
writeFileSync(join(stage, '.vscodeignore'), '# dist/vsix/ holds only what the .vsix ships (see scripts/package-vsix.mjs).\n');

execFileSync(vsce, ['package', '--no-dependencies', '-o', out], { cwd: stage, stdio: 'inherit' });
console.log(`${out}: ${files.length} files, ${(statSync(out).size / 1024).toFixed(0)} KiB`);
