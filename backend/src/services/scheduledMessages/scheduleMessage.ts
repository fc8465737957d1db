import { ctx } from '../../context.js';
import { insertScheduledMessage, type ScheduledMessageRow } from '../../db/scheduledMessages.js';
import { defaultWhatsappIdOf } from '../../db/ticketTargets.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { AppError } from '../../errors/AppError.js';
import { findContactInCompany } from '../contacts/findContactInCompany.js';
import { findWhatsappInCompany } from '../whatsapps/findWhatsappInCompany.js';
import { assertInFuture, reloadScheduledMessage } from './scheduledMessageAccess.js';
import { setScheduledAlarm } from './scheduledAlarms.js';

export interface ScheduleMessageInput {
  actor: UserRecord;
  contactId: number;
  /** The connection to send from; the company's default one when omitted (as when starting a ticket). */
  whatsappId?: number;
  body: string;
  sendAt: Date;
}

/**
 * Anyone of the company schedules a text to one of its contacts (the contacts are the company's, every
 * attendant reaches them). The connection is chosen now, so the list says where it will go out from; another
 * company's contact or connection is a 404. The alarm is set once the row is committed.
 */
export async function scheduleMessage({ actor, contactId, whatsappId, body, sendAt }: ScheduleMessageInput): Promise<ScheduledMessageRow> {
  const { sequelize } = ctx();
  const { companyId } = actor;
  assertInFuture(sendAt);
  const contact = await findContactInCompany(companyId, contactId);
  if (contact.isGroup) throw AppError.badRequest('ERR_CANNOT_START_WITH_GROUP', 'Conversations are started with people, not groups');
  const connectionId = await connectionFor(companyId, whatsappId);
  const row = await sequelize.transaction(async (transaction) => {
    const id = await insertScheduledMessage(transaction, { companyId, contactId, whatsappId: connectionId, userId: actor.id, body, sendAt });
    const created = await reloadScheduledMessage(companyId, id, transaction);
    domainEvents.publishAfterCommit(transaction, 'scheduledMessage.changed', { companyId, action: 'created', scheduledMessage: created });
    return created;
  });
  setScheduledAlarm(row.id, sendAt);
  return row;
}

/** The connection asked for (the company's), or the company's default one. */
export async function connectionFor(companyId: number, whatsappId: number | undefined): Promise<number> {
  if (whatsappId !== undefined) return (await findWhatsappInCompany(companyId, whatsappId)).id;
  const connection = await defaultWhatsappIdOf(companyId);
  if (connection === undefined) throw AppError.notFound('ERR_WHATSAPP_NOT_FOUND', 'Connection not found');
  return connection;
}
