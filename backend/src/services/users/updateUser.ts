import { UniqueConstraintError } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { updateUserFields, type Language, type Profile, type UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { endUserSessions } from '../auth/endUserSessions.js';
import { hashPassword } from '../auth/passwords.js';
import { returnTicketsOfUser } from '../tickets/returnTicketsOfUser.js';
import { findUserInCompany } from './findUserInCompany.js';
import { lockCompanyQueues, replaceUserQueues } from './userQueues.js';

export interface UpdateUserInput {
  actor: UserRecord;
  userId: number;
  changes: {
    name?: string;
    email?: string;
    password?: string;
    profile?: Profile;
    active?: boolean;
    language?: Language | null;
    maxOpenTickets?: number | null;
    /** The queues the user serves, replacing the current ones (the user form; queues edit their members too). */
    queueIds?: number[];
  };
}

export async function updateUser({ actor, userId, changes }: UpdateUserInput): Promise<UserRecord> {
  if (actor.id === userId && ((changes.profile && changes.profile !== 'admin') || changes.active === false)) {
    // An admin locking themself out would leave the company without anyone able to undo it.
    throw AppError.badRequest('ERR_CANNOT_CHANGE_SELF', 'You cannot demote or deactivate yourself');
  }
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
  try {
    return await ctx().sequelize.transaction(async (transaction) => {
      if (changes.queueIds) await lockCompanyQueues(actor.companyId, changes.queueIds, transaction);
      const current = await findUserInCompany(actor.companyId, userId, transaction, true);
      const endsSessions = passwordHash !== undefined || (changes.active === false && current.active);
      const changed = await updateUserFields(transaction, current, {
        name: changes.name?.trim(),
        email: changes.email?.trim().toLowerCase(),
        profile: changes.profile,
        active: changes.active,
        language: changes.language,
        maxOpenTickets: changes.maxOpenTickets,
        passwordHash,
      });
      const reason = changes.active === false ? 'deactivated' : 'passwordChanged';
      const user = endsSessions ? await endUserSessions(changed, transaction, reason) : changed;
      if (changes.queueIds) await replaceUserQueues(user.companyId, userId, changes.queueIds, transaction);
      if (changes.active === false) await returnTicketsOfUser(transaction, { companyId: user.companyId, userId, actorId: actor.id });
      domainEvents.publishAfterCommit(transaction, 'user.updated', { companyId: user.companyId, user });
      return user;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintError) throw AppError.conflict('ERR_EMAIL_IN_USE', 'This e-mail is already in use');
    throw err;
  }
}
