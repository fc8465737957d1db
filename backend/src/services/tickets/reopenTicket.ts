import { UniqueConstraintError } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { UserRecord } from '../../db/users.js';
import type { TicketRow } from '../../db/tickets.js';
import { applyTicketChange } from './applyTicketChange.js';
import { visibleTicket } from './visibleTicket.js';

/** Reopens a closed ticket as the caller's open ticket, unless the contact already has an active one. */
export async function reopenTicket({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketRow> {
  const before = await visibleTicket(actor, ticketId);
  if (before.status !== 'closed') throw AppError.conflict('ERR_TICKET_NOT_CLOSED', 'Only a closed ticket can be reopened');
  try {
    const ticket = await ctx().sequelize.transaction((transaction) =>
      applyTicketChange(transaction, {
        before,
        actorId: actor.id,
        action: 'reopened',
        change: { status: 'open', userId: actor.id, queueId: before.queueId },
        guard: { status: 'closed' },
      }),
    );
    if (!ticket) throw AppError.conflict('ERR_TICKET_NOT_CLOSED', 'Only a closed ticket can be reopened');
    return ticket;
  } catch (err) {
    // The partial unique index: one active ticket per contact and connection.
    if (err instanceof UniqueConstraintError) throw AppError.conflict('ERR_TICKET_ALREADY_ACTIVE', 'This contact already has an active ticket');
    throw err;
  }
}
