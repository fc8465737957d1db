import { ctx } from '../../context.js';
import { aiAgentBelongsTo } from '../../db/aiAgents.js';
import { upsertSettings } from '../../db/settings.js';
import { domainEvents } from '../../events/bus.js';
import { aiAgentNotFound } from '../aiAgents/findAiAgentInCompany.js';
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
      // Another company's agent is, to this one, no agent (share-locked: it cannot be deleted under the write).
      if (typeof changes.aiAssistAgentId === 'number' && !(await aiAgentBelongsTo(transaction, companyId, changes.aiAssistAgentId))) throw aiAgentNotFound();
      await upsertSettings(transaction, companyId, Object.fromEntries(entries));
      domainEvents.publishAfterCommit(transaction, 'settings.updated', { companyId });
    });
  }
  return getSettings(companyId);
}
