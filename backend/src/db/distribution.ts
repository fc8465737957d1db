import type { Transaction } from 'sequelize';
import { exec, many, one } from './sql.js';

// What distribution reads and writes to give a queue's waiting tickets to its attendants: the queue's mode
// and round-robin position (locked for one decision at a time), its attendants with their load and cap, and
// the tickets waiting in it.

export type DistributionSetting = 'manual' | 'round_robin' | 'least_busy';

/** An attendant of the queue who could take a ticket. */
export interface CandidateRow {
  id: number;
  /** Open tickets the attendant has now. */
  load: number;
  /** Most open tickets they may have (their own cap, else the company's); null = no limit. */
  capacity: number | null;
}

/**
 * Whether a bot holds the ticket: the customer is still answering the queue's options (the chatbot), or the AI
 * agent answers them (the bot phase). Either lets go with `ticket.botReleased`.
 */
export async function heldByBot(transaction: Transaction, ticketId: number): Promise<boolean> {
  const bot = await one<{ busy: boolean }>(
    `SELECT "chatbotState" IS NOT NULL OR "botActive" AS busy FROM "Tickets" WHERE id = :ticketId`,
    { ticketId },
    { transaction },
  );
  return bot?.busy === true;
}

/** The queue's mode and last assignee, locked until the decision commits: tickets of one queue are dealt one after the other. */
export function lockQueueForDistribution(
  transaction: Transaction,
  queueId: number,
): Promise<{ distribution: DistributionSetting; lastAssignedUserId: number | null } | undefined> {
  return one(`SELECT distribution, "lastAssignedUserId" FROM "Queues" WHERE id = :queueId FOR UPDATE`, { queueId }, { transaction });
}

/**
 * The queue's active attendants who are not paused (issue 17: on a break they get nothing new), in id order,
 * with their load and cap. FOR SHARE: an attendant being
 * deactivated or deleted right now is either seen before that commits (and the tickets it returns include
 * this one) or after it (and is no longer a candidate), never in between.
 */
export function lockQueueCandidates(transaction: Transaction, queueId: number): Promise<CandidateRow[]> {
  return many<CandidateRow>(
    `SELECT u.id,
         (SELECT count(*)::int FROM "Tickets" t WHERE t."userId" = u.id AND t.status = 'open') AS load,
         COALESCE(u."maxOpenTickets",
           (SELECT (value #>> '{}')::int FROM "Settings" s WHERE s."companyId" = u."companyId" AND s.key = 'userMaxOpenTickets')) AS capacity
       FROM "UserQueues" uq JOIN "Users" u ON u.id = uq."userId"
       WHERE uq."queueId" = :queueId AND u.active AND u."pausedAt" IS NULL ORDER BY u.id FOR SHARE OF u`,
    { queueId },
    { transaction },
  );
}

/** Round robin goes on after this attendant next time. */
export async function setLastAssignedUser(transaction: Transaction, queueId: number, userId: number): Promise<void> {
  await exec(`UPDATE "Queues" SET "lastAssignedUserId" = :userId WHERE id = :queueId`, { userId, queueId }, { transaction });
}

/** Those of these queues of the company that distribute (not manual), in the queues' order. */
export async function distributingQueueIds(companyId: number, queueIds: readonly number[]): Promise<number[]> {
  const queues = await many<{ id: number }>(
    `SELECT id FROM "Queues" WHERE "companyId" = :companyId AND id IN (:queueIds) AND distribution <> 'manual' ORDER BY position, id`,
    { companyId, queueIds: queueIds.length ? queueIds : [0] },
  );
  return queues.map((q) => q.id);
}

/** Where a sweep of a queue's waiting tickets has got to (the last ticket offered, by when its wait began). */
export interface WaitingPosition {
  pendingSince: string;
  id: number;
}

/**
 * The next ticket waiting in the queue (pending, nobody's, out of the chatbot menu and the bot phase) after `after`,
 * longest waiting first: by "pendingSince" (migration 0035), so a ticket reopened or given back waits behind those
 * that have waited longer, as the Aguardando tab's oldest-first order shows them.
 */
export function nextWaitingTicket(input: {
  companyId: number;
  queueId: number;
  skipTicketId: number;
  after: WaitingPosition;
}): Promise<WaitingPosition | undefined> {
  return one<WaitingPosition>(
    `SELECT id, "pendingSince"::text AS "pendingSince" FROM "Tickets"
         WHERE "companyId" = :companyId AND "queueId" = :queueId AND status = 'pending' AND "userId" IS NULL AND "chatbotState" IS NULL AND NOT "botActive"
           AND id <> :skipTicketId AND ("pendingSince", id) > (:pendingSince::timestamptz, :id)
         ORDER BY "pendingSince", id LIMIT 1`,
    { companyId: input.companyId, queueId: input.queueId, skipTicketId: input.skipTicketId, ...input.after },
  );
}
