import { revokeTokenFamily } from '../../db/refreshTokens.js';
import { verifyRefreshToken } from './tokens.js';

/** Revokes the family of the presented refresh token. Idempotent: logging out twice is fine. */
export async function logout({ refreshToken }: { refreshToken: string | undefined }): Promise<void> {
  const claims = refreshToken ? verifyRefreshToken(refreshToken) : null;
  if (!claims) return;
  await revokeTokenFamily(claims.fam);
}
