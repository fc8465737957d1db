import type { Transaction } from 'sequelize';
import { exec, one } from './sql.js';

// "RefreshTokens" (migration 0002): one row per refresh token issued. A login starts a family; each refresh
// marks its token used and issues the next of the family; a used token presented again revokes the family.

/** A "RefreshTokens" row as read with `SELECT *`. */
export interface RefreshTokenRecord {
  id: string;
  familyId: string;
  userId: number;
  companyId: number;
  /** The user's tokenVersion when issued: a later bump makes the token worthless. */
  tokenVersion: number;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
}

export type NewRefreshToken = Pick<RefreshTokenRecord, 'id' | 'familyId' | 'userId' | 'companyId' | 'tokenVersion' | 'expiresAt' | 'userAgent' | 'ip'>;

export async function insertRefreshToken(token: NewRefreshToken, transaction?: Transaction): Promise<void> {
  await exec(
    `INSERT INTO "RefreshTokens" (id, "familyId", "userId", "companyId", "tokenVersion", "expiresAt", "userAgent", ip)
     VALUES (:id, :familyId, :userId, :companyId, :tokenVersion, :expiresAt, :userAgent, :ip)`,
    { ...token },
    { transaction },
  );
}

/** The token, locked until the transaction ends: two refreshes racing with one token cannot both rotate it. */
export function findRefreshTokenForUpdate(transaction: Transaction, tokenId: string): Promise<RefreshTokenRecord | undefined> {
  return one(`SELECT * FROM "RefreshTokens" WHERE id = :tokenId FOR UPDATE`, { tokenId }, { transaction });
}

export async function markRefreshTokenUsed(transaction: Transaction, tokenId: string): Promise<void> {
  await exec(`UPDATE "RefreshTokens" SET "usedAt" = now() WHERE id = :tokenId`, { tokenId }, { transaction });
}

/** Revokes what is still live of a family (logout, replay). */
export async function revokeTokenFamily(familyId: string, transaction?: Transaction): Promise<void> {
  await exec(`UPDATE "RefreshTokens" SET "revokedAt" = now() WHERE "familyId" = :familyId AND "revokedAt" IS NULL`, { familyId }, { transaction });
}

/** Revokes every live refresh token of the user (their sessions end). */
export async function revokeUserTokens(transaction: Transaction, userId: number): Promise<void> {
  await exec(`UPDATE "RefreshTokens" SET "revokedAt" = now() WHERE "userId" = :userId AND "revokedAt" IS NULL`, { userId }, { transaction });
}
