import type { UserRecord } from '../../db/users.js';
import { findContactInCompany } from '../contacts/findContactInCompany.js';
import { visibleDeal } from '../deals/dealAccess.js';
import { findUserInCompany } from '../users/findUserInCompany.js';

/** Checks what a task points at: a user, a deal the actor sees, a contact — all of the actor's company (404 otherwise). */
export async function checkTaskLinks(
  actor: UserRecord,
  links: { assigneeId?: number | null; dealId?: number | null; contactId?: number | null },
): Promise<{ dealContactId: number | null }> {
  if (links.assigneeId) await findUserInCompany(actor.companyId, links.assigneeId);
  const deal = links.dealId ? await visibleDeal(actor, links.dealId) : undefined;
  if (links.contactId) await findContactInCompany(actor.companyId, links.contactId);
  return { dealContactId: deal?.contactId ?? null };
}
