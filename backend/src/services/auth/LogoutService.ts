import { Op } from 'sequelize';
import { RefreshToken } from '../../models/RefreshToken.js';
import { verifyRefreshToken } from './tokens.js';

/** Revokes the family of the presented refresh token. Idempotent: logging out twice is fine. */
export async function logout({ refreshToken }: { refreshToken: string | undefined }): Promise<void> {
  const claims = refreshToken ? verifyRefreshToken(refreshToken) : null;
  if (!claims) return;
  await RefreshToken.update({ revokedAt: new Date() }, { where: { familyId: claims.fam, revokedAt: { [Op.is]: null } } });
}
