import { selectTimeline, type TimelineRow } from '../../db/dealTimeline.js';
import { queueIdsOfUser } from '../../db/ticketTargets.js';
import type { UserRecord } from '../../db/users.js';
import { readTicketSettings } from '../tickets/readTicketSettings.js';
import { seesEverything } from '../tickets/ticketVisibility.js';
import { visibleDeal } from './dealAccess.js';

/**
 * Newest first: stage changes, notes, the deal's tasks (created, done) and its contact's tickets — only the
 * tickets the caller may see (an attendant's deal must not show a colleague's conversation with the contact).
 */
export async function listDealTimeline(actor: UserRecord, dealId: number): Promise<TimelineRow[]> {
  const deal = await visibleDeal(actor, dealId);
  if (seesEverything(actor)) return selectTimeline(deal, 500);
  const [queueIds, settings] = await Promise.all([queueIdsOfUser(actor.id), readTicketSettings(actor.companyId)]);
  return selectTimeline(deal, 500, { viewer: { ...actor, queueIds }, settings });
}
