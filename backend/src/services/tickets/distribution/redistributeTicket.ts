import { ctx } from '../../../context.js';
import { AppError } from '../../../errors/AppError.js';
import type { UserRecord } from '../../../db/users.js';
import type { TicketRow } from '../../../db/tickets.js';
import { applyTicketChange } from '../applyTicketChange.js';
import { loadTicket } from '../loadTicket.js';
import { seesEverything } from '../ticketVisibility.js';
import { distributeTicket } from './distributeTicket.js';

/**
 * A supervisor's "give this to someone else": the ticket goes back to its queue and distribution picks
 * another attendant (never the current one). With nobody free it waits in the queue's pending list.
 */
export async function redistributeTicket({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketRow> {
  if (!seesEverything(actor)) throw AppError.forbidden();
  const before = await loadTicket(actor.companyId, ticketId);
  if (before.status === 'closed') throw AppError.conflict('ERR_TICKET_CLOSED', 'Reopen the ticket before redistributing it');
  // Distribution leaves tickets the AI agent is answering where they are: "redistributed"
  // would only have written a history line while the AI went on. Taking it over is the way to a person.
  if (before.botActive) throw AppError.conflict('ERR_TICKET_WITH_BOT', 'The AI agent is answering this ticket: take it over first');
  if (before.queueId === null) throw AppError.badRequest('ERR_TICKET_WITHOUT_QUEUE', 'Put the ticket in a queue first');
  const returned = await ctx().sequelize.transaction((transaction) =>
    applyTicketChange(transaction, {
      before,
      actorId: actor.id,
      action: 'returned',
      change: { status: 'pending', userId: null, queueId: before.queueId },
      guard: { status: { not: 'closed' } },
    }),
  );
  if (!returned) throw AppError.conflict('ERR_TICKET_CLOSED', 'Reopen the ticket before redistributing it');
  return (await distributeTicket({ companyId: actor.companyId, ticketId, excludeUserId: before.userId })) ?? (await loadTicket(actor.companyId, ticketId));
}
