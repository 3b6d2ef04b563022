/** package.json's hand-written contributions: translatable strings, settings the Settings UI shows well, the walkthrough. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const raw = readFileSync(join(root, 'package.json'), 'utf8');
const pkg = JSON.parse(raw);
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const props = pkg.contributes.configuration.properties as Record<string, Record<string, unknown>>;
const text = (value: unknown) => (typeof value === 'string' ? value.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? `MISSING ${key}`) : value);

describe('manifest: translation (package.nls.json)', () => {
  const keys = [...raw.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!);

  it('every %key% in package.json has English text, and every English text is used', () => {
    assert.ok(keys.length > 20, 'manifest strings go through package.nls.json');
    assert.deepEqual(keys.filter((k) => !(k in nls)), []);
    assert.deepEqual(Object.keys(nls).filter((k) => !keys.includes(k)), []);
  });

  it('names, commands, settings and walkthrough text are all translatable', () => {
    for (const value of [pkg.displayName, pkg.description, pkg.capabilities.untrustedWorkspaces.description]) assert.match(value, /^%.+%$/);
    for (const c of pkg.contributes.commands) assert.match(`${c.title} ${c.category}`, /^%.+% %.+%$/, c.command);
    for (const [id, p] of Object.entries(props)) {
      const description = p.markdownDescription ?? p.description;
      assert.match(String(description), /^%.+%$/, id);
      for (const d of (p.enumDescriptions as string[] | undefined) ?? []) assert.match(d, /^%.+%$/, id);
    }
    for (const w of pkg.contributes.walkthroughs) {
      for (const s of [w, ...w.steps]) assert.match(`${s.title} ${s.description}`, /^%.+% %.+%$/, s.id);
    }
  });
});

describe('manifest: settings in the Settings UI', () => {
  it('no setting offers null (the dropdown would show the word "null")', () => {
    for (const [id, p] of Object.entries(props)) {
      assert.ok(!(Array.isArray(p.type) && p.type.includes('null')), `${id} type`);
      assert.ok(!(p.enum as unknown[] | undefined)?.includes(null), `${id} enum`);
      assert.notEqual(p.default, null, `${id} default`);
      if (p.enum) assert.equal((p.enumDescriptions as unknown[] | undefined)?.length, (p.enum as unknown[]).length, `${id}: one description per value`);
    }
  });

  it('every setting declares its scope: note settings per folder (resource), tracing per window', () => {
    for (const [id, p] of Object.entries(props)) assert.ok(['resource', 'window', 'application', 'machine', 'language-overridable', 'machine-overridable'].includes(String(p.scope)), id);
    for (const id of ['rapport.enable', 'rapport.mode', 'rapport.languagePreference', 'rapport.rules']) assert.equal(props[id]!.scope, 'resource', id);
  });

  it('links in setting descriptions work offline (commands or other settings, not web pages)', () => {
    for (const [id, p] of Object.entries(props)) {
      for (const [, target] of String(text(p.markdownDescription ?? '')).matchAll(/\]\(([^)]+)\)/g)) assert.match(target!, /^(command:|#)/, `${id} links to ${target}`);
    }
  });
});

describe('manifest: the Get started walkthrough', () => {
  const [walkthrough] = pkg.contributes.walkthroughs;
  const commands = new Set((pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command));

  it('walks through the example, a finding, a fix, the mode, the preference and the team file', () => {
    const steps = walkthrough.steps.map((s: { id: string }) => s.id);
    assert.deepEqual(steps, ['openExample', 'seeFinding', 'applyFix', 'chooseMode', 'setPreference', 'teamConfig']);
  });

  it('each step has a button to run, shipped media, and a completion event that the button triggers', () => {
    for (const step of walkthrough.steps) {
      const description = String(text(step.description));
      const links = [...description.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]!);
      assert.equal(links.length, 1, `${step.id}: one button`);
      const [command] = links as [string];
      if (command.startsWith('rapport.')) assert.ok(commands.has(command), `${step.id}: ${command} is contributed`);
      assert.ok(existsSync(join(root, step.media.markdown)), `${step.id}: ${step.media.markdown}`);
      assert.ok(step.media.markdown.startsWith('docs/'), 'media ship with the docs');
      const [event] = step.completionEvents as [string];
      const setting = /settings\?%5B%22([\w.]+)%22%5D/i.exec(description)?.[1];
      assert.ok(event === `onCommand:${command}` || (setting && event === `onSettingChanged:${setting}`), `${step.id}: ${event}`);
    }
  });
});
