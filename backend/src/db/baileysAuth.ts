import type { Transaction } from 'sequelize';
import { exec, many } from './sql.js';

// BaileysAuth: a WhatsApp session's credentials and signal keys, one row per key (category, keyId), values as
// JSON. The values are key material: writes pass them as bind parameters ($1…), never inside the SQL text,
// which the database layer logs at debug level.

/** The stored values of these keys of one category (keys not stored are absent). */
export function authKeys(whatsappId: number, category: string, keyIds: readonly string[]): Promise<{ keyId: string; value: unknown }[]> {
  return many(`SELECT "keyId", value FROM "BaileysAuth" WHERE "whatsappId" = :whatsappId AND category = :category AND "keyId" IN (:keyIds)`, {
    whatsappId,
    category,
    keyIds,
  });
}

/** Writes (inserts or replaces) these keys; `value` is JSON text. */
export async function upsertAuthKeys(
  transaction: Transaction,
  whatsappId: number,
  rows: readonly { category: string; keyId: string; value: string }[],
): Promise<void> {
  await exec(
    `INSERT INTO "BaileysAuth" ("whatsappId", category, "keyId", value, "updatedAt")
             SELECT $1, u.category, u."keyId", u.value::jsonb, now()
             FROM jsonb_to_recordset($2::jsonb) AS u(category text, "keyId" text, value text)
             ON CONFLICT ("whatsappId", category, "keyId") DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
    [whatsappId, JSON.stringify(rows)],
    { transaction },
  );
}

/** Forgets these keys (names only: no key material here). */
export async function deleteAuthKeys(transaction: Transaction, whatsappId: number, keys: readonly { category: string; keyId: string }[]): Promise<void> {
  await exec(
    `DELETE FROM "BaileysAuth" b USING jsonb_to_recordset(:rows::jsonb) AS d(category text, "keyId" text)
             WHERE b."whatsappId" = :whatsappId AND b.category = d.category AND b."keyId" = d."keyId"`,
    { whatsappId, rows: JSON.stringify(keys) },
    { transaction },
  );
}

/** Writes (inserts or replaces) one key outside a batch (the credentials); `value` is JSON text. */
export async function upsertAuthKey(whatsappId: number, key: { category: string; keyId: string; value: string }): Promise<void> {
  await exec(
    `INSERT INTO "BaileysAuth" ("whatsappId", category, "keyId", value, "updatedAt")
         VALUES ($1, $2, $3, $4::jsonb, now())
         ON CONFLICT ("whatsappId", category, "keyId") DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
    [whatsappId, key.category, key.keyId, key.value],
  );
}

/** Forgets everything of the session (logged out from the phone). */
export async function deleteAuthState(whatsappId: number): Promise<void> {
  await exec(`DELETE FROM "BaileysAuth" WHERE "whatsappId" = :whatsappId`, { whatsappId });
}

/** The connections that were paired (stored credentials with an identity). */
export async function pairedWhatsappIds(): Promise<number[]> {
  const rows = await many<{ whatsappId: number }>(`SELECT "whatsappId" FROM "BaileysAuth" WHERE category = 'creds' AND value->'me' IS NOT NULL`);
  return rows.map((r) => r.whatsappId);
}
