import type { SettingsView, SettingView } from '@atende/contract';
import type { SettingKey, Settings } from '../services/settings/registry.js';

/** Settings are shown exactly as typed by the registry: every key, defaults filled in. */
export function presentSettings(settings: Settings): SettingsView {
  return { ...settings };
}

// SettingView<K> admits only the contract's keys: a setting added to the registry alone does not compile here.
export function presentSetting<K extends SettingKey>(key: K, value: Settings[K]): SettingView<K> {
  return { key, value };
}
