import { exists, many, one } from './sql.js';

// Where a ticket can be put, as the ticket use cases check it: a queue of the company (a transfer), the
// company's default connection (a conversation an attendant starts), the queues an attendant serves (what
// they see and what distribution offers them). The queues' and connections' own statements are theirs.

export function queueOfCompanyExists(companyId: number, queueId: number): Promise<boolean> {
  return exists(`SELECT 1 FROM "Queues" WHERE id = :queueId AND "companyId" = :companyId`, { queueId, companyId });
}

/** The company's default connection (the first one when none is marked). */
export async function defaultWhatsappIdOf(companyId: number): Promise<number | undefined> {
  const connection = await one<{ id: number }>(`SELECT id FROM "Whatsapps" WHERE "companyId" = :companyId ORDER BY "isDefault" DESC, id LIMIT 1`, {
    companyId,
  });
  return connection?.id;
}

export async function queueIdsOfUser(userId: number): Promise<number[]> {
  const rows = await many<{ queueId: number }>(`SELECT "queueId" FROM "UserQueues" WHERE "userId" = :userId`, { userId });
  return rows.map((r) => r.queueId);
}
