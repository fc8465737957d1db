import { ctx } from '../../context.js';
import { deleteAiAgentRow } from '../../db/aiAgents.js';
import { detachAiAgentFromQueues, selectQueues } from '../../db/queues.js';
import { deleteSettingWithValue } from '../../db/settings.js';
import { detachAiAgentFromWhatsapps } from '../../db/whatsapps.js';
import { domainEvents } from '../../events/bus.js';
import { findAiAgentInCompany } from './findAiAgentInCompany.js';

/**
 * The agent leaves every connection and queue it answered on (detached here, not only by ON DELETE SET NULL,
 * so their screens hear of it); what it spent stays in AiUsage without it. Tickets in the bot phase are the
 * AI step's to hand over when it finds no agent. It stops being the company's assist agent too.
 */
export async function deleteAiAgent({ companyId, aiAgentId }: { companyId: number; aiAgentId: number }): Promise<void> {
  await ctx().sequelize.transaction(async (transaction) => {
    await findAiAgentInCompany(companyId, aiAgentId, transaction);
    const whatsapps = await detachAiAgentFromWhatsapps(transaction, companyId, aiAgentId);
    const queueIds = await detachAiAgentFromQueues(transaction, companyId, aiAgentId);
    await deleteAiAgentRow(transaction, companyId, aiAgentId);
    // Nor does it stay the company's assist agent.
    if (await deleteSettingWithValue(transaction, companyId, 'aiAssistAgentId', aiAgentId))
      domainEvents.publishAfterCommit(transaction, 'settings.updated', { companyId });
    for (const whatsapp of whatsapps) domainEvents.publishAfterCommit(transaction, 'whatsapp.updated', { companyId, whatsapp });
    if (queueIds.length > 0) {
      for (const queue of await selectQueues(companyId, { queueIds, transaction }))
        domainEvents.publishAfterCommit(transaction, 'queue.updated', { companyId, queue });
    }
    domainEvents.publishAfterCommit(transaction, 'aiAgent.changed', { companyId, action: 'deleted', aiAgentId });
  });
}
