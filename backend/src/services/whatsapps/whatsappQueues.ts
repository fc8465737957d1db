import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { selectQueues } from '../queues/queueSelect.js';

/**
 * Every queue id must belong to the company: another company's queue is "not found" (404, the ids in
 * details), like a missing one. FOR KEY SHARE keeps them from being deleted before we commit; taking it
 * before the connection's row lock keeps the order of a queue write (queue, then connection), so the two
 * paths that link queues and connections cannot deadlock each other.
 */
export async function lockCompanyQueues(companyId: number, queueIds: number[], transaction: Transaction): Promise<void> {
  if (queueIds.length === 0) return;
  const rows = await ctx().sequelize.query<{ id: number }>(
    `SELECT id FROM "Queues" WHERE "companyId" = :companyId AND id IN (:queueIds) ORDER BY id FOR KEY SHARE`,
    { replacements: { companyId, queueIds }, type: QueryTypes.SELECT, transaction },
  );
  const found = new Set(rows.map((r) => r.id));
  const missing = queueIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppError('ERR_QUEUE_NOT_FOUND', 404, 'Queue not found', { ids: missing });
}

/**
 * Makes `queueIds` the exact set of queues the connection serves (ids already checked by lockCompanyQueues).
 * Each queue that gained or lost the connection is announced as a queue update after commit, as a queue
 * write would: screens showing queue members stay right.
 */
export async function replaceWhatsappQueues(companyId: number, whatsappId: number, queueIds: number[], transaction: Transaction): Promise<void> {
  const { sequelize } = ctx();
  const removed = await sequelize.query<{ queueId: number }>(
    `DELETE FROM "WhatsappQueues" WHERE "whatsappId" = :whatsappId AND NOT ("queueId" = ANY(ARRAY[:keep]::int[])) RETURNING "queueId"`,
    { replacements: { whatsappId, keep: queueIds.length ? queueIds : [0] }, type: QueryTypes.SELECT, transaction },
  );
  const added =
    queueIds.length === 0
      ? []
      : await sequelize.query<{ queueId: number }>(
          `INSERT INTO "WhatsappQueues" ("whatsappId", "queueId") SELECT :whatsappId, unnest(ARRAY[:queueIds]::int[])
           ON CONFLICT DO NOTHING RETURNING "queueId"`,
          { replacements: { whatsappId, queueIds }, type: QueryTypes.SELECT, transaction },
        );
  const changed = [...new Set([...removed, ...added].map((r) => r.queueId))];
  if (changed.length === 0) return;
  const queues = await selectQueues(companyId, { where: ['q.id IN (:changed)'], replacements: { changed }, transaction });
  for (const queue of queues) domainEvents.publishAfterCommit(transaction, 'queue.updated', { companyId, queue });
}

/** The queues each connection serves, ascending, in one query (connections without queues get []). */
export async function queueIdsByWhatsapp(whatsappIds: number[]): Promise<Map<number, number[]>> {
  const byWhatsapp = new Map<number, number[]>(whatsappIds.map((id) => [id, []]));
  if (whatsappIds.length === 0) return byWhatsapp;
  const rows = await ctx().sequelize.query<{ whatsappId: number; queueIds: number[] }>(
    `SELECT "whatsappId", array_agg("queueId" ORDER BY "queueId") AS "queueIds"
     FROM "WhatsappQueues" WHERE "whatsappId" IN (:whatsappIds) GROUP BY "whatsappId"`,
    { replacements: { whatsappIds }, type: QueryTypes.SELECT },
  );
  for (const row of rows) byWhatsapp.set(row.whatsappId, row.queueIds.map(Number));
  return byWhatsapp;
}
