/** The engine stays pure: nothing under server/src/engine may reach the file system, the process, VS Code or LSP. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ENGINE = join(__dirname, '..', '..', 'server', 'src', 'engine');
const FORBIDDEN = [/^vscode$/, /^vscode-languageserver/, /^vscode-languageclient/, /^(node:)?fs(\/promises)?$/, /^(node:)?process$/, /^(node:)?child_process$/, /^(node:)?(net|http|https|worker_threads)$/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('engine purity', () => {
  const sources = files(ENGINE);
  it('has engine sources to check', () => assert.ok(sources.length > 10));
  for (const file of sources) {
    it(`${file.slice(ENGINE.length + 1)} imports nothing impure`, () => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      for (const spec of imports) assert.ok(!FORBIDDEN.some((re) => re.test(spec)), `${spec} is not allowed in the engine`);
      assert.doesNotMatch(text, /\bprocess\.(env|argv|cwd|exit|stdout|stderr)\b/, 'no use of the process object');
    });
  }
});
