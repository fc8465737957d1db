import { companyActive } from '../../db/companies.js';
import { findUserByEmail, recordLogin, type UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { checkLoginAllowed, clearLoginFailures, recordLoginFailure } from './loginRateLimiter.js';
import { spendPasswordCheckTime, verifyPassword } from './passwords.js';
import { issueSession, type SessionTokens } from './issueSession.js';

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  userAgent?: string;
}

export async function login({ email, password, ip, userAgent }: LoginInput): Promise<SessionTokens & { user: UserRecord }> {
  const normalizedEmail = email.trim().toLowerCase();
  await checkLoginAllowed(ip, normalizedEmail);

  const user = await findUserByEmail(normalizedEmail);
  // Unknown e-mail and wrong password answer the same, in the same time: no user enumeration.
  const passwordOk = user ? await verifyPassword(password, user.passwordHash) : (await spendPasswordCheckTime(password), false);
  if (!user || !passwordOk) {
    await recordLoginFailure(normalizedEmail);
    throw AppError.unauthorized('ERR_INVALID_CREDENTIALS', 'Invalid e-mail or password');
  }
  if (!user.active) throw AppError.forbidden('ERR_USER_INACTIVE', 'This user is inactive');
  if (!(await companyActive(user.companyId)) && !user.super) throw AppError.forbidden('ERR_COMPANY_INACTIVE', 'This company is inactive');

  await clearLoginFailures(normalizedEmail);
  const loggedIn = (await recordLogin(user.id)) ?? user;
  const tokens = await issueSession({ user: loggedIn, ip, userAgent });
  return { ...tokens, user: loggedIn };
}
