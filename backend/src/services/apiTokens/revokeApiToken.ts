import { revokeApiTokenInCompany, type ApiTokenRow } from '../../db/apiTokens.js';
import { AppError } from '../../errors/AppError.js';

/** Revokes at once (the next request with it is a 401); revoking twice keeps the first time. Another company's id: 404. */
export async function revokeApiToken(companyId: number, tokenId: number): Promise<ApiTokenRow> {
  const token = await revokeApiTokenInCompany(companyId, tokenId);
  if (!token) throw AppError.notFound('ERR_API_TOKEN_NOT_FOUND', 'API token not found');
  return token;
}
