import type { SettingKey, Settings } from '../services/settings/registry.js';

/** Settings are shown exactly as typed by the registry: every key, defaults filled in. */
export type SettingsView = Settings;

export function presentSettings(settings: Settings): SettingsView {
  return { ...settings };
}

export function presentSetting<K extends SettingKey>(key: K, value: Settings[K]): { key: K; value: Settings[K] } {
  return { key, value };
}
