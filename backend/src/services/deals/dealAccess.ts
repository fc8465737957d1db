import type { Transaction } from 'sequelize';
import { selectDeal, type DealRow } from '../../db/deals.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { findUserInCompany } from '../users/findUserInCompany.js';
import { seesEverything } from '../tickets/ticketVisibility.js';

// Who sees a deal: attendants (profile 'user') only the deals they own — a deal they create is theirs — and
// supervisors, admins and super admins every deal of the company. Seeing is also editing and moving: an
// attendant never learns of a colleague's deal (404, as for another company's). Written once here: the board,
// the lists, every read and write, and the socket audience (realtime/subscriber.ts: owner + supervisors).

/** The owner every list is narrowed to for this user: undefined (all of the company) or their own id. */
export function dealOwnerFilter(actor: Pick<UserRecord, 'id' | 'profile' | 'super'>): number | undefined {
  return seesEverything(actor) ? undefined : actor.id;
}

/** The deal when the actor may see it; 404 otherwise. */
export async function visibleDeal(actor: UserRecord, id: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<DealRow> {
  const row = await selectDeal(actor.companyId, id, options);
  const owner = dealOwnerFilter(actor);
  if (!row || (owner !== undefined && row.ownerId !== owner)) throw AppError.notFound('ERR_DEAL_NOT_FOUND', 'Deal not found');
  return row;
}

/** The owner a write may set: attendants only themselves; the others any user of the company. */
export async function allowedOwner(actor: UserRecord, ownerId: number | null, transaction?: Transaction): Promise<number | null> {
  if (dealOwnerFilter(actor) !== undefined) {
    if (ownerId !== actor.id) throw AppError.forbidden('ERR_DEAL_OWNER_FORBIDDEN', 'Attendants own the deals they create and edit');
    return ownerId;
  }
  if (ownerId !== null) await findUserInCompany(actor.companyId, ownerId, transaction);
  return ownerId;
}
