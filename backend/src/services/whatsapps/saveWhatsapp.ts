import { UniqueConstraintError, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { clearOtherDefaults, companyHasWhatsapps, insertWhatsapp, updateWhatsappFields, type WhatsappRecord } from '../../db/whatsapps.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { findWhatsappInCompany } from './findWhatsappInCompany.js';
import { lockCompanyQueues, replaceWhatsappQueues } from './whatsappQueues.js';

export interface WhatsappSettings {
  name?: string;
  isDefault?: boolean;
  greetingMessage?: string | null;
  farewellMessage?: string | null;
  /** The queues the connection serves; replaces the current set when given, untouched when omitted. */
  queueIds?: number[];
}

async function inTransaction<T>(run: (t: Transaction) => Promise<T>): Promise<T> {
  try {
    return await ctx().sequelize.transaction(run);
  } catch (err) {
    const constraint = err instanceof UniqueConstraintError ? (err.parent as { constraint?: string }).constraint : undefined;
    if (constraint === 'Whatsapps_company_name') throw AppError.conflict('ERR_WHATSAPP_NAME_IN_USE', 'A connection with this name already exists');
    throw err;
  }
}

/** The company's first connection is its default; a new default takes the flag from the old one. */
export function createWhatsapp(input: { companyId: number } & WhatsappSettings & { name: string }): Promise<WhatsappRecord> {
  return inTransaction(async (transaction) => {
    if (input.queueIds) await lockCompanyQueues(input.companyId, input.queueIds, transaction);
    const isFirst = !(await companyHasWhatsapps(input.companyId, transaction));
    let whatsapp = await insertWhatsapp(
      {
        companyId: input.companyId,
        name: input.name.trim(),
        greetingMessage: input.greetingMessage ?? null,
        farewellMessage: input.farewellMessage ?? null,
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

export function updateWhatsapp(input: { companyId: number; whatsappId: number; changes: WhatsappSettings }): Promise<WhatsappRecord> {
  const { companyId, whatsappId, changes } = input;
  return inTransaction(async (transaction) => {
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
      },
      transaction,
    );
    if (changes.queueIds) await replaceWhatsappQueues(companyId, whatsapp.id, changes.queueIds, transaction);
    for (const old of previous) domainEvents.publishAfterCommit(transaction, 'whatsapp.updated', { companyId, whatsapp: old });
    domainEvents.publishAfterCommit(transaction, 'whatsapp.updated', { companyId, whatsapp });
    return whatsapp;
  });
}
