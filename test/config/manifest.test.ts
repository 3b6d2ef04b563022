/** package.json and the shipped schema agree with the rule registry and the server's settings. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES, RULES } from '../../server/src/engine/index.ts';
import { configSchema, editorConfigSchema } from '../../server/src/config/index.ts';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings.ts';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const props = pkg.contributes.configuration.properties as Record<string, { default?: unknown; properties?: Record<string, { enum: string[] }> }>;
type SchemaShape = { properties: Record<string, { description?: string }>; definitions: { rules: { properties: Record<string, { examples?: string[] }> } } };
const expectedIds = [...RULES.map((r) => r.id), 'vocabulary.term', ...FAMILIES].sort();

describe('manifest: settings, schema and commands', () => {
  it('rapport.rules lists exactly the rule ids and families (run npm run generate after adding a rule)', () => {
    assert.deepEqual(Object.keys(props['rapport.rules']!.properties!).sort(), expectedIds);
    for (const p of Object.values(props['rapport.rules']!.properties!)) assert.deepEqual(p.enum, ['error', 'warning', 'info', 'hint', 'off']);
  });

  it('the shipped configuration schema lists exactly the rule ids and families, and is up to date', () => {
    const file = join(root, 'server/schemas/rapportrc.schema.json');
    assert.ok(existsSync(file), 'the schema is missing; run npm run generate');
    const schema = JSON.parse(readFileSync(file, 'utf8')) as SchemaShape;
    assert.deepEqual(Object.keys(schema.definitions.rules.properties).sort(), expectedIds);
    assert.deepEqual(schema, configSchema());
    assert.deepEqual(schema.properties.root, { type: 'boolean', description: schema.properties.root?.description });
  });

  it('VS Code gets the schema for completion only (Rapport reports the problems, once) and reads the files as JSON with comments', () => {
    const match = (pkg.contributes.jsonValidation as Array<{ fileMatch: string[]; url: string }>).find((v) => v.fileMatch.includes('.rapportrc.json'))!;
    assert.ok(match.fileMatch.includes('rapport.config.json'));
    const schema = JSON.parse(readFileSync(join(root, match.url), 'utf8')) as SchemaShape;
    assert.deepEqual(schema, editorConfigSchema());
    assert.deepEqual(Object.keys(schema.definitions.rules.properties).sort(), expectedIds);
    const text = JSON.stringify(schema);
    for (const keyword of ['additionalProperties', '"type"', '"enum"', '"pattern"', '"required"', 'maxItems']) assert.ok(!text.includes(keyword), keyword);
    assert.deepEqual(schema.definitions.rules.properties['pfl.wheelchair-bound']?.examples, ['error', 'warning', 'info', 'hint', 'off']);
    const jsonc = (pkg.contributes.languages as Array<{ id: string; filenames?: string[] }>).find((l) => l.id === 'jsonc')!;
    assert.deepEqual(jsonc.filenames, ['.rapportrc.json', 'rapport.config.json']);
  });

  it('every setting the server reads is contributed, with the same default', () => {
    const keys: Array<keyof typeof DEFAULT_SETTINGS> = ['enable', 'run', 'debounce', 'quietWhileTyping', 'rules'];
    for (const key of keys) assert.deepEqual(props[`rapport.${key}`]?.default, DEFAULT_SETTINGS[key], `rapport.${key}`);
    assert.ok(props['rapport.mode'] && props['rapport.languagePreference']);
  });

  it('declares the commands the client registers and limited support for untrusted workspaces', () => {
    const commands = (pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    assert.deepEqual(commands, ['rapport.addTeamConfig', 'rapport.fixAllInFile', 'rapport.lintWorkspace', 'rapport.newNoteFromTemplate', 'rapport.openExampleNote', 'rapport.restartServer', 'rapport.showRuleDocumentation']);
    const clientDir = join(root, 'client', 'src');
    const client = readdirSync(clientDir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(clientDir, f), 'utf8')).join('\n');
    for (const c of commands) assert.ok(client.includes(`'${c}'`), `${c} is registered by the client`);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  });
});

describe('docs/configuration.md', () => {
  it('its example configuration is valid', async () => {
    const { checkConfigText } = await import('../../server/src/config/index.ts');
    const md = readFileSync(join(root, 'docs', 'configuration.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(md)![1]!;
    assert.deepEqual(checkConfigText(example, 'docs/configuration.md').problems, []);
  });
});
