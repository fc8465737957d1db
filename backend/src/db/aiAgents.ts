import type { Transaction } from 'sequelize';
import { exec, exists, many, one } from './sql.js';

// "AiAgents" (migration 0020): a company's OpenAI-compatible endpoints with what the model is told. Names are
// unique per company case-insensitively ("AiAgents_company_name"). The API key is kept only encrypted
// ("apiKeyEncrypted", lib/secretBox.ts); nothing here ever sees it in plain text. Connections and queues point
// at an agent with "aiAgentId" (ON DELETE SET NULL): deleting an agent detaches it everywhere.

/** An "AiAgents" row as read with `SELECT *` / `RETURNING *`. */
export interface AiAgentRecord {
  id: number;
  companyId: number;
  name: string;
  /** The OpenAI-compatible API root, e.g. https://api.openai.com/v1 or http://localhost:11434/v1. */
  baseUrl: string;
  /** "v1:iv:tag:ciphertext" (base64url parts), or null: the endpoint needs no key (a local Ollama). */
  apiKeyEncrypted: string | null;
  model: string;
  systemPrompt: string;
  /** The company's FAQ, prices and hours: sent with the system prompt (≤ 20 000 characters, a CHECK). */
  knowledge: string;
  temperature: number;
  /** How many of the chat's last messages go to the model. */
  historyWindow: number;
  /** How many answers the AI gives on one ticket before a person takes over. */
  maxTurns: number;
  handoffMessage: string;
  handoffKeywords: string[];
  /** Below this confidence (0–1) the model's answer is not sent: a person takes over. */
  confidenceThreshold: number;
  transcribeAudio: boolean;
  transcriptionModel: string;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** What an admin sets: the columns an insert or update may write. */
export type AiAgentFields = Pick<
  AiAgentRecord,
  | 'name'
  | 'baseUrl'
  | 'apiKeyEncrypted'
  | 'model'
  | 'systemPrompt'
  | 'knowledge'
  | 'temperature'
  | 'historyWindow'
  | 'maxTurns'
  | 'handoffMessage'
  | 'handoffKeywords'
  | 'confidenceThreshold'
  | 'transcribeAudio'
  | 'transcriptionModel'
  | 'enabled'
>;

const COLUMNS: Readonly<Record<keyof AiAgentFields, string>> = {
  name: 'name',
  baseUrl: '"baseUrl"',
  apiKeyEncrypted: '"apiKeyEncrypted"',
  model: 'model',
  systemPrompt: '"systemPrompt"',
  knowledge: 'knowledge',
  temperature: 'temperature',
  historyWindow: '"historyWindow"',
  maxTurns: '"maxTurns"',
  handoffMessage: '"handoffMessage"',
  handoffKeywords: '"handoffKeywords"',
  confidenceThreshold: '"confidenceThreshold"',
  transcribeAudio: '"transcribeAudio"',
  transcriptionModel: '"transcriptionModel"',
  enabled: 'enabled',
};

/** A company has a handful of agents: the whole list, in name order. */
export function listAiAgents(companyId: number): Promise<AiAgentRecord[]> {
  return many(`SELECT * FROM "AiAgents" WHERE "companyId" = :companyId ORDER BY lower(name), id`, { companyId });
}

/** The agent when it is the company's; inside a transaction its row stays locked until the end. */
export function findAiAgent(companyId: number, aiAgentId: number, transaction?: Transaction): Promise<AiAgentRecord | undefined> {
  const lock = transaction ? ' FOR UPDATE' : '';
  return one(`SELECT * FROM "AiAgents" WHERE id = :aiAgentId AND "companyId" = :companyId${lock}`, { aiAgentId, companyId }, { transaction });
}

/** Whether the agent is the company's, share-locked against deletion until the transaction ends (attaching it). */
export function aiAgentBelongsTo(transaction: Transaction, companyId: number, aiAgentId: number): Promise<boolean> {
  return exists(`SELECT 1 FROM "AiAgents" WHERE id = :aiAgentId AND "companyId" = :companyId FOR SHARE`, { aiAgentId, companyId }, { transaction });
}

/** The fields of `fields` that are set (insert) or that differ from `current` (update). */
function fieldsToWrite(fields: Partial<AiAgentFields>, current?: AiAgentRecord): (keyof AiAgentFields)[] {
  const same = (f: keyof AiAgentFields) => current !== undefined && JSON.stringify(fields[f]) === JSON.stringify(current[f]);
  return (Object.keys(COLUMNS) as (keyof AiAgentFields)[]).filter((f) => fields[f] !== undefined && !same(f));
}

// Bind parameters ($n), not `:named` replacements: Sequelize would splice the keyword array in as a list of
// strings, where pg sends it as a text[].

/** Columns left out take the table's defaults (temperature 0.3, history 12, 10 turns, "atendente"/"humano"…). */
export async function insertAiAgent(
  transaction: Transaction,
  companyId: number,
  fields: Partial<AiAgentFields> & Pick<AiAgentFields, 'name' | 'baseUrl' | 'model'>,
): Promise<AiAgentRecord> {
  const given = fieldsToWrite(fields);
  const row = await one<AiAgentRecord>(
    `INSERT INTO "AiAgents" ("companyId", ${given.map((f) => COLUMNS[f]).join(', ')})
     VALUES ($1, ${given.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING *`,
    [companyId, ...given.map((f) => fields[f])],
    { transaction },
  );
  return row!;
}

/**
 * Writes the fields that differ from `current`, the row as read and locked (undefined: unchanged;
 * apiKeyEncrypted null: the key is removed); nothing different means no statement and `updatedAt` stays.
 */
export async function updateAiAgentRow(transaction: Transaction, current: AiAgentRecord, changes: Partial<AiAgentFields>): Promise<AiAgentRecord> {
  const changed = fieldsToWrite(changes, current);
  if (changed.length === 0) return current;
  const row = await one<AiAgentRecord>(
    `UPDATE "AiAgents" SET ${changed.map((f, i) => `${COLUMNS[f]} = $${i + 3}`).join(', ')}, "updatedAt" = now()
     WHERE id = $1 AND "companyId" = $2 RETURNING *`,
    [current.id, current.companyId, ...changed.map((f) => changes[f])],
    { transaction },
  );
  return row ?? current;
}

export async function deleteAiAgentRow(transaction: Transaction, companyId: number, aiAgentId: number): Promise<void> {
  await exec(`DELETE FROM "AiAgents" WHERE id = :aiAgentId AND "companyId" = :companyId`, { aiAgentId, companyId }, { transaction });
}

/** Whether a failed write hit the unique agent name of the company. */
export function isAiAgentNameTaken(err: unknown): boolean {
  const original = (err as { original?: { code?: string; constraint?: string } } | null)?.original;
  return original?.code === '23505' && original.constraint === 'AiAgents_company_name';
}

/**
 * The agent that answers a ticket on this connection and queue, if any is enabled: the queue's wins over the
 * connection's (a sales queue may have its own agent); a disabled agent on the queue falls back to none, not to
 * the connection's, so an admin who switches a queue's agent off silences the AI there.
 */
export function findAgentFor(
  companyId: number,
  at: { whatsappId: number | null; queueId: number | null },
  transaction?: Transaction,
): Promise<AiAgentRecord | undefined> {
  return one(
    `SELECT a.* FROM "AiAgents" a
     WHERE a."companyId" = :companyId AND a.enabled AND a.id = COALESCE(
       (SELECT q."aiAgentId" FROM "Queues" q WHERE q.id = :queueId AND q."companyId" = :companyId),
       (SELECT w."aiAgentId" FROM "Whatsapps" w WHERE w.id = :whatsappId AND w."companyId" = :companyId))`,
    { companyId, whatsappId: at.whatsappId, queueId: at.queueId },
    { transaction },
  );
}
