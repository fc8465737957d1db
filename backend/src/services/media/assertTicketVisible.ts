import { AppError } from '../../errors/AppError.js';
import type { Actor } from '../auth/authenticateAccessToken.js';
import { visibleTicket } from '../tickets/visibleTicket.js';

/**
 * A message's file follows its ticket's visibility rule (services/tickets): a message whose ticket the actor
 * may not see is, to them, not found — a 404 like another company's, never a 403 that confirms it exists.
 */
export async function assertTicketVisible(actor: Actor, ticketId: number): Promise<void> {
  try {
    await visibleTicket(actor.user, ticketId);
  } catch (err) {
    if (err instanceof AppError && err.status === 404) throw AppError.notFound('ERR_MESSAGE_NOT_FOUND', 'Message not found');
    throw err;
  }
}
