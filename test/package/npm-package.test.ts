/**
 * The npm package, verified from the packed tarball: what `npm pack` puts in it, and that it installs into an
 * empty project with no registry (everything is bundled) and both bins work there: `rapport` lints a note,
 * `rapport-language-server` answers initialize and publishes diagnostics over stdio.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver/node';

const REPO = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };
const NOTE = 'Pt is wheelchair-bound. Pt is a frequent flyer in the ED.\n';

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string }>;
}

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' } });
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

describe('npm package: from the packed tarball', function () {
  this.timeout(120_000);
  let dir: string;
  let packed: Packed;
  let project: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-pack-'));
    // --ignore-scripts: pack the bundles this test run built, not a fresh production build (prepack).
    packed = (JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], REPO)) as Packed[])[0]!;
    project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'team-notes', version: '1.0.0', private: true }));
    // An empty cache and --offline: the install can only succeed if the tarball needs nothing from a registry.
    npm(['install', '--offline', '--no-audit', '--cache', join(dir, 'empty-cache'), join(dir, packed.filename)], project);
    writeFileSync(join(project, 'note.md'), NOTE);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`is named ${manifest.name} and holds the bins, the bundles they load, the docs and the schema`, () => {
    assert.equal(manifest.name, 'rapport-lint');
    const paths = packed.files.map((f) => f.path).sort();
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'bin/rapport.js', 'bin/rapport-language-server.js', 'dist/cli/cli.js', 'dist/cli/cli-worker.js', 'dist/server/server.js', 'docs/cli.md', 'docs/rules/README.md', 'server/schemas/rapportrc.schema.json']) {
      assert.ok(paths.includes(needed), `${needed} is missing from the tarball`);
    }
    const unwanted = paths.filter((p) => p.endsWith('.map') || /^(client|test|scripts|examples|dist\/web|dist\/client|dist\/meta|server\/src)\//.test(p) || p.endsWith('.ts'));
    assert.deepEqual(unwanted, []);
    console.log(`      ${packed.filename}: ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${paths.length} files`);
  });

  it('declares no runtime dependencies: everything it runs is bundled', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules', manifest.name, 'package.json'), 'utf8')) as { dependencies?: object };
    assert.deepEqual(Object.keys(installed.dependencies ?? {}), []);
  });

  it('`rapport` lints a note in the project that installed it', () => {
    const bin = join(project, 'node_modules', '.bin', 'rapport');
    const r = spawnSync(bin, ['--format', 'json', 'note.md'], { cwd: project, encoding: 'utf8', env: { ...process.env, RAPPORT_WORKERS: '1' } });
    assert.equal(r.status, 1, `exit code 1 for an error-severity finding; stderr: ${r.stderr}`);
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string }> }> };
    assert.deepEqual(report.files[0]!.findings.map((f) => f.ruleId).sort(), ['label.frequent-flyer', 'pfl.wheelchair-bound']);
    const version = spawnSync(bin, ['--version'], { cwd: project, encoding: 'utf8' });
    assert.match(version.stdout, new RegExp(manifest.version.replace(/\./g, '\\.')));
  });

  it('`npx rapport-lint` (the package name) runs the same CLI', () => {
    const r = spawnSync(join(project, 'node_modules', '.bin', 'rapport-lint'), ['note.md'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /label\.frequent-flyer/);
  });

  it('`rapport-language-server --stdio` initializes and publishes diagnostics', async () => {
    const child = spawn(join(project, 'node_modules', '.bin', 'rapport-language-server'), ['--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    try {
      const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
      connection.listen();
      const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as { serverInfo: { name: string; version: string } };
      assert.deepEqual(init.serverInfo, { name: 'rapport-language-server', version: manifest.version });
      await connection.sendNotification('initialized', {});
      const uri = `file://${join(project, 'note.md')}`;
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: NOTE } });
      const diagnostics = await published;
      assert.equal(diagnostics.uri, uri);
      assert.deepEqual(diagnostics.diagnostics.map((d) => d.code).sort(), ['label.frequent-flyer', 'pfl.wheelchair-bound']);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
