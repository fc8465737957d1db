import type { TicketHistoryEntry } from '@atende/contract';
import { iso } from '../../db/sql.js';
import { selectTicketHistory } from '../../db/ticketHistory.js';
import type { UserRecord } from '../../db/users.js';
import { visibleTicket } from './visibleTicket.js';

/** Who accepted, transferred, closed and reopened the ticket, and when, oldest first. */
export async function listTicketHistory({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketHistoryEntry[]> {
  await visibleTicket(actor, ticketId);
  const rows = await selectTicketHistory(actor.companyId, ticketId);
  return rows.map((r) => ({ ...r, id: Number(r.id), createdAt: iso(r.createdAt) }));
}
