import type { Transaction } from 'sequelize';
import { exec, many } from './sql.js';

// "Settings": one row per company and key, the value as JSONB. Which keys exist, their schemas and defaults
// are services/settings/registry.ts's business; here only what is stored.

/** The stored settings of a company, as raw JSON values (one primary-key range read). */
export function selectSettingRows(companyId: number, transaction?: Transaction): Promise<{ key: string; value: unknown }[]> {
  return many(`SELECT key, value FROM "Settings" WHERE "companyId" = :companyId`, { companyId }, { transaction });
}

/** Stores the given keys in one statement; a JSON null (businessHours: null) is kept as a value, distinct from "not set". */
export async function upsertSettings(transaction: Transaction, companyId: number, changes: Record<string, unknown>): Promise<void> {
  await exec(
    `INSERT INTO "Settings" ("companyId", key, value, "updatedAt")
     SELECT :companyId, e.key, e.value, now() FROM jsonb_each(CAST(:changes AS jsonb)) e
     ON CONFLICT ("companyId", key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
    { companyId, changes: JSON.stringify(changes) },
    { transaction },
  );
}

/** Removes a key whose stored value is `value` (back to its default), e.g. an id that no longer exists; whether it was there. */
export async function deleteSettingWithValue(transaction: Transaction, companyId: number, key: string, value: unknown): Promise<boolean> {
  const removed = await many(
    `DELETE FROM "Settings" WHERE "companyId" = :companyId AND key = :key AND value = CAST(:value AS jsonb) RETURNING key`,
    { companyId, key, value: JSON.stringify(value) },
    { transaction },
  );
  return removed.length > 0;
}
