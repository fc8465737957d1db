import type { Transaction } from 'sequelize';
import { exec, exists, many, one } from './sql.js';
import { updateChanged } from './updateChanged.js';

// "Whatsapps" (migration 0003): a company's WhatsApp numbers, each linked to Atende as a companion device.
// Names are unique per company case-insensitively ("Whatsapps_company_name"); at most one is the default
// ("Whatsapps_company_default", a partial unique index). Their links to queues ("WhatsappQueues") are in db/queues.ts.

/** The column's CHECK: where the session stands. */
export const WHATSAPP_STATUSES = ['OPENING', 'qrcode', 'CONNECTED', 'DISCONNECTED', 'TIMEOUT'] as const;
export type WhatsappStatus = (typeof WHATSAPP_STATUSES)[number];

/** A "Whatsapps" row as read with `SELECT *` / `RETURNING *`. */
export interface WhatsappRecord {
  id: number;
  companyId: number;
  name: string;
  status: WhatsappStatus;
  qrcode: string | null;
  /** Failed attempts in a row (reconnecting), or QR codes shown (pairing). */
  retries: number;
  /** When the next reconnect attempt comes, while a connection that dropped is retrying. */
  nextAttemptAt: Date | null;
  number: string | null;
  isDefault: boolean;
  greetingMessage: string | null;
  farewellMessage: string | null;
  /** The AI agent of the connection's new tickets (a queue's own wins); null: none. */
  aiAgentId: number | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What an admin sets, and what the session reports: the columns an update may write. */
export type WhatsappChanges = Partial<
  Pick<
    WhatsappRecord,
    'name' | 'isDefault' | 'greetingMessage' | 'farewellMessage' | 'aiAgentId' | 'status' | 'qrcode' | 'retries' | 'nextAttemptAt' | 'number'
  >
>;

const CHANGEABLE: Readonly<Record<keyof WhatsappChanges, string>> = {
  name: 'name',
  isDefault: '"isDefault"',
  greetingMessage: '"greetingMessage"',
  farewellMessage: '"farewellMessage"',
  aiAgentId: '"aiAgentId"',
  status: 'status',
  qrcode: 'qrcode',
  retries: 'retries',
  nextAttemptAt: '"nextAttemptAt"',
  number: 'number',
};

export function listWhatsapps(companyId: number): Promise<WhatsappRecord[]> {
  return many(`SELECT * FROM "Whatsapps" WHERE "companyId" = :companyId ORDER BY name, id`, { companyId });
}

export function findWhatsapp(whatsappId: number): Promise<WhatsappRecord | undefined> {
  return one(`SELECT * FROM "Whatsapps" WHERE id = :whatsappId`, { whatsappId });
}

/** The connection when it belongs to the company; inside a transaction its row stays locked until the end. */
export function findWhatsappInCompany(companyId: number, whatsappId: number, transaction?: Transaction): Promise<WhatsappRecord | undefined> {
  const lock = transaction ? ' FOR UPDATE' : '';
  return one(`SELECT * FROM "Whatsapps" WHERE id = :whatsappId AND "companyId" = :companyId${lock}`, { whatsappId, companyId }, { transaction });
}

export function companyHasWhatsapps(companyId: number, transaction?: Transaction): Promise<boolean> {
  return exists(`SELECT 1 FROM "Whatsapps" WHERE "companyId" = :companyId LIMIT 1`, { companyId }, { transaction });
}

export function whatsappIdsOfCompany(companyId: number): Promise<{ id: number }[]> {
  return many(`SELECT id FROM "Whatsapps" WHERE "companyId" = :companyId`, { companyId });
}

/** The connection that becomes the default when the default one goes: the oldest. */
export function oldestWhatsapp(transaction: Transaction, companyId: number): Promise<WhatsappRecord | undefined> {
  return one(`SELECT * FROM "Whatsapps" WHERE "companyId" = :companyId ORDER BY id LIMIT 1`, { companyId }, { transaction });
}

export type NewWhatsapp = Pick<WhatsappRecord, 'companyId' | 'name' | 'greetingMessage' | 'farewellMessage'> & Partial<Pick<WhatsappRecord, 'aiAgentId'>>;

/** A new connection, not the default (the caller moves the flag: see clearOtherDefaults). */
export async function insertWhatsapp(whatsapp: NewWhatsapp, transaction?: Transaction): Promise<WhatsappRecord> {
  const row = await one<WhatsappRecord>(
    `INSERT INTO "Whatsapps" ("companyId", name, "isDefault", "greetingMessage", "farewellMessage", "aiAgentId")
     VALUES (:companyId, :name, false, :greetingMessage, :farewellMessage, :aiAgentId) RETURNING *`,
    { ...whatsapp, aiAgentId: whatsapp.aiAgentId ?? null },
    { transaction },
  );
  return row!;
}

/** Writes the changed fields of `whatsapp` (no statement when nothing differs); answers the row as stored. */
export function updateWhatsappFields(whatsapp: WhatsappRecord, changes: WhatsappChanges, transaction?: Transaction): Promise<WhatsappRecord> {
  return updateChanged('Whatsapps', CHANGEABLE, whatsapp, changes, transaction);
}

/** Takes the default flag from the company's other connections (before giving it to this one); answers them as changed. */
export function clearOtherDefaults(transaction: Transaction, companyId: number, whatsappId: number): Promise<WhatsappRecord[]> {
  return many(
    `UPDATE "Whatsapps" SET "isDefault" = false, "updatedAt" = now() WHERE "companyId" = :companyId AND "isDefault" AND id <> :whatsappId RETURNING *`,
    { companyId, whatsappId },
    { transaction },
  );
}

/** Its auth state, queue links and alerts go with it (ON DELETE CASCADE). */
export async function deleteWhatsappRow(transaction: Transaction, whatsappId: number): Promise<void> {
  await exec(`DELETE FROM "Whatsapps" WHERE id = :whatsappId`, { whatsappId }, { transaction });
}

/** At boot: connections caught half-way (a QR shown, opening) that were never paired go back to DISCONNECTED. */
export async function resetUnpairedConnections(pairedIds: number[]): Promise<void> {
  await exec(
    `UPDATE "Whatsapps" SET status = 'DISCONNECTED', qrcode = NULL, "updatedAt" = now()
     WHERE id NOT IN (:pairedIds) AND status IN ('OPENING', 'qrcode')`,
    { pairedIds: pairedIds.length ? pairedIds : [0] },
  );
}

/** Before an AI agent is deleted: the connections that used it answer with none (answers them as changed). */
export function detachAiAgentFromWhatsapps(transaction: Transaction, companyId: number, aiAgentId: number): Promise<WhatsappRecord[]> {
  return many(
    `UPDATE "Whatsapps" SET "aiAgentId" = NULL, "updatedAt" = now() WHERE "companyId" = :companyId AND "aiAgentId" = :aiAgentId RETURNING *`,
    { companyId, aiAgentId },
    { transaction },
  );
}
