import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { seesEverything } from '../tickets/ticketVisibility.js';

/**
 * Who may pause someone or end their sessions from the team panel: anyone themself; supervisors and admins
 * their company's people — but a supervisor not an admin (they answer to them). The target is already known to
 * be of the actor's company (a 404 otherwise, before this).
 */
export function assertMayManage(actor: UserRecord, target: UserRecord): void {
  if (actor.id === target.id) return;
  if (!seesEverything(actor)) throw AppError.forbidden();
  const actorIsAdmin = actor.super || actor.profile === 'admin';
  if (!actorIsAdmin && (target.profile === 'admin' || target.super)) throw AppError.forbidden();
}
