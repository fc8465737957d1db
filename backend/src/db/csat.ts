import type { Transaction } from 'sequelize';
import { MOVED_TICKET_COLUMNS, type MovedTicket } from './tickets.js';
import { exists, one } from './sql.js';

// CSAT (0027-csat.ts): the question's time and expiry and the rating live on the ticket; a queue may override
// the company's `csatEnabled`.

/** Whether a close of this ticket asks for a rating: a person's conversation (not a group), not rated yet, on for its queue. */
export function csatWanted(transaction: Transaction, ticketId: number, companyEnabled: boolean): Promise<boolean> {
  return exists(
    `SELECT 1 FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId" LEFT JOIN "Queues" q ON q.id = t."queueId"
     WHERE t.id = :ticketId AND NOT c."isGroup" AND t."csatRating" IS NULL AND COALESCE(q."csatEnabled", :companyEnabled)`,
    { ticketId, companyEnabled },
    { transaction },
  );
}

/** The question went out now; an answer counts for `minutes`. */
export async function markCsatAsked(transaction: Transaction, ticketId: number, minutes: number): Promise<void> {
  await one(
    `UPDATE "Tickets" SET "csatAskedAt" = now(), "csatExpiresAt" = now() + make_interval(mins => :minutes) WHERE id = :ticketId RETURNING id`,
    { ticketId, minutes },
    { transaction },
  );
}

/**
 * The contact's ticket on this connection waiting for a rating: its latest closed one, asked and not expired
 * nor answered, while no conversation is active there (an answer after the customer wrote anything else is a
 * message of that conversation, not a rating). Locked until the transaction ends.
 */
export async function ticketAwaitingCsat(
  transaction: Transaction,
  at: { companyId: number; contactId: number; whatsappId: number },
): Promise<number | undefined> {
  const row = await one<{ id: number }>(
    `SELECT id FROM "Tickets" WHERE id = (
       SELECT id FROM "Tickets" WHERE "companyId" = :companyId AND "contactId" = :contactId AND "whatsappId" = :whatsappId AND status = 'closed'
       ORDER BY "closedAt" DESC NULLS LAST, id DESC LIMIT 1)
     AND "csatRating" IS NULL AND "csatExpiresAt" > now()
     AND NOT EXISTS (SELECT 1 FROM "Tickets" a
       WHERE a."companyId" = :companyId AND a."contactId" = :contactId AND a."whatsappId" = :whatsappId AND a.status <> 'closed')
     FOR UPDATE`,
    { ...at },
    { transaction },
  );
  return row?.id;
}

const MOVED_TICKET = MOVED_TICKET_COLUMNS.map((c) => `"${c}"`).join(', ');

/** Stores the rating where none is yet; the ticket as it is (still closed), or undefined when it was rated already. */
export function rateTicket(transaction: Transaction, ticketId: number, rating: number): Promise<MovedTicket | undefined> {
  return one<MovedTicket>(
    `UPDATE "Tickets" SET "csatRating" = :rating, "csatAnsweredAt" = now(), "updatedAt" = now()
     WHERE id = :ticketId AND "csatRating" IS NULL RETURNING ${MOVED_TICKET}`,
    { ticketId, rating },
    { transaction },
  );
}
