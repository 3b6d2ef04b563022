/** The list of generated files and their expected content (shared by the generator and its test). */
import { RULES } from '../server/src/engine/index.ts';
import { renderRuleCatalogue, renderRuleIndex, renderRulePage } from '../server/src/engine/docs/render.ts';
import { configSchema, editorConfigSchema, rulesSchema } from '../server/src/config/schema.ts';
import { ENGINE_MESSAGES, renderEngineMessagePage } from '../server/src/engine/messages.ts';

export function generatedFiles(): Array<[string, string]> {
  const files: Array<[string, string]> = RULES.map((r) => [`docs/rules/${r.id}.md`, renderRulePage(r)]);
  for (const m of ENGINE_MESSAGES) files.push([`docs/rules/${m.id}.md`, renderEngineMessagePage(m)]);
  files.push(['docs/rules/README.md', renderRuleIndex(RULES, ENGINE_MESSAGES)]);
  files.push(['docs/rules/index.json', renderRuleCatalogue(RULES, ENGINE_MESSAGES)]);
  files.push([CONFIG_SCHEMA_PATH, JSON.stringify(configSchema(), null, 2) + '\n']);
  files.push([EDITOR_CONFIG_SCHEMA_PATH, JSON.stringify(editorConfigSchema(), null, 2) + '\n']);
  return files;
}

/** The project configuration's JSON schema, for `$schema` and other tools. */
export const CONFIG_SCHEMA_PATH = 'server/schemas/rapportrc.schema.json';
/** The same without constraints, given to VS Code through package.json `jsonValidation` (see editorConfigSchema). */
export const EDITOR_CONFIG_SCHEMA_PATH = 'server/schemas/rapportrc.editor.schema.json';

/** The `rapport.rules` VS Code setting's schema: one property per rule id and family (package.json is patched by `npm run generate`). */
export function rulesSettingSchema(): Record<string, unknown> {
  return {
    ...rulesSchema(),
    default: {},
    scope: 'resource',
    // The text is in package.nls.json (translatable), under this key.
    markdownDescription: '%config.rules.description%',
  };
}

/** package.json with `contributes.configuration.properties["rapport.rules"]` brought up to date, or undefined when it already is. */
export function patchedPackageJson(current: string): string | undefined {
  const pkg = JSON.parse(current) as { contributes?: { configuration?: { properties?: Record<string, unknown> } } };
  const props = pkg.contributes?.configuration?.properties;
  if (!props) return undefined;
  if (JSON.stringify(props['rapport.rules']) === JSON.stringify(rulesSettingSchema())) return undefined;
  props['rapport.rules'] = rulesSettingSchema();
  return JSON.stringify(pkg, null, 2) + '\n';
}
