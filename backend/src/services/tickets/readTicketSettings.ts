import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';

export interface TicketSettings {
  pendingWithoutQueueVisibleToAll: boolean;
}

/** The company settings the ticket rules read, with their defaults. */
export async function readTicketSettings(companyId: number): Promise<TicketSettings> {
  const rows = await ctx().sequelize.query<{ key: string; value: unknown }>(
    `SELECT key, value FROM "Settings" WHERE "companyId" = :companyId AND key IN ('pendingWithoutQueueVisibleToAll')`,
    { replacements: { companyId }, type: QueryTypes.SELECT },
  );
  const value = rows.find((r) => r.key === 'pendingWithoutQueueVisibleToAll')?.value;
  return { pendingWithoutQueueVisibleToAll: typeof value === 'boolean' ? value : true };
}
