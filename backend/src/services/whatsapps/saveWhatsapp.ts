import { Op, UniqueConstraintError, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { Whatsapp } from '../../models/Whatsapp.js';
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

/** The company's first connection is its default; a new default takes the flag from the old one. */
async function takeDefault(companyId: number, whatsappId: number, transaction: Transaction): Promise<Whatsapp[]> {
  const previous = await Whatsapp.findAll({ where: { companyId, isDefault: true, id: { [Op.ne]: whatsappId } }, transaction });
  for (const old of previous) await old.update({ isDefault: false }, { transaction });
  return previous;
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

export function createWhatsapp(input: { companyId: number } & WhatsappSettings & { name: string }): Promise<Whatsapp> {
  return inTransaction(async (transaction) => {
    if (input.queueIds) await lockCompanyQueues(input.companyId, input.queueIds, transaction);
    const isFirst = (await Whatsapp.count({ where: { companyId: input.companyId }, transaction })) === 0;
    const whatsapp = await Whatsapp.create(
      {
        companyId: input.companyId,
        name: input.name.trim(),
        isDefault: false,
        greetingMessage: input.greetingMessage ?? null,
        farewellMessage: input.farewellMessage ?? null,
      },
      { transaction },
    );
    if (input.queueIds) await replaceWhatsappQueues(input.companyId, whatsapp.id, input.queueIds, transaction);
    if (input.isDefault || isFirst) {
      const previous = await takeDefault(input.companyId, whatsapp.id, transaction);
      await whatsapp.update({ isDefault: true }, { transaction });
      for (const old of previous) domainEvents.publishAfterCommit(transaction, 'whatsapp.updated', { companyId: old.companyId, whatsapp: old });
    }
    domainEvents.publishAfterCommit(transaction, 'whatsapp.created', { companyId: whatsapp.companyId, whatsapp });
    return whatsapp;
  });
}

export function updateWhatsapp(input: { companyId: number; whatsappId: number; changes: WhatsappSettings }): Promise<Whatsapp> {
  const { companyId, whatsappId, changes } = input;
  return inTransaction(async (transaction) => {
    if (changes.queueIds) await lockCompanyQueues(companyId, changes.queueIds, transaction);
    const whatsapp = await findWhatsappInCompany(companyId, whatsappId, transaction);
    if (changes.isDefault === false && whatsapp.isDefault) {
      throw AppError.badRequest('ERR_WHATSAPP_DEFAULT_REQUIRED', 'Choose another default connection instead');
    }
    const previous = changes.isDefault ? await takeDefault(companyId, whatsapp.id, transaction) : [];
    await whatsapp.update(
      {
        ...(changes.name !== undefined && { name: changes.name.trim() }),
        ...(changes.isDefault !== undefined && { isDefault: changes.isDefault }),
        ...(changes.greetingMessage !== undefined && { greetingMessage: changes.greetingMessage }),
        ...(changes.farewellMessage !== undefined && { farewellMessage: changes.farewellMessage }),
      },
      { transaction },
    );
    if (changes.queueIds) await replaceWhatsappQueues(companyId, whatsapp.id, changes.queueIds, transaction);
    for (const old of previous) domainEvents.publishAfterCommit(transaction, 'whatsapp.updated', { companyId, whatsapp: old });
    domainEvents.publishAfterCommit(transaction, 'whatsapp.updated', { companyId, whatsapp });
    return whatsapp;
  });
}
