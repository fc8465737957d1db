import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';

export interface QueueOption {
  id: number;
  queueId: number;
  parentId: number | null;
  title: string;
  message: string | null;
  targetQueueId: number | null;
  targetUserId: number | null;
}

/** The options shown at one level of a queue's menu (parentId null: the first level), in order. */
export function optionsAt(queueId: number, parentId: number | null): Promise<QueueOption[]> {
  return ctx().sequelize.query<QueueOption>(
    `SELECT id, "queueId", "parentId", title, message, "targetQueueId", "targetUserId" FROM "QueueOptions"
     WHERE "queueId" = :queueId AND "parentId" ${parentId === null ? 'IS NULL' : '= :parentId'} ORDER BY position, id`,
    { replacements: { queueId, parentId }, type: QueryTypes.SELECT },
  );
}

export async function parentOf(optionId: number): Promise<number | null> {
  const [row] = await ctx().sequelize.query<{ parentId: number | null }>(`SELECT "parentId" FROM "QueueOptions" WHERE id = :optionId`, {
    replacements: { optionId },
    type: QueryTypes.SELECT,
  });
  return row?.parentId ?? null;
}

/** "*1* - Segunda via\n*2* - Falar com alguém\n*#* - Voltar" */
export function optionsText(options: readonly QueueOption[], canGoBack: boolean): string {
  const lines = options.map((o, i) => `*${i + 1}* - ${o.title}`);
  if (canGoBack) lines.push('*#* - Voltar');
  return lines.join('\n');
}
