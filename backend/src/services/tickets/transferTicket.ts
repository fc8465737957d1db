import { ctx } from '../../context.js';
import { queueOfCompanyExists } from '../../db/ticketTargets.js';
import { AppError } from '../../errors/AppError.js';
import type { UserRecord } from '../../db/users.js';
import type { TicketRow } from '../../db/tickets.js';
import { domainEvents } from '../../events/bus.js';
import { forgetBrief } from '../ai/aiBrief.js';
import { botSummaryText, stillInBotPhase, writeBotSummaryNote } from '../ai/botSummaryNote.js';
import { lockActiveUser } from '../users/lockActiveUser.js';
import { applyTicketChange } from './applyTicketChange.js';
import { seesEverything } from './ticketVisibility.js';
import { visibleTicket } from './visibleTicket.js';

export interface TransferTicketInput {
  actor: UserRecord;
  ticketId: number;
  /** To an attendant: the ticket becomes theirs, open. */
  userId?: number;
  /** To a queue: without an attendant, it waits in that queue's pending list. */
  queueId?: number;
}

/**
 * Hands a ticket to another attendant and/or queue; the history records from whom/where to whom/where. A
 * ticket the AI agent is answering (a supervisor's or admin's, who see those) leaves the bot phase as a take
 * over leaves it: the summary note of what the AI collected, in the same transaction, no handoff message to
 * the customer; left pending, it is offered by distribution like a handed-over ticket.
 */
export async function transferTicket({ actor, ticketId, userId, queueId }: TransferTicketInput): Promise<TicketRow> {
  if (userId === undefined && queueId === undefined) throw AppError.badRequest('ERR_VALIDATION', 'Choose an attendant or a queue');
  const { sequelize } = ctx();
  const before = await visibleTicket(actor, ticketId);
  if (before.status === 'closed') throw AppError.conflict('ERR_TICKET_CLOSED', 'Reopen the ticket before transferring it');
  if (before.status === 'open' && before.userId !== actor.id && !seesEverything(actor)) throw AppError.forbidden();

  if (queueId !== undefined && !(await queueOfCompanyExists(actor.companyId, queueId))) {
    throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');
  }
  const change =
    userId !== undefined
      ? { status: 'open' as const, userId, queueId: queueId ?? before.queueId }
      : { status: 'pending' as const, userId: null, queueId: queueId ?? before.queueId };
  const note = before.botActive ? await botSummaryText(ticketId, 'transferred', actor.name) : null;
  const ticket = await sequelize.transaction(async (transaction) => {
    // Checked and share-locked with the change: an attendant being deactivated meanwhile is refused, not handed a ticket.
    if (userId !== undefined && !(await lockActiveUser(transaction, actor.companyId, userId))) throw AppError.notFound('ERR_USER_NOT_FOUND', 'User not found');
    const endsBotPhase = note !== null && (await stillInBotPhase(transaction, before));
    const transferred = await applyTicketChange(transaction, {
      before,
      actorId: actor.id,
      action: 'transferred',
      change,
      guard: { status: { not: 'closed' } },
    });
    if (transferred && endsBotPhase) {
      await writeBotSummaryNote(transaction, { companyId: actor.companyId, ticketId }, note);
      if (transferred.status === 'pending') domainEvents.publishAfterCommit(transaction, 'ticket.botReleased', { companyId: actor.companyId, ticketId });
    }
    return transferred;
  });
  if (!ticket) throw AppError.conflict('ERR_TICKET_CLOSED', 'Reopen the ticket before transferring it');
  if (note) await forgetBrief(ticketId);
  return ticket;
}
