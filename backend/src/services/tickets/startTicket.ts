import { ctx } from '../../context.js';
import { insertTicketHistory } from '../../db/ticketHistory.js';
import { defaultWhatsappIdOf } from '../../db/ticketTargets.js';
import { activeTicketOf, insertStartedTicket, type TicketRow } from '../../db/tickets.js';
import { domainEvents } from '../../events/bus.js';
import { AppError } from '../../errors/AppError.js';
import type { UserRecord } from '../../db/users.js';
import { ensureContactOnWhatsapp } from '../contacts/ensureContactOnWhatsapp.js';
import { findContactInCompany } from '../contacts/findContactInCompany.js';
import { findQueueInCompany } from '../queues/findQueueInCompany.js';
import { lockActiveUser } from '../users/lockActiveUser.js';
import { findWhatsappInCompany } from '../whatsapps/findWhatsappInCompany.js';
import { loadTicket } from './loadTicket.js';
import { visibleTicket } from './visibleTicket.js';

export interface StartTicketInput {
  actor: UserRecord;
  /** Exactly one of contactId and number. */
  contactId?: number;
  /** A phone number as typed: its contact, made when new once WhatsApp says the number has an account. */
  number?: string;
  /** The connection to write from; the company's default one when omitted. */
  whatsappId?: number;
  queueId?: number | null;
}

/**
 * An attendant starts a conversation with a contact (a customer to call back, a quote to follow up): a new
 * ticket, open and theirs at once, so they can write the first message. The partial unique index keeps one
 * active ticket per contact and connection: when the contact already has one the answer is a 409 that says
 * which (its address when the caller may see it, otherwise who has it), and nothing is written. Started with a
 * typed number, the contact is found or made first (services/contacts/ensureContactOnWhatsapp.ts).
 */
export async function startTicket({ actor, contactId: givenContactId, number, whatsappId, queueId }: StartTicketInput): Promise<TicketRow> {
  const { sequelize } = ctx();
  const companyId = actor.companyId;
  // A contact named by id is checked first: another company's contact is a 404 about the contact, whatever the
  // connection.
  const given = givenContactId === undefined ? undefined : await findContactInCompany(companyId, givenContactId);
  const connectionId = whatsappId === undefined ? await defaultConnection(companyId) : (await findWhatsappInCompany(companyId, whatsappId)).id;
  if (queueId !== undefined && queueId !== null) await findQueueInCompany(companyId, queueId);
  const contact = given ?? (await findContactInCompany(companyId, await ensureContactOnWhatsapp(companyId, connectionId, number ?? '')));
  const contactId = contact.id;
  if (contact.isGroup) throw AppError.badRequest('ERR_CANNOT_START_WITH_GROUP', 'Conversations are started with people, not groups');
  const ticket = await sequelize.transaction(async (transaction) => {
    if (!(await lockActiveUser(transaction, companyId, actor.id))) throw new AppError('ERR_USER_INACTIVE', 403, 'This user is inactive');
    const placement = { status: 'open' as const, userId: actor.id, queueId: queueId ?? null };
    const created = await insertStartedTicket(transaction, { companyId, contactId, whatsappId: connectionId, queueId: placement.queueId, userId: actor.id });
    if (created === undefined) return null;
    await insertTicketHistory(transaction, { companyId, ticketId: created, userId: actor.id, action: 'started', from: null, to: placement });
    const row = await loadTicket(companyId, created, { transaction });
    // Nobody saw it before: its audience now is its only audience.
    domainEvents.publishAfterCommit(transaction, 'ticket.updated', {
      companyId,
      ticket: row,
      previous: { status: row.status, userId: row.userId, queueId: row.queueId, botActive: row.botActive },
    });
    return row;
  });
  if (!ticket) throw await alreadyActive(actor, contactId, connectionId);
  return ticket;
}

/** The company's default connection (the first one when none is marked). */
async function defaultConnection(companyId: number): Promise<number> {
  const connection = await defaultWhatsappIdOf(companyId);
  if (connection === undefined) throw AppError.notFound('ERR_WHATSAPP_NOT_FOUND', 'Connection not found');
  return connection;
}

/** The 409 for a contact already in a conversation: where it is, as far as the caller may know. */
async function alreadyActive(actor: UserRecord, contactId: number, whatsappId: number): Promise<AppError> {
  const active = await activeTicketOf({ companyId: actor.companyId, contactId, whatsappId });
  const visible = active ? await visibleTicket(actor, active.id).catch(() => null) : null;
  return new AppError('ERR_TICKET_ALREADY_ACTIVE', 409, 'This contact already has an active ticket', {
    ticket: visible ? { id: visible.id, uuid: visible.uuid, status: visible.status } : null,
    userName: active?.userName ?? null,
  });
}
