import { clearOtherDefaults, updateWhatsappFields, type WhatsappRecord } from '../../db/whatsapps.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { lockAiAgentOfCompany } from '../aiAgents/lockAiAgentOfCompany.js';
import { findWhatsappInCompany } from './findWhatsappInCompany.js';
import { lockCompanyQueues, replaceWhatsappQueues } from './whatsappQueues.js';
import { inWhatsappTransaction, type WhatsappSettings } from './whatsappWrites.js';

/** Changes a connection's settings; the default flag moves, it is never simply dropped. */
export function updateWhatsapp(input: { companyId: number; whatsappId: number; changes: WhatsappSettings }): Promise<WhatsappRecord> {
  const { companyId, whatsappId, changes } = input;
  return inWhatsappTransaction(async (transaction) => {
    await lockAiAgentOfCompany(transaction, companyId, changes.aiAgentId);
    if (changes.queueIds) await lockCompanyQueues(companyId, changes.queueIds, transaction);
    const current = await findWhatsappInCompany(companyId, whatsappId, transaction);
    if (changes.isDefault === false && current.isDefault) {
      throw AppError.badRequest('ERR_WHATSAPP_DEFAULT_REQUIRED', 'Choose another default connection instead');
    }
    const previous = changes.isDefault ? await clearOtherDefaults(transaction, companyId, current.id) : [];
    const whatsapp = await updateWhatsappFields(
      current,
      {
        name: changes.name?.trim(),
        isDefault: changes.isDefault,
        greetingMessage: changes.greetingMessage,
        farewellMessage: changes.farewellMessage,
        aiAgentId: changes.aiAgentId,
      },
      transaction,
    );
    if (changes.queueIds) await replaceWhatsappQueues(companyId, whatsapp.id, changes.queueIds, transaction);
    for (const old of previous) domainEvents.publishAfterCommit(transaction, 'whatsapp.updated', { companyId, whatsapp: old });
    domainEvents.publishAfterCommit(transaction, 'whatsapp.updated', { companyId, whatsapp });
    return whatsapp;
  });
}
