import { listApiTokensOfCompany, type ApiTokenRow } from '../../db/apiTokens.js';

/** The company's tokens, newest first, revoked ones included (the list and the logs still name them). */
export function listApiTokens(companyId: number): Promise<ApiTokenRow[]> {
  return listApiTokensOfCompany(companyId);
}
