import { AppError } from '../../errors/AppError.js';
import { Company } from '../../models/Company.js';
import { User } from '../../models/User.js';
import { verifyAccessToken } from './tokens.js';

export interface Actor {
  user: User;
  companyId: number;
}

/**
 * Turns a bearer token into the acting user, for HTTP and sockets alike. The user is read on every
 * call (a primary-key lookup) so that a password change, deactivation or deletion takes effect at once.
 */
export async function authenticateAccessToken(token: string | undefined): Promise<Actor> {
  if (!token) throw AppError.unauthorized('ERR_UNAUTHORIZED', 'Authentication required');
  const claims = verifyAccessToken(token);
  if (!claims) throw AppError.unauthorized('ERR_SESSION_EXPIRED', 'The session expired');
  const user = await User.findByPk(Number(claims.sub));
  if (!user || !user.active || user.tokenVersion !== claims.tv || user.companyId !== claims.companyId) {
    throw AppError.unauthorized('ERR_SESSION_EXPIRED', 'The session expired');
  }
  const company = await Company.findByPk(user.companyId, { attributes: ['id', 'active'] });
  if (!company?.active && !user.super) throw AppError.forbidden('ERR_COMPANY_INACTIVE', 'This company is inactive');
  return { user, companyId: user.companyId };
}
