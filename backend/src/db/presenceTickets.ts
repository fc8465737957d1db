import { many } from './sql.js';

/**
 * The tickets a customer's typing or presence concerns: the unclosed ones of that number on that connection
 * (normally one; a presence says nothing about a closed conversation).
 */
export async function activeTicketIdsOfNumber(companyId: number, whatsappId: number, number: string): Promise<number[]> {
  const rows = await many<{ id: number }>(
    `SELECT t.id FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId"
     WHERE t."companyId" = :companyId AND t."whatsappId" = :whatsappId AND c.number = :number AND t.status <> 'closed'`,
    { companyId, whatsappId, number },
  );
  return rows.map((r) => Number(r.id));
}
