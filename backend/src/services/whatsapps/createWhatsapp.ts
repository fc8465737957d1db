import { clearOtherDefaults, companyHasWhatsapps, insertWhatsapp, updateWhatsappFields, type WhatsappRecord } from '../../db/whatsapps.js';
import { domainEvents } from '../../events/bus.js';
import { lockAiAgentOfCompany } from '../aiAgents/lockAiAgentOfCompany.js';
import { lockCompanyQueues, replaceWhatsappQueues } from './whatsappQueues.js';
import { inWhatsappTransaction, type WhatsappSettings } from './whatsappWrites.js';

/** The company's first connection is its default; a new default takes the flag from the old one. */
export function createWhatsapp(input: { companyId: number } & WhatsappSettings & { name: string }): Promise<WhatsappRecord> {
  return inWhatsappTransaction(async (transaction) => {
    await lockAiAgentOfCompany(transaction, input.companyId, input.aiAgentId);
    if (input.queueIds) await lockCompanyQueues(input.companyId, input.queueIds, transaction);
    const isFirst = !(await companyHasWhatsapps(input.companyId, transaction));
    let whatsapp = await insertWhatsapp(
      {
        companyId: input.companyId,
        name: input.name.trim(),
        greetingMessage: input.greetingMessage ?? null,
        farewellMessage: input.farewellMessage ?? null,
        aiAgentId: input.aiAgentId ?? null,
      },
      transaction,
    );
    if (input.queueIds) await replaceWhatsappQueues(input.companyId, whatsapp.id, input.queueIds, transaction);
    if (input.isDefault || isFirst) {
      const previous = await clearOtherDefaults(transaction, input.companyId, whatsapp.id);
      whatsapp = await updateWhatsappFields(whatsapp, { isDefault: true }, transaction);
      for (const old of previous) domainEvents.publishAfterCommit(transaction, 'whatsapp.updated', { companyId: old.companyId, whatsapp: old });
    }
    domainEvents.publishAfterCommit(transaction, 'whatsapp.created', { companyId: whatsapp.companyId, whatsapp });
    return whatsapp;
  });
}
