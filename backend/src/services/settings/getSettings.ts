import type { Transaction } from 'sequelize';
import { selectSettingRows } from '../../db/settings.js';
import { logger } from '../../lib/logger.js';
import { SETTING_KEYS, settingDefaults, settingSchemas, type SettingKey, type Settings } from './registry.js';

export type { Settings, SettingKey } from './registry.js';

/**
 * The company's settings, typed, every key present (defaults where unset). One primary-key range read:
 * cheap enough to call per ticket event without a cache (a cache would need cross-process invalidation).
 */
export async function getSettings(companyId: number, transaction?: Transaction): Promise<Settings> {
  const rows = await selectSettingRows(companyId, transaction);
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const settings: Settings = { ...settingDefaults };
  for (const key of SETTING_KEYS) {
    if (!stored.has(key)) continue;
    const parsed = settingSchemas[key].safeParse(stored.get(key));
    if (parsed.success) assign(settings, key, parsed.data);
    else logger.warn('stored setting does not fit its schema; using the default', { companyId, key });
  }
  return settings;
}

function assign<K extends SettingKey>(settings: Settings, key: K, value: Settings[K]): void {
  settings[key] = value;
}

export async function getSetting<K extends SettingKey>(companyId: number, key: K, transaction?: Transaction): Promise<Settings[K]> {
  return (await getSettings(companyId, transaction))[key];
}
