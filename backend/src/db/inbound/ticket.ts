import type { Transaction } from 'sequelize';
import { settingDefaults } from '../../services/settings/registry.js';
import { agentAnswersAt } from '../botPhase.js';
import { exists, many } from '../sql.js';
import type { TicketStatus } from '../tickets.js';

// The inbound path's ticket statements: is a conversation going on, reopen one closed a moment ago, or open
// a new one. The partial unique index keeps one active ticket per contact and connection whatever runs at once.

export interface ChatPlace {
  companyId: number;
  contactId: number;
  whatsappId: number;
}

/** The contact has an active ticket on this connection (one indexed read, no write: the common case). */
export function activeTicketExists(transaction: Transaction, at: ChatPlace): Promise<boolean> {
  return exists(
    `SELECT 1 FROM "Tickets" WHERE "companyId" = :companyId AND "contactId" = :contactId AND "whatsappId" = :whatsappId AND status <> 'closed'`,
    { ...at },
    { transaction },
  );
}

// A deactivated attendant cannot answer: the reopened ticket waits in pending for distribution instead.
const ACTIVE_OWNER = `EXISTS (SELECT 1 FROM "Users" u WHERE u.id = "Tickets"."userId" AND u.active)`;

/**
 * Reopens the contact's ticket on this connection closed within the company's reopen window (setting
 * `reopenWindowMinutes`): back to its attendant, or to pending if it had none or they left. The ticket as
 * reopened, or undefined when there is none to reopen (or an active one appeared meanwhile).
 */
export async function reopenRecentTicket(
  transaction: Transaction,
  at: ChatPlace,
): Promise<{ id: number; userId: number | null; queueId: number | null; status: TicketStatus } | undefined> {
  const [row] = await many<{ id: number; userId: number | null; queueId: number | null; status: TicketStatus }>(
    `UPDATE "Tickets" SET status = CASE WHEN ${ACTIVE_OWNER} THEN 'open' ELSE 'pending' END,
       "userId" = CASE WHEN ${ACTIVE_OWNER} THEN "userId" END, "closedAt" = NULL, "updatedAt" = now()
     WHERE id = (
       SELECT id FROM "Tickets"
       WHERE "companyId" = :companyId AND "contactId" = :contactId AND "whatsappId" = :whatsappId AND status = 'closed'
         AND "closedAt" > now() - make_interval(mins => COALESCE(
           (SELECT (value #>> '{}')::int FROM "Settings" WHERE "companyId" = :companyId AND key = 'reopenWindowMinutes'),
           ${settingDefaults.reopenWindowMinutes}))
       ORDER BY "closedAt" DESC LIMIT 1)
     AND NOT EXISTS (
       SELECT 1 FROM "Tickets" WHERE "companyId" = :companyId AND "contactId" = :contactId AND "whatsappId" = :whatsappId AND status <> 'closed')
     RETURNING id, "userId", "queueId", status`,
    { ...at },
    { transaction },
  );
  return row;
}

/**
 * A new ticket for the contact on this connection, pending — in the connection's queue when it serves exactly
 * one. It starts in the bot phase when an enabled AI agent answers there (the queue's, else the connection's)
 * and no menu comes first: a connection serving several queues shows its menu, and the bot phase starts when
 * the menu files the ticket (services/chatbot/fileTicket.ts). False when an active ticket exists already
 * (another message opened it meanwhile).
 */
export async function openTicket(transaction: Transaction, at: ChatPlace): Promise<boolean> {
  const created = await many<{ id: number }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId", "queueId", "botActive")
     SELECT :companyId, :contactId, :whatsappId, served."queueId",
       served.queues < 2 AND ${agentAnswersAt(':companyId', 'served."queueId"', ':whatsappId')}
     FROM (SELECT CASE WHEN count(*) = 1 THEN min("queueId") END AS "queueId", count(*) AS queues
           FROM "WhatsappQueues" WHERE "whatsappId" = :whatsappId) served
     ON CONFLICT ("companyId", "contactId", "whatsappId") WHERE status <> 'closed' DO NOTHING RETURNING id`,
    { ...at },
    { transaction },
  );
  return created.length > 0;
}
