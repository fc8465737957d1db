import { ctx } from '../../context.js';
import { updateUserFields, type UserRecord } from '../../db/users.js';

export interface UpdateOwnPreferencesInput {
  user: UserRecord;
  changes: { signMessages?: boolean };
}

/**
 * What a user decides for themself (issue 17: whether their messages go out signed, where the company allows
 * signatures). Not an admin's user form: an attendant may change it without any profile.
 */
export function updateOwnPreferences({ user, changes }: UpdateOwnPreferencesInput): Promise<UserRecord> {
  return ctx().sequelize.transaction((transaction) => updateUserFields(transaction, user, { signMessages: changes.signMessages }));
}
