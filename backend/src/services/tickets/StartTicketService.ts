import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import { AppError } from '../../errors/AppError.js';
import type { UserRecord } from '../../db/users.js';
import type { TicketRow } from '../../presenters/ticket.js';
import { findContactInCompany } from '../contacts/contactRows.js';
import { findQueueInCompany } from '../queues/findQueueInCompany.js';
import { lockActiveUser } from '../users/lockActiveUser.js';
import { findWhatsappInCompany } from '../whatsapps/findWhatsappInCompany.js';
import { loadTicket } from './loadTicket.js';
import { visibleTicket } from './visibleTicket.js';

export interface StartTicketInput {
  actor: UserRecord;
  contactId: number;
  /** The connection to write from; the company's default one when omitted. */
  whatsappId?: number;
  queueId?: number | null;
}

/**
 * An attendant starts a conversation with a contact (a customer to call back, a quote to follow up): a new
 * ticket, open and theirs at once, so they can write the first message. The partial unique index keeps one
 * active ticket per contact and connection: when the contact already has one the answer is a 409 that says
 * which (its address when the caller may see it, otherwise who has it), and nothing is written.
 */
export async function startTicket({ actor, contactId, whatsappId, queueId }: StartTicketInput): Promise<TicketRow> {
  const { sequelize } = ctx();
  const companyId = actor.companyId;
  const contact = await findContactInCompany(companyId, contactId);
  if (contact.isGroup) throw AppError.badRequest('ERR_CANNOT_START_WITH_GROUP', 'Conversations are started with people, not groups');
  const connectionId = whatsappId === undefined ? await defaultConnection(companyId) : (await findWhatsappInCompany(companyId, whatsappId)).id;
  if (queueId !== undefined && queueId !== null) await findQueueInCompany(companyId, queueId);
  const ticket = await sequelize.transaction(async (transaction) => {
    if (!(await lockActiveUser(transaction, companyId, actor.id))) throw new AppError('ERR_USER_INACTIVE', 403, 'This user is inactive');
    const [created] = await sequelize.query<{ id: number }>(
      // acceptedAt = createdAt (both now(), the transaction's time) marks it as nobody's wait (dashboard/ticketFlow.ts).
      `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId", "queueId", status, "userId", "createdAt", "acceptedAt")
       VALUES (:companyId, :contactId, :whatsappId, :queueId, 'open', :userId, now(), now())
       ON CONFLICT ("companyId", "contactId", "whatsappId") WHERE status <> 'closed' DO NOTHING RETURNING id`,
      { replacements: { companyId, contactId, whatsappId: connectionId, queueId: queueId ?? null, userId: actor.id }, type: QueryTypes.SELECT, transaction },
    );
    if (!created) return null;
    await sequelize.query(
      `INSERT INTO "TicketHistories" ("companyId", "ticketId", "userId", action, "toStatus", "toUserId", "toQueueId")
       VALUES (:companyId, :ticketId, :userId, 'started', 'open', :userId, :queueId)`,
      { replacements: { companyId, ticketId: created.id, userId: actor.id, queueId: queueId ?? null }, transaction },
    );
    const row = await loadTicket(companyId, created.id, { transaction });
    // Nobody saw it before: its audience now is its only audience.
    domainEvents.publishAfterCommit(transaction, 'ticket.updated', { companyId, ticket: row, previous: { status: row.status, userId: row.userId, queueId: row.queueId } });
    return row;
  });
  if (!ticket) throw await alreadyActive(actor, contactId, connectionId);
  return ticket;
}

/** The company's default connection (the first one when none is marked). */
async function defaultConnection(companyId: number): Promise<number> {
  const [connection] = await ctx().sequelize.query<{ id: number }>(
    `SELECT id FROM "Whatsapps" WHERE "companyId" = :companyId ORDER BY "isDefault" DESC, id LIMIT 1`,
    { replacements: { companyId }, type: QueryTypes.SELECT },
  );
  if (!connection) throw AppError.notFound('ERR_WHATSAPP_NOT_FOUND', 'Connection not found');
  return connection.id;
}

/** The 409 for a contact already in a conversation: where it is, as far as the caller may know. */
async function alreadyActive(actor: UserRecord, contactId: number, whatsappId: number): Promise<AppError> {
  const [active] = await ctx().sequelize.query<{ id: number; userName: string | null }>(
    `SELECT t.id, u.name AS "userName" FROM "Tickets" t LEFT JOIN "Users" u ON u.id = t."userId"
     WHERE t."companyId" = :companyId AND t."contactId" = :contactId AND t."whatsappId" = :whatsappId AND t.status <> 'closed'`,
    { replacements: { companyId: actor.companyId, contactId, whatsappId }, type: QueryTypes.SELECT },
  );
  const visible = active ? await visibleTicket(actor, active.id).catch(() => null) : null;
  return new AppError('ERR_TICKET_ALREADY_ACTIVE', 409, 'This contact already has an active ticket', {
    ticket: visible ? { id: visible.id, uuid: visible.uuid, status: visible.status } : null,
    userName: active?.userName ?? null,
  });
}
