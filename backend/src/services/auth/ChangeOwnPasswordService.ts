import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { User } from '../../models/User.js';
import { endUserSessions } from './endUserSessions.js';
import { issueSession, type SessionTokens } from './issueSession.js';
import { hashPassword, verifyPassword } from './passwords.js';

export interface ChangeOwnPasswordInput {
  user: User;
  currentPassword: string;
  newPassword: string;
  ip?: string;
  userAgent?: string;
}

/** Every other session ends; the caller gets a fresh session so they stay logged in where they are. */
export async function changeOwnPassword({ user, currentPassword, newPassword, ip, userAgent }: ChangeOwnPasswordInput): Promise<SessionTokens & { user: User }> {
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw AppError.badRequest('ERR_WRONG_PASSWORD', 'The current password is wrong');
  }
  const passwordHash = await hashPassword(newPassword);
  return ctx().sequelize.transaction(async (transaction) => {
    await user.update({ passwordHash }, { transaction });
    await endUserSessions(user, transaction);
    const tokens = await issueSession({ user, ip, userAgent, transaction });
    return { ...tokens, user };
  });
}
