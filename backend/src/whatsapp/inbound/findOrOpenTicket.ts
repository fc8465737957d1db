import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

export interface OpenedTicket {
  /** A new ticket was created for this message. */
  created: boolean;
  /** A recently closed ticket was reopened for this message (the company's reopen window). */
  reopened: boolean;
}

const DEFAULT_REOPEN_WINDOW_MINUTES = 120;
// A deactivated attendant cannot answer: the reopened ticket waits in pending for distribution instead.
const ACTIVE_OWNER = `EXISTS (SELECT 1 FROM "Users" u WHERE u.id = "Tickets"."userId" AND u.active)`;

/**
 * The ticket step of the inbound pipeline. A customer writing again shortly after their ticket was closed
 * continues that conversation (reopened: back to its attendant, or to pending if it had none or they left);
 * otherwise a new ticket is created — in the connection's queue when the connection serves exactly one. The
 * partial unique index keeps one active ticket per contact and connection whatever runs concurrently.
 */
export async function findOrOpenTicket(
  sequelize: Sequelize,
  transaction: Transaction,
  at: { companyId: number; contactId: number; whatsappId: number },
): Promise<OpenedTicket> {
  // The common case, a conversation already going on: one indexed read, no write.
  const [active] = await sequelize.query(
    `SELECT 1 FROM "Tickets" WHERE "companyId" = :companyId AND "contactId" = :contactId AND "whatsappId" = :whatsappId AND status <> 'closed'`,
    { replacements: at, type: QueryTypes.SELECT, transaction },
  );
  if (active) return { created: false, reopened: false };
  const reopened = await sequelize.query<{ id: number; userId: number | null; queueId: number | null; status: string }>(
    `UPDATE "Tickets" SET status = CASE WHEN ${ACTIVE_OWNER} THEN 'open' ELSE 'pending' END,
       "userId" = CASE WHEN ${ACTIVE_OWNER} THEN "userId" END, "closedAt" = NULL, "updatedAt" = now()
     WHERE id = (
       SELECT id FROM "Tickets"
       WHERE "companyId" = :companyId AND "contactId" = :contactId AND "whatsappId" = :whatsappId AND status = 'closed'
         AND "closedAt" > now() - make_interval(mins => COALESCE(
           (SELECT (value #>> '{}')::int FROM "Settings" WHERE "companyId" = :companyId AND key = 'reopenWindowMinutes'),
           ${DEFAULT_REOPEN_WINDOW_MINUTES}))
       ORDER BY "closedAt" DESC LIMIT 1)
     AND NOT EXISTS (
       SELECT 1 FROM "Tickets" WHERE "companyId" = :companyId AND "contactId" = :contactId AND "whatsappId" = :whatsappId AND status <> 'closed')
     RETURNING id, "userId", "queueId", status`,
    { replacements: at, type: QueryTypes.SELECT, transaction },
  );
  const row = reopened[0];
  if (row) {
    await sequelize.query(
      `INSERT INTO "TicketHistories" ("companyId", "ticketId", "userId", action, "fromStatus", "toStatus", "toUserId", "fromUserId", "fromQueueId", "toQueueId")
       VALUES (:companyId, :ticketId, NULL, 'reopened', 'closed', :status, :userId, :userId, :queueId, :queueId)`,
      { replacements: { companyId: at.companyId, ticketId: row.id, status: row.status, userId: row.userId, queueId: row.queueId }, transaction },
    );
    return { created: false, reopened: true };
  }
  const created = await sequelize.query<{ id: number }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId", "queueId")
     VALUES (:companyId, :contactId, :whatsappId,
       (SELECT CASE WHEN count(*) = 1 THEN min("queueId") END FROM "WhatsappQueues" WHERE "whatsappId" = :whatsappId))
     ON CONFLICT ("companyId", "contactId", "whatsappId") WHERE status <> 'closed' DO NOTHING RETURNING id`,
    { replacements: at, type: QueryTypes.SELECT, transaction },
  );
  return { created: created.length > 0, reopened: false };
}
