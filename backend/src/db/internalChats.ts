import type { Transaction } from 'sequelize';
import { exec, many, one } from './sql.js';

// Internal chat (migration 0034): "InternalChats" (the company channel and direct chats, one per ordered pair),
// "InternalChatMessages" (history, keyset on id) and "InternalChatReads" (each user's read mark per chat).

export interface InternalChatRow {
  id: number;
  companyId: number;
  kind: 'channel' | 'direct';
  lowUserId: number | null;
  highUserId: number | null;
}

export interface InternalChatMessageRow {
  id: number | string;
  chatId: number;
  userId: number | null;
  userName: string | null;
  body: string;
  createdAt: Date | string;
}

/** A chat as one user lists it: the colleague of a direct chat, the last message, the user's unread count. */
export interface InternalChatListRow extends InternalChatRow {
  peerId: number | null;
  peerName: string | null;
  lastId: number | string | null;
  lastUserId: number | null;
  lastUserName: string | null;
  lastBody: string | null;
  lastCreatedAt: Date | string | null;
  unread: number | string;
}

/** The company's channel, created on first use (the partial unique index keeps it one under concurrency). */
export async function ensureChannel(companyId: number): Promise<number> {
  await exec(`INSERT INTO "InternalChats" ("companyId", kind) VALUES (:companyId, 'channel') ON CONFLICT ("companyId") WHERE kind = 'channel' DO NOTHING`, {
    companyId,
  });
  return (await one<{ id: number }>(`SELECT id FROM "InternalChats" WHERE "companyId" = :companyId AND kind = 'channel'`, { companyId }))!.id;
}

/** The direct chat of a pair (low < high), created when missing; `created` says whether this call created it. */
export async function findOrInsertDirect(companyId: number, lowUserId: number, highUserId: number): Promise<{ id: number; created: boolean }> {
  const inserted = await one<{ id: number }>(
    `INSERT INTO "InternalChats" ("companyId", kind, "lowUserId", "highUserId") VALUES (:companyId, 'direct', :lowUserId, :highUserId)
     ON CONFLICT ("lowUserId", "highUserId") WHERE kind = 'direct' DO NOTHING RETURNING id`,
    { companyId, lowUserId, highUserId },
  );
  if (inserted) return { id: inserted.id, created: true };
  const found = await one<{ id: number }>(
    `SELECT id FROM "InternalChats" WHERE kind = 'direct' AND "lowUserId" = :lowUserId AND "highUserId" = :highUserId AND "companyId" = :companyId`,
    { companyId, lowUserId, highUserId },
  );
  return { id: found!.id, created: false };
}

/** A chat the user takes part in: their company's channel, or a direct chat of theirs. */
export function selectChatOfUser(
  companyId: number,
  userId: number,
  chatId: number,
  options: { transaction?: Transaction } = {},
): Promise<InternalChatRow | undefined> {
  return one(
    `SELECT id, "companyId", kind, "lowUserId", "highUserId" FROM "InternalChats"
     WHERE id = :chatId AND "companyId" = :companyId AND (kind = 'channel' OR "lowUserId" = :userId OR "highUserId" = :userId)`,
    { companyId, userId, chatId },
    options,
  );
}

const LIST_VIEW = `SELECT ch.id, ch."companyId", ch.kind, ch."lowUserId", ch."highUserId",
    p.id AS "peerId", p.name AS "peerName",
    m.id AS "lastId", m."userId" AS "lastUserId", mu.name AS "lastUserName", m.body AS "lastBody", m."createdAt" AS "lastCreatedAt",
    (SELECT count(*) FROM "InternalChatMessages" x
      WHERE x."chatId" = ch.id AND x.id > COALESCE(r."lastReadId", 0) AND x."userId" IS DISTINCT FROM :userId) AS unread
  FROM "InternalChats" ch
  LEFT JOIN "Users" p ON ch.kind = 'direct' AND p.id = CASE WHEN ch."lowUserId" = :userId THEN ch."highUserId" ELSE ch."lowUserId" END
  LEFT JOIN "InternalChatMessages" m ON m.id = ch."lastMessageId"
  LEFT JOIN "Users" mu ON mu.id = m."userId"
  LEFT JOIN "InternalChatReads" r ON r."chatId" = ch.id AND r."userId" = :userId`;

/** The user's chats: the channel first, then direct ones by latest message (those without one last, newest first). */
export function listChatsOfUser(companyId: number, userId: number): Promise<InternalChatListRow[]> {
  return many(
    `${LIST_VIEW}
     WHERE ch."companyId" = :companyId AND (ch.kind = 'channel' OR ch."lowUserId" = :userId OR ch."highUserId" = :userId)
     ORDER BY (ch.kind = 'channel') DESC, ch."lastMessageId" DESC NULLS LAST, ch.id DESC`,
    { companyId, userId },
  );
}

export function selectChatListRow(companyId: number, userId: number, chatId: number): Promise<InternalChatListRow | undefined> {
  return one(`${LIST_VIEW} WHERE ch.id = :chatId AND ch."companyId" = :companyId`, { companyId, userId, chatId });
}

const MESSAGE_VIEW = `SELECT m.id, m."chatId", m."userId", u.name AS "userName", m.body, m."createdAt"
  FROM "InternalChatMessages" m LEFT JOIN "Users" u ON u.id = m."userId"`;

/** Stores a message, moves the chat's last message and the sender's read mark to it (one's own message is read). */
export async function insertChatMessage(transaction: Transaction, chatId: number, userId: number, body: string): Promise<InternalChatMessageRow> {
  const { id } = (await one<{ id: string }>(
    `INSERT INTO "InternalChatMessages" ("chatId", "userId", body) VALUES (:chatId, :userId, :body) RETURNING id`,
    { chatId, userId, body },
    { transaction },
  ))!;
  await exec(`UPDATE "InternalChats" SET "lastMessageId" = GREATEST(COALESCE("lastMessageId", 0), :id) WHERE id = :chatId`, { id, chatId }, { transaction });
  await markChatRead(transaction, chatId, userId, id);
  return (await one<InternalChatMessageRow>(`${MESSAGE_VIEW} WHERE m.id = :id`, { id }, { transaction }))!;
}

/** Moves the user's read mark forward to `upTo` (never back). */
export async function markChatRead(transaction: Transaction | null, chatId: number, userId: number, upTo: number | string): Promise<void> {
  await exec(
    `INSERT INTO "InternalChatReads" ("chatId", "userId", "lastReadId") VALUES (:chatId, :userId, :upTo)
     ON CONFLICT ("userId", "chatId") DO UPDATE SET "lastReadId" = GREATEST("InternalChatReads"."lastReadId", EXCLUDED."lastReadId")`,
    { chatId, userId, upTo },
    { transaction },
  );
}

/** The chat's latest message id (0 when it has none). */
export async function lastMessageIdOf(chatId: number): Promise<string> {
  return (await one<{ id: string }>(`SELECT COALESCE("lastMessageId", 0)::text AS id FROM "InternalChats" WHERE id = :chatId`, { chatId }))!.id;
}

/** `limit` messages of the chat, newest first, older than `before` (keyset on id). */
export function listChatMessages(chatId: number, before: string | null, limit: number): Promise<InternalChatMessageRow[]> {
  return many(`${MESSAGE_VIEW} WHERE m."chatId" = :chatId ${before === null ? '' : 'AND m.id < :before'} ORDER BY m.id DESC LIMIT :limit`, {
    chatId,
    before,
    limit,
  });
}

/** The company's active users but `userId`, by name: whom a user may start a direct chat with. */
export function listColleagueRows(companyId: number, userId: number): Promise<{ id: number; name: string }[]> {
  return many(`SELECT id, name FROM "Users" WHERE "companyId" = :companyId AND active AND id <> :userId ORDER BY lower(name), id`, { companyId, userId });
}

/** Whether `userId` is an active user of the company (a direct chat's other side). */
export async function activeColleagueExists(companyId: number, userId: number): Promise<boolean> {
  return (await one(`SELECT 1 FROM "Users" WHERE id = :userId AND "companyId" = :companyId AND active`, { companyId, userId })) !== undefined;
}
