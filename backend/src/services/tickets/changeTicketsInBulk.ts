import { findCloseReason } from '../../db/closeReasons.js';
import type { TicketRow } from '../../db/tickets.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { closeTicket } from './closeTicket.js';
import { transferTicket } from './transferTicket.js';

export type BulkTicketChange =
  { action: 'close'; sendFarewell?: boolean; closeReasonId?: number | null } | { action: 'transfer'; userId?: number; queueId?: number };

export interface BulkTicketResult {
  tickets: TicketRow[];
  /** The tickets left as they were, each with the code its own request would have been answered with. */
  failed: { ticketId: number; code: `ERR_${string}` }[];
}

/**
 * A supervisor's bulk action on the inbox (issue 17): several tickets closed, or transferred to a queue or
 * an attendant, one after the other through the very use cases of a single ticket (same rules, history,
 * events, farewell). One ticket refused (closed meanwhile, not visible) does not stop the others: it is
 * reported with its error code. Anything but an AppError is a bug and stops the batch.
 *
 * A close reason applies to every ticket closed, each checked against its own queue's mode: a 'required'
 * queue's ticket closed without one is reported (ERR_CLOSE_REASON_REQUIRED), a 'none' queue ignores it. A
 * reason the company does not have is the request's mistake, not a ticket's: refused before anything changes.
 */
export async function changeTicketsInBulk(actor: UserRecord, ticketIds: number[], change: BulkTicketChange): Promise<BulkTicketResult> {
  if (change.action === 'transfer' && change.userId === undefined && change.queueId === undefined) {
    throw AppError.badRequest('ERR_VALIDATION', 'Choose an attendant or a queue');
  }
  if (change.action === 'close' && change.closeReasonId != null && !(await findCloseReason(actor.companyId, change.closeReasonId))) {
    throw AppError.notFound('ERR_CLOSE_REASON_NOT_FOUND', 'Close reason not found');
  }
  const result: BulkTicketResult = { tickets: [], failed: [] };
  for (const ticketId of new Set(ticketIds)) {
    try {
      result.tickets.push(
        change.action === 'close'
          ? await closeTicket({ actor, ticketId, sendFarewell: change.sendFarewell, closeReasonId: change.closeReasonId })
          : await transferTicket({ actor, ticketId, userId: change.userId, queueId: change.queueId }),
      );
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      result.failed.push({ ticketId, code: err.code });
    }
  }
  return result;
}
