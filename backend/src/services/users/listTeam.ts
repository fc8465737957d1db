import { listTeamRows, type TeamRow } from '../../db/users.js';
import { onlineUserIds } from '../../realtime/presence.js';

/** The team panel: the company's active people, their pause and load, and who is online (Redis presence). */
export async function listTeam(companyId: number): Promise<{ row: TeamRow; online: boolean }[]> {
  const [rows, online] = await Promise.all([listTeamRows(companyId), onlineUserIds(companyId)]);
  return rows.map((row) => ({ row, online: online.has(row.id) }));
}
