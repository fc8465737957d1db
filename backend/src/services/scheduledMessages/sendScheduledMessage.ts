import type { Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { companyTimezoneAndAttendant } from '../../db/automaticTexts.js';
import { findContactRow } from '../../db/contacts.js';
import {
  claimDueScheduledMessage,
  lockActiveTicketOf,
  setScheduledMessageFailed,
  setScheduledMessageWritten,
  type ClaimedScheduledMessage,
} from '../../db/scheduledMessages.js';
import { insertTicketHistory } from '../../db/ticketHistory.js';
import { insertStartedTicket } from '../../db/tickets.js';
import { domainEvents } from '../../events/bus.js';
import { derivedWid } from '../../lib/derivedWid.js';
import { renderTemplate } from '../../lib/templateVariables.js';
import { writeOutgoingMessage } from '../messages/writeOutgoingMessage.js';
import { loadTicket } from '../tickets/loadTicket.js';
import { lockActiveUser } from '../users/lockActiveUser.js';
import { reloadScheduledMessage } from './scheduledMessageAccess.js';

type Outcome = { sent: false } | { sent: true; whatsappId: number; messageId: string | number };

/**
 * At its time: the claim (pending → sending, only when due), the chat's message and the row's "messageId" are
 * one transaction. So a crash anywhere before the commit leaves the row pending (the alarm's retry or the sweep
 * sends it: nothing lost), and after it the message row exists at ack 0 and the outbound queue — with its own
 * sweep of unsent messages at boot — sends it with its fixed WhatsApp id (nothing sent twice). A row is never
 * "sending" without its message: "sending" means waiting for WhatsApp (the connection may be down), and the
 * message's first ack makes it "sent" (scheduledAlarms.ts). The message goes where an attendant's reply would:
 * the contact's active ticket on that connection, or a ticket opened as the author's (as startTicket does).
 * Its {{variables}} are filled in now: the greeting fits the hour it arrives, {{protocol}} is that ticket's.
 */
export async function sendScheduledMessage(id: number): Promise<boolean> {
  const { sequelize, outbound } = ctx();
  const outcome = await sequelize.transaction(async (transaction): Promise<Outcome> => {
    const claimed = await claimDueScheduledMessage(transaction, id);
    if (!claimed) return { sent: false };
    const failure = await writeScheduled(transaction, claimed);
    if (typeof failure === 'string') await setScheduledMessageFailed(transaction, id, failure);
    const row = await reloadScheduledMessage(claimed.companyId, id, transaction);
    domainEvents.publishAfterCommit(transaction, 'scheduledMessage.changed', { companyId: claimed.companyId, action: 'updated', scheduledMessage: row });
    return typeof failure === 'string' ? { sent: false } : { sent: true, whatsappId: claimed.whatsappId!, messageId: failure.messageId };
  });
  if (outcome.sent) outbound.enqueue(outcome.whatsappId, outcome.messageId);
  return outcome.sent;
}

/** Writes the message; an ERR_* code when it cannot go anywhere (the row then fails, with that reason). */
async function writeScheduled(transaction: Transaction, scheduled: ClaimedScheduledMessage): Promise<{ messageId: number | string } | `ERR_${string}`> {
  const { id, companyId, contactId, whatsappId, userId } = scheduled;
  if (whatsappId === null) return 'ERR_WHATSAPP_NOT_FOUND';
  const contact = await findContactRow(companyId, contactId, { transaction });
  if (!contact || contact.isGroup) return 'ERR_CONTACT_NOT_FOUND';
  const active = await lockActiveTicketOf(transaction, { companyId, contactId, whatsappId });
  let ticketId = active?.id;
  let protocol = active?.protocol;
  if (ticketId === undefined) {
    // A new conversation is the author's, like one they start by hand; nobody who left is handed one.
    if (userId === null || !(await lockActiveUser(transaction, companyId, userId))) return 'ERR_USER_INACTIVE';
    ticketId = await insertStartedTicket(transaction, { companyId, contactId, whatsappId, queueId: null, userId });
    // A ticket the customer opened meanwhile: roll back, the alarm's retry continues that one.
    if (ticketId === undefined) throw new Error(`scheduled message ${id}: a ticket appeared while opening one`);
    const placement = { status: 'open' as const, userId, queueId: null };
    await insertTicketHistory(transaction, { companyId, ticketId, userId, action: 'started', from: null, to: placement });
    const opened = await loadTicket(companyId, ticketId, { transaction });
    protocol = opened.protocol;
    domainEvents.publishAfterCommit(transaction, 'ticket.updated', {
      companyId,
      ticket: opened,
      previous: { status: opened.status, userId: opened.userId, queueId: opened.queueId, botActive: opened.botActive },
    });
  }
  const clock = await companyTimezoneAndAttendant({ companyId, userId }, transaction);
  const body = renderTemplate(scheduled.body, {
    contactName: contact.name,
    contactNumber: contact.number,
    // {{attendant}} is whoever scheduled it: the text is theirs.
    attendantName: clock?.attendantName ?? null,
    // {{protocol}}: the ticket the message is written into (the customer's conversation, or the one opened now).
    protocol,
    timezone: clock?.timezone ?? 'America/Sao_Paulo',
  }).trim();
  if (!body) return 'ERR_SCHEDULED_MESSAGE_EMPTY';
  const target = { companyId, ticketId, contactId, contactName: contact.name, number: contact.number, whatsappId };
  const message = await writeOutgoingMessage(transaction, target, { body, wid: derivedWid('scheduled', id) });
  await setScheduledMessageWritten(transaction, id, message.id);
  return { messageId: message.id };
}
