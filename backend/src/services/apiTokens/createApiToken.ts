import type { ApiScope } from '@atende/contract';
import { insertApiToken, type ApiTokenRow } from '../../db/apiTokens.js';
import { AppError } from '../../errors/AppError.js';
import { generateApiToken } from './apiTokenSecret.js';

export interface CreateApiTokenInput {
  companyId: number;
  createdById: number;
  name: string;
  scopes: ApiScope[];
  expiresAt?: Date | null;
}

/** Creates a token; the answer holds the only copy of the token itself (the database keeps its hash). */
export async function createApiToken(input: CreateApiTokenInput): Promise<{ apiToken: ApiTokenRow; token: string }> {
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) throw AppError.badRequest('ERR_TOKEN_EXPIRY_PAST', 'The expiry must be in the future');
  const { token, tokenHash, prefix } = generateApiToken();
  const apiToken = await insertApiToken({
    companyId: input.companyId,
    name: input.name,
    prefix,
    tokenHash,
    scopes: [...new Set(input.scopes)],
    expiresAt,
    createdById: input.createdById,
  });
  return { apiToken, token };
}
