import type { Transaction } from 'sequelize';
import { exec, many } from './sql.js';

// TicketTags: the tags put on a ticket (read back with the ticket, see TICKET_COLUMNS in tickets.ts).

/** How many of these tag ids are the company's tags. */
export async function countTagsOfCompany(transaction: Transaction, companyId: number, tagIds: readonly number[]): Promise<number> {
  const found = await many<{ id: number }>(
    `SELECT id FROM "Tags" WHERE id IN (:ids) AND "companyId" = :companyId`,
    { ids: tagIds, companyId },
    { transaction },
  );
  return found.length;
}

/** The ticket's tags become exactly these. */
export async function replaceTicketTags(transaction: Transaction, ticketId: number, tagIds: readonly number[]): Promise<void> {
  await exec(`DELETE FROM "TicketTags" WHERE "ticketId" = :ticketId`, { ticketId }, { transaction });
  for (const tagId of tagIds) {
    await exec(`INSERT INTO "TicketTags" ("ticketId", "tagId") VALUES (:ticketId, :tagId)`, { ticketId, tagId }, { transaction });
  }
}
