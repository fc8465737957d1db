import type { ApiScope } from '@atende/contract';
import { exec, many, one } from './sql.js';
import type { UserRecord } from './users.js';

// "ApiTokens" (migration 0028): a company's API tokens. Only the SHA-256 of a token is stored; "prefix" names it
// in the list; a revoked token keeps its row.

export interface ApiTokenRecord {
  id: number;
  companyId: number;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdById: number | null;
  createdAt: Date;
}

/** A token as the list shows it: with its creator's name (null once that user is deleted). */
export interface ApiTokenRow extends ApiTokenRecord {
  createdByName: string | null;
}

// Every column but the hash: it never leaves this file.
const COLUMNS = `t.id, t."companyId", t.name, t.prefix, t.scopes, t."expiresAt", t."lastUsedAt", t."revokedAt", t."createdById", t."createdAt",
  u.name AS "createdByName"`;

export interface NewApiToken {
  companyId: number;
  name: string;
  prefix: string;
  tokenHash: string;
  scopes: ApiScope[];
  expiresAt: Date | null;
  createdById: number;
}

export async function insertApiToken(token: NewApiToken): Promise<ApiTokenRow> {
  const row = await one<ApiTokenRow>(
    `WITH t AS (
       INSERT INTO "ApiTokens" ("companyId", name, prefix, "tokenHash", scopes, "expiresAt", "createdById")
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7) RETURNING *)
     SELECT ${COLUMNS} FROM t LEFT JOIN "Users" u ON u.id = t."createdById"`,
    // Positional binds: the hash stays out of the debug SQL log.
    [token.companyId, token.name, token.prefix, token.tokenHash, token.scopes, token.expiresAt, token.createdById],
  );
  return row!;
}

export function listApiTokensOfCompany(companyId: number): Promise<ApiTokenRow[]> {
  return many(
    `SELECT ${COLUMNS} FROM "ApiTokens" t LEFT JOIN "Users" u ON u.id = t."createdById"
     WHERE t."companyId" = :companyId ORDER BY t.id DESC`,
    { companyId },
  );
}

/** Sets "revokedAt" once (revoking again keeps the first time); undefined when the company has no such token. */
export function revokeApiTokenInCompany(companyId: number, tokenId: number): Promise<ApiTokenRow | undefined> {
  return one(
    `WITH t AS (
       UPDATE "ApiTokens" SET "revokedAt" = COALESCE("revokedAt", now())
       WHERE id = :tokenId AND "companyId" = :companyId RETURNING *)
     SELECT ${COLUMNS} FROM t LEFT JOIN "Users" u ON u.id = t."createdById"`,
    { companyId, tokenId },
  );
}

/** A token found by its hash, with its creator (absent once deleted) and whether its company is active. */
export interface ApiTokenForAuth {
  token: ApiTokenRecord;
  creator: UserRecord | undefined;
  companyActive: boolean;
}

/**
 * The read every token request pays for: the token through its unique hash, its creator and the company's
 * active flag in the same statement (one round trip, like a session's user lookup).
 */
export async function findApiTokenForAuth(tokenHash: string): Promise<ApiTokenForAuth | undefined> {
  const row = await one<{ token: ApiTokenRecord; companyActive: boolean; creatorId: number | null } & UserRecord>(
    `SELECT u.*, u.id AS "creatorId", c.active AS "companyActive",
       json_build_object('id', t.id, 'companyId', t."companyId", 'name', t.name, 'prefix', t.prefix, 'scopes', t.scopes,
         'expiresAt', t."expiresAt", 'lastUsedAt', t."lastUsedAt", 'revokedAt', t."revokedAt",
         'createdById', t."createdById", 'createdAt', t."createdAt") AS token
     FROM "ApiTokens" t
     JOIN "Companies" c ON c.id = t."companyId"
     LEFT JOIN "Users" u ON u.id = t."createdById"
     WHERE t."tokenHash" = $1`,
    [tokenHash],
  );
  if (!row) return undefined;
  const { token, companyActive, creatorId, ...user } = row;
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    // json_build_object answers timestamps as strings.
    token: {
      ...token,
      expiresAt: date(token.expiresAt),
      lastUsedAt: date(token.lastUsedAt),
      revokedAt: date(token.revokedAt),
      createdAt: new Date(token.createdAt),
    },
    creator: creatorId === null ? undefined : (user as UserRecord),
    companyActive,
  };
}

/**
 * Records a use, at most once a minute per token whatever the number of processes (the condition is in the
 * statement): a token used 100 times a second costs one write a minute, not 100 a second.
 */
export function touchApiTokenUsed(tokenId: number): Promise<number> {
  return exec(
    `UPDATE "ApiTokens" SET "lastUsedAt" = now()
     WHERE id = :tokenId AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute')`,
    { tokenId },
  );
}
