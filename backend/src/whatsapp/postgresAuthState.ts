import {
  BufferJSON,
  initAuthCreds,
  proto,
  type AuthenticationCreds,
  type AuthenticationState,
  type SignalDataSet,
  type SignalDataTypeMap,
} from '@whiskeysockets/baileys';
import { ctx } from '../context.js';
import { authKeys, deleteAuthKeys, deleteAuthState, upsertAuthKey, upsertAuthKeys } from '../db/baileysAuth.js';

// Baileys' auth state (creds + signal keys) in PostgreSQL, one row per key, so a backend restart or a
// move to another machine keeps the session without a new QR. Buffers survive through BufferJSON.
// The values are key material: db/baileysAuth.ts writes them as bind parameters, never inside the SQL text.
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

export async function usePostgresAuthState(whatsappId: number): Promise<PostgresAuthState> {
  const readRows = (category: string, keyIds: string[]) => authKeys(whatsappId, category, keyIds);

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
      await write(() =>
        ctx().sequelize.transaction(async (transaction) => {
          if (upserts.length > 0) await upsertAuthKeys(transaction, whatsappId, upserts);
          if (deletes.length > 0) await deleteAuthKeys(transaction, whatsappId, deletes);
        }),
      );
    },
  };

  return {
    state: { creds, keys },
    async saveCreds() {
      await write(() => upsertAuthKey(whatsappId, { ...CREDS, value: toJson(creds) }));
    },
    settled,
    async clear() {
      cleared = true;
      await settled(); // a write already on its way lands first, then goes with the rest
      await deleteAuthState(whatsappId);
    },
  };
}
