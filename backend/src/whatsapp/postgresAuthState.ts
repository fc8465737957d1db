import {
  BufferJSON,
  initAuthCreds,
  proto,
  type AuthenticationCreds,
  type AuthenticationState,
  type SignalDataSet,
  type SignalDataTypeMap,
} from '@whiskeysockets/baileys';
import { QueryTypes, type Sequelize } from 'sequelize';

// Baileys' auth state (creds + signal keys) in PostgreSQL, one row per key, so a backend restart or a
// move to another machine keeps the session without a new QR. Buffers survive through BufferJSON.
// The values are key material: writes pass them as bind parameters, never inside the SQL text, which the
// database layer logs at debug level.
const CREDS = { category: 'creds', keyId: 'creds' } as const;

const toJson = (value: unknown): string => JSON.stringify(value, BufferJSON.replacer);
const fromJson = <T>(value: unknown): T => JSON.parse(JSON.stringify(value), BufferJSON.reviver) as T;

export interface PostgresAuthState {
  state: AuthenticationState;
  saveCreds(): Promise<void>;
  /** Forgets everything (logged out from the phone): the next start shows a new QR. */
  clear(): Promise<void>;
  /** Resolves once the writes already started have landed (a reconnect reads keys back). */
  settled(): Promise<void>;
}

export async function usePostgresAuthState(sequelize: Sequelize, whatsappId: number): Promise<PostgresAuthState> {
  const readRows = async (category: string, keyIds: string[]) =>
    sequelize.query<{ keyId: string; value: unknown }>(
      `SELECT "keyId", value FROM "BaileysAuth" WHERE "whatsappId" = :whatsappId AND category = :category AND "keyId" IN (:keyIds)`,
      { replacements: { whatsappId, category, keyIds }, type: QueryTypes.SELECT },
    );

  // Once cleared (logout), this state writes nothing more: Baileys may still flush a creds or key update while
  // the socket closes, and it must not bring back the credentials the phone just unlinked.
  let cleared = false;
  const writing = new Set<Promise<unknown>>();
  const write = async (work: () => Promise<unknown>): Promise<void> => {
    if (cleared) return;
    const running = work();
    writing.add(running);
    try {
      await running;
    } finally {
      writing.delete(running);
    }
  };

  const settled = async (): Promise<void> => void (await Promise.allSettled([...writing]));

  const [stored] = await readRows(CREDS.category, [CREDS.keyId]);
  const creds: AuthenticationCreds = stored ? fromJson<AuthenticationCreds>(stored.value) : initAuthCreds();

  const keys = {
    async get<T extends keyof SignalDataTypeMap>(category: T, ids: string[]): Promise<{ [id: string]: SignalDataTypeMap[T] }> {
      const found: { [id: string]: SignalDataTypeMap[T] } = {};
      if (ids.length === 0) return found;
      for (const row of await readRows(category, ids)) {
        let value = fromJson<SignalDataTypeMap[T]>(row.value);
        if (category === 'app-state-sync-key') {
          value = proto.Message.AppStateSyncKeyData.fromObject(value as object) as unknown as SignalDataTypeMap[T];
        }
        found[row.keyId] = value;
      }
      return found;
    },

    /** One batch from Baileys is written in one transaction: a crash never leaves half a key update. */
    async set(data: SignalDataSet): Promise<void> {
      const upserts: { category: string; keyId: string; value: string }[] = [];
      const deletes: { category: string; keyId: string }[] = [];
      for (const [category, entries] of Object.entries(data)) {
        for (const [keyId, value] of Object.entries(entries ?? {})) {
          if (value === null || value === undefined) deletes.push({ category, keyId });
          else upserts.push({ category, keyId, value: toJson(value) });
        }
      }
      if (upserts.length === 0 && deletes.length === 0) return;
      await write(() => sequelize.transaction(async (transaction) => {
        if (upserts.length > 0) {
          await sequelize.query(
            `INSERT INTO "BaileysAuth" ("whatsappId", category, "keyId", value, "updatedAt")
             SELECT $whatsappId, u.category, u."keyId", u.value::jsonb, now()
             FROM jsonb_to_recordset($rows::jsonb) AS u(category text, "keyId" text, value text)
             ON CONFLICT ("whatsappId", category, "keyId") DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
            { bind: { whatsappId, rows: JSON.stringify(upserts) }, transaction },
          );
        }
        if (deletes.length > 0) {
          await sequelize.query(
            `DELETE FROM "BaileysAuth" b USING jsonb_to_recordset(:rows::jsonb) AS d(category text, "keyId" text)
             WHERE b."whatsappId" = :whatsappId AND b.category = d.category AND b."keyId" = d."keyId"`,
            { replacements: { whatsappId, rows: JSON.stringify(deletes) }, transaction },
          );
        }
      }));
    },
  };

  return {
    state: { creds, keys },
    async saveCreds() {
      await write(() => sequelize.query(
        `INSERT INTO "BaileysAuth" ("whatsappId", category, "keyId", value, "updatedAt")
         VALUES ($whatsappId, $category, $keyId, $value::jsonb, now())
         ON CONFLICT ("whatsappId", category, "keyId") DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
        { bind: { whatsappId, ...CREDS, value: toJson(creds) } },
      ));
    },
    settled,
    async clear() {
      cleared = true;
      await settled(); // a write already on its way lands first, then goes with the rest
      await sequelize.query(`DELETE FROM "BaileysAuth" WHERE "whatsappId" = :whatsappId`, { replacements: { whatsappId } });
    },
  };
}
