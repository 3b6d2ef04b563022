/** Runtime strings of the client go through vscode.l10n (English ships; translations can be added as bundles). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../client/src');

describe('client: translatable strings', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    it(`${file}: messages, output lines and picker texts use vscode.l10n.t`, () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const literal = /(?:show(?:Warning|Information|Error)Message|appendLine)\(\s*['"`]|\b(?:title|placeHolder|placeholder):\s*['"`]/g;
      const hits = [...source.matchAll(literal)].map((m) => `${source.slice(0, m.index).split('\n').length}: ${m[0]}`);
      assert.deepEqual(hits, []);
    });
  }
});
