import { listColleagueRows } from '../../db/internalChats.js';
import type { UserRecord } from '../../db/users.js';

/** Whom the actor may start a direct chat with: the company's other active users (attendants cannot list users). */
export function listChatColleagues(actor: UserRecord): Promise<{ id: number; name: string }[]> {
  return listColleagueRows(actor.companyId, actor.id);
}
