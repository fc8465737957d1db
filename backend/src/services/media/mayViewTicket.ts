import type { Actor } from '../auth/authenticateAccessToken.js';

export interface TicketAccess {
  ticketId: number;
  userId: number | null;
  queueId: number | null;
}

/**
 * THE HOOK for ticket visibility on media (and retries). Today every user of the company may see every
 * ticket, so it only documents the rule's place; when queues and assignment arrive, the shared ticket
 * visibility rule goes here and a refusal must look like "not found" (404), never like a 403 that confirms
 * the message exists.
 */
export function mayViewTicket(actor: Actor, ticket: TicketAccess): boolean {
  void actor;
  void ticket;
  return true;
}
