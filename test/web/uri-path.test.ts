/** URI path arithmetic of the browser server: project files are found by URI on any workspace scheme. */
import assert from 'node:assert/strict';
import { baseName, parentFolders, relativePath, splitUri } from '../../server/src/web/uri-path.ts';
import { WebConfigFiles } from '../../server/src/web/project-config.ts';

describe('web: URI paths', () => {
  it('splits scheme and authority from the decoded path', () => {
    assert.deepEqual(splitUri('vscode-vfs://github/org/repo/notes/a%20b.md'), { prefix: 'vscode-vfs://github', path: '/org/repo/notes/a b.md' });
    assert.deepEqual(splitUri('vscode-remote://127.0.0.1:8080'), { prefix: 'vscode-remote://127.0.0.1:8080', path: '/' });
    assert.equal(splitUri('untitled:Untitled-1'), undefined);
  });

  it('lists the folders above a note, nearest first, up to the root', () => {
    assert.deepEqual(parentFolders('vscode-test-web://mount/a/b/note.md'), ['vscode-test-web://mount/a/b', 'vscode-test-web://mount/a', 'vscode-test-web://mount']);
    assert.deepEqual(parentFolders('untitled:Untitled-1'), []);
  });

  it('gives a note path relative to a folder of the same scheme and authority only', () => {
    assert.equal(relativePath('vscode-vfs://github/org/repo', 'vscode-vfs://github/org/repo/notes/x.md'), 'notes/x.md');
    assert.equal(relativePath('vscode-vfs://github/org/repo', 'vscode-vfs://github/org/repository/x.md'), undefined);
    assert.equal(relativePath('vscode-vfs://github/org/repo', 'file:///org/repo/x.md'), undefined);
    assert.equal(baseName('vscode-vfs://github/org/repo/.rapportrc.json'), '.rapportrc.json');
  });

  it('finds the nearest project file among those the client sent', () => {
    const files = new WebConfigFiles();
    files.set('vscode-test-web://mount/.rapportrc.json', '{}');
    files.set('vscode-test-web://mount/team/rapport.config.json', '{}');
    assert.equal(files.findConfigFile('vscode-test-web://mount/team/notes/a.md'), 'vscode-test-web://mount/team/rapport.config.json');
    assert.equal(files.findConfigFile('vscode-test-web://mount/other/a.md'), 'vscode-test-web://mount/.rapportrc.json');
    assert.equal(files.findConfigFile('vscode-vfs://github/other/a.md'), undefined);
    files.set('vscode-test-web://mount/team/rapport.config.json', null);
    assert.equal(files.findConfigFile('vscode-test-web://mount/team/notes/a.md'), 'vscode-test-web://mount/.rapportrc.json');
  });

  it('keeps the last good version of a project file that turns invalid', () => {
    const files = new WebConfigFiles();
    const uri = 'vscode-test-web://mount/.rapportrc.json';
    files.set(uri, '{ "mode": "reflection" }');
    files.set(uri, '{ "mode": "reflection", ');
    assert.equal(files.get(uri)!.problems.length, 1);
    assert.equal(files.get(uri)!.config?.mode, 'reflection');
  });
});
