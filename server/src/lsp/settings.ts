/**
 * One typed settings object per document (as vscode-eslint does): the editor's
 * `rapport.*` settings for that document's scope, with defaults filled in.
 */
import type { Connection } from 'vscode-languageserver';
import type { LanguagePreference, Mode, SeveritySetting } from '../engine/index.ts';

export type RunOn = 'onType' | 'onSave';

export interface DocumentSettings {
  enable: boolean;
  mode: Mode | undefined;
  run: RunOn;
  /** Milliseconds of quiet typing before a re-lint. */
  debounce: number;
  rules: Record<string, SeveritySetting>;
  languagePreference: LanguagePreference | undefined;
  /** Hide findings on the word being typed until the cursor leaves it. */
  quietWhileTyping: boolean;
}

export const DEFAULT_SETTINGS: DocumentSettings = {
  enable: true,
  mode: undefined,
  run: 'onType',
  debounce: 200,
  rules: {},
  languagePreference: undefined,
  quietWhileTyping: true,
};

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Validates whatever the client sent; anything malformed falls back to the default. */
export function normaliseSettings(raw: unknown): DocumentSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (s.rules && typeof s.rules === 'object') {
    for (const [id, v] of Object.entries(s.rules as Record<string, unknown>)) if (typeof v === 'string' && SEVERITIES.has(v)) rules[id] = v as SeveritySetting;
  }
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : DEFAULT_SETTINGS.enable,
    mode: s.mode === 'clinical' || s.mode === 'reflection' ? s.mode : undefined,
    run: s.run === 'onSave' ? 'onSave' : 'onType',
    debounce: typeof s.debounce === 'number' && s.debounce >= 0 && s.debounce <= 5000 ? s.debounce : DEFAULT_SETTINGS.debounce,
    rules,
    languagePreference: s.languagePreference === 'person-first' || s.languagePreference === 'identity-first' || s.languagePreference === 'ask' ? s.languagePreference : undefined,
    quietWhileTyping: typeof s.quietWhileTyping === 'boolean' ? s.quietWhileTyping : DEFAULT_SETTINGS.quietWhileTyping,
  };
}

export class SettingsStore {
  private cache = new Map<string, Promise<DocumentSettings>>();
  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}
  /** Settings pushed with didChangeConfiguration, for clients that cannot be asked. */
  private global: DocumentSettings = DEFAULT_SETTINGS;

  get(uri: string): Promise<DocumentSettings> {
    if (!this.canPull()) return Promise.resolve(this.global);
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'rapport' })
        .then(normaliseSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  changed(pushed: unknown): void {
    this.cache.clear();
    const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>).rapport : undefined;
    if (section !== undefined) this.global = normaliseSettings(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
