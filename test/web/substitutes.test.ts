/**
 * Each browser counterpart in server/src/web/ stands in for a server module in the browser bundle
 * (scripts/lib/web-substitutes.mjs), so it must export the same names (checked here at run time) and its
 * classes the same public members (checked by the type checker below, which sees what is private).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { WEB_SUBSTITUTES } from '../../scripts/lib/web-substitutes.mjs';
import type * as NodeProject from '../../server/src/lsp/project-config.ts';
import type * as WebProject from '../../server/src/web/project-config.ts';
import type * as NodeWorkspaceLint from '../../server/src/lsp/workspace-lint.ts';
import type * as WebWorkspaceLint from '../../server/src/web/workspace-lint.ts';

const REPO = join(__dirname, '..', '..');

/** `true` only when every public member of A is also one of B; otherwise the names that are missing. */
type Covers<A, B> = [Exclude<keyof A, keyof B>] extends [never] ? true : Exclude<keyof A, keyof B>;
const projectMembers: Covers<InstanceType<typeof NodeProject.ProjectConfig>, InstanceType<typeof WebProject.ProjectConfig>> = true;
const lintMembers: Covers<InstanceType<typeof NodeWorkspaceLint.WorkspaceLint>, InstanceType<typeof WebWorkspaceLint.WorkspaceLint>> = true;

describe('web: browser counterparts of server modules', () => {
  it('the classes cover the public members of the ones they replace (type-checked)', () => {
    assert.equal(projectMembers && lintMembers, true);
  });

  for (const [original, substitute] of Object.entries(WEB_SUBSTITUTES)) {
    it(`${substitute} exports what ${original} exports`, async () => {
      const node = (await import(join(REPO, original))) as Record<string, unknown>;
      const web = (await import(join(REPO, substitute))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(node)) {
        assert.ok(name in web, `${substitute} does not export ${name}`);
        assert.equal(typeof web[name], typeof value, name);
      }
    });
  }
});
