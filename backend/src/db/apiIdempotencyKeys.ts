import type { Transaction } from 'sequelize';
import { exec, one } from './sql.js';

// "ApiIdempotencyKeys" (migration 0028): one row per company, route and Idempotency-Key, written in the same
// transaction as what the request did, holding the answer it gave. A key counts for 24 hours.

export interface IdempotentAnswer {
  statusCode: number;
  /** The stored JSON: what the first request answered and a fingerprint of what it asked (services decide). */
  response: unknown;
}

/** The answer stored under the key in the last 24 hours (a key still being used by an open transaction is not seen). */
export function idempotentAnswer(companyId: number, route: string, key: string, transaction?: Transaction): Promise<IdempotentAnswer | undefined> {
  return one<IdempotentAnswer>(
    `SELECT "statusCode", response FROM "ApiIdempotencyKeys"
     WHERE "companyId" = :companyId AND route = :route AND key = :key AND "statusCode" IS NOT NULL AND "createdAt" > now() - interval '24 hours'`,
    { companyId, route, key },
    { transaction },
  );
}

/**
 * Takes the key for this request: true when it is ours. The primary key makes a concurrent request with the same
 * key wait here until the first one's transaction ends — then false (it committed: read its answer) or true (it
 * rolled back: this one does the work). The company's expired keys go first (their rows locked by nobody else:
 * SKIP LOCKED never makes a request wait for another's clean-up), so an expired key is taken again, and the table
 * holds a day of keys without a timer.
 */
export async function claimIdempotencyKey(transaction: Transaction, companyId: number, route: string, key: string): Promise<boolean> {
  await exec(
    `DELETE FROM "ApiIdempotencyKeys" WHERE ctid IN (
       SELECT ctid FROM "ApiIdempotencyKeys" WHERE "companyId" = :companyId AND "createdAt" <= now() - interval '24 hours'
       LIMIT 100 FOR UPDATE SKIP LOCKED)`,
    { companyId },
    { transaction },
  );
  const claimed = await one(
    `INSERT INTO "ApiIdempotencyKeys" ("companyId", route, key) VALUES (:companyId, :route, :key)
     ON CONFLICT ("companyId", route, key) DO NOTHING RETURNING key`,
    { companyId, route, key },
    { transaction },
  );
  return claimed !== undefined;
}

/** Stores the answer under a key this transaction claimed. */
export async function saveIdempotentAnswer(transaction: Transaction, companyId: number, route: string, key: string, answer: IdempotentAnswer): Promise<void> {
  await exec(
    `UPDATE "ApiIdempotencyKeys" SET "statusCode" = :statusCode, response = CAST(:response AS jsonb)
     WHERE "companyId" = :companyId AND route = :route AND key = :key`,
    { companyId, route, key, statusCode: answer.statusCode, response: JSON.stringify(answer.response) },
    { transaction },
  );
}
