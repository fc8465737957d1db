import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import { getSettings } from './getSettings.js';
import type { Settings } from './registry.js';

export interface UpdateSettingsInput {
  companyId: number;
  /** Already validated against the registry (settingsPatchSchema). */
  changes: Partial<Settings>;
}

/** Stores the given keys in one statement (all or none) and returns the whole, typed settings object. */
export async function updateSettings({ companyId, changes }: UpdateSettingsInput): Promise<Settings> {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
  if (entries.length > 0) {
    await ctx().sequelize.transaction(async (transaction) => {
      // jsonb_each keeps a JSON null (businessHours: null) as a value, distinct from "not set".
      await ctx().sequelize.query(
        `INSERT INTO "Settings" ("companyId", key, value, "updatedAt")
         SELECT :companyId, e.key, e.value, now() FROM jsonb_each(CAST(:changes AS jsonb)) e
         ON CONFLICT ("companyId", key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
        { replacements: { companyId, changes: JSON.stringify(Object.fromEntries(entries)) }, transaction },
      );
      domainEvents.publishAfterCommit(transaction, 'settings.updated', { companyId });
    });
  }
  return getSettings(companyId);
}
