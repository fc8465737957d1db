import { ctx } from '../../context.js';
import { updateUserFields, type UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { endUserSessions } from './endUserSessions.js';
import { issueSession, type SessionTokens } from './issueSession.js';
import { hashPassword, verifyPassword } from './passwords.js';

export interface ChangeOwnPasswordInput {
  user: UserRecord;
  currentPassword: string;
  newPassword: string;
  ip?: string;
  userAgent?: string;
}

/** Every other session ends; the caller gets a fresh session so they stay logged in where they are. */
export async function changeOwnPassword({
  user,
  currentPassword,
  newPassword,
  ip,
  userAgent,
}: ChangeOwnPasswordInput): Promise<SessionTokens & { user: UserRecord }> {
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw AppError.badRequest('ERR_WRONG_PASSWORD', 'The current password is wrong');
  }
  const passwordHash = await hashPassword(newPassword);
  return ctx().sequelize.transaction(async (transaction) => {
    const changed = await updateUserFields(transaction, user, { passwordHash });
    // Not told (null): this tab goes on with the session issued below; the others fail their next call.
    const ended = await endUserSessions(changed, transaction, null);
    const tokens = await issueSession({ user: ended, ip, userAgent, transaction });
    return { ...tokens, user: ended };
  });
}
