/**
 * Front matter carries per-note settings, most importantly the writer's mode
 * and the person's own language preference:
 *
 *   ---
 *   mode: reflection
 *   language-preference: identity-first
 *   patient-identifies-as: [Deaf, disabled]
 *   rules: { dignity.collective-we: off }
 *   ---
 *
 * Invalid YAML or values are reported at the front matter and ignored; the
 * body is still linted.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { FrontMatter } from './prose/blocks.ts';
import type { LanguagePreference, Mode, SeveritySetting } from './types.ts';

export interface NoteSettings {
  mode?: Mode;
  languagePreference?: LanguagePreference;
  identifiesAs?: string[];
  rules?: Record<string, SeveritySetting>;
}

export interface FrontMatterProblem {
  start: number;
  end: number;
  message: string;
}

const MODES: Record<string, Mode> = {
  clinical: 'clinical',
  'clinical-note': 'clinical',
  note: 'clinical',
  reflection: 'reflection',
  'student-reflection': 'reflection',
};
const PREFERENCES = new Set<LanguagePreference>(['person-first', 'identity-first', 'ask']);
const SEVERITIES = new Set<SeveritySetting>(['error', 'warning', 'info', 'hint', 'off']);

export function readFrontMatter(fm: FrontMatter): { settings: NoteSettings; problems: FrontMatterProblem[] } {
  const settings: NoteSettings = {};
  const problems: FrontMatterProblem[] = [];
  const whole = { start: fm.start, end: Math.max(fm.start + 3, fm.yamlStart - 1) };
  let data: unknown;
  try {
    data = parseYaml(fm.yaml, { prettyErrors: false, maxAliasCount: 50 });
  } catch (error) {
    const at = error instanceof YAMLParseError && error.pos ? fm.yamlStart + error.pos[0] : whole.start;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push({ start: at, end: Math.min(at + 1, fm.end), message: `Front matter is not valid YAML (${reason}); its settings were ignored.` });
    return { settings, problems };
  }
  if (data === null || data === undefined) return { settings, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ ...whole, message: 'Front matter should be a YAML mapping (key: value); its settings were ignored.' });
    return { settings, problems };
  }
  const record = data as Record<string, unknown>;
  const keyAt = (key: string) => {
    const i = fm.yaml.search(new RegExp(`^${key}\\s*:`, 'm'));
    return i < 0 ? whole : { start: fm.yamlStart + i, end: fm.yamlStart + i + key.length };
  };

  if ('mode' in record) {
    const mode = typeof record.mode === 'string' ? MODES[record.mode.toLowerCase()] : undefined;
    if (mode) settings.mode = mode;
    else problems.push({ ...keyAt('mode'), message: `Front matter "mode" must be "clinical" or "reflection"; got ${JSON.stringify(record.mode)}.` });
  }
  const pref = record['language-preference'];
  if (pref !== undefined) {
    if (typeof pref === 'string' && PREFERENCES.has(pref as LanguagePreference)) settings.languagePreference = pref as LanguagePreference;
    else problems.push({ ...keyAt('language-preference'), message: `Front matter "language-preference" must be person-first, identity-first or ask; got ${JSON.stringify(pref)}.` });
  }
  const ids = record['patient-identifies-as'];
  if (ids !== undefined) {
    const list = typeof ids === 'string' ? [ids] : ids;
    if (Array.isArray(list) && list.every((x) => typeof x === 'string')) settings.identifiesAs = list as string[];
    else problems.push({ ...keyAt('patient-identifies-as'), message: 'Front matter "patient-identifies-as" must be a term or a list of terms.' });
  }
  const rules = record.rules;
  if (rules !== undefined) {
    if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
      const out: Record<string, SeveritySetting> = {};
      for (const [id, value] of Object.entries(rules)) {
        if (typeof value === 'string' && SEVERITIES.has(value as SeveritySetting)) out[id] = value as SeveritySetting;
        else problems.push({ ...keyAt('rules'), message: `Front matter rule "${id}" must be error, warning, info, hint or off.` });
      }
      settings.rules = out;
    } else problems.push({ ...keyAt('rules'), message: 'Front matter "rules" must map rule ids to severities.' });
  }
  return { settings, problems };
}
