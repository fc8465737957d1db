import type { Migration } from '../migration.js';

// Internal chat between a company's users (issue 17): one-to-one conversations and one company-wide channel.
// Messages stay inside Atende: nothing here is ever sent to WhatsApp.
//
// - "InternalChats": kind 'channel' (one per company, created on first use) or 'direct' (one per pair of users:
//   the pair is stored ordered, lowUserId < highUserId, so a unique index makes "find or create" safe under
//   concurrent requests). A direct chat goes with either of its users (a deleted user's conversations are gone).
// - "InternalChatMessages": the history, keyset-paged on id (newest first). A channel message of a deleted user
//   stays, without its sender.
// - "InternalChatReads": per user and chat, the last message id they have read; unread = messages of others
//   after it. No row means nothing read yet.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "InternalChats" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      kind VARCHAR(10) NOT NULL CHECK (kind IN ('channel', 'direct')),
      "lowUserId" INTEGER REFERENCES "Users"(id) ON DELETE CASCADE,
      "highUserId" INTEGER REFERENCES "Users"(id) ON DELETE CASCADE,
      "lastMessageId" BIGINT,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      CHECK ((kind = 'channel' AND "lowUserId" IS NULL AND "highUserId" IS NULL)
          OR (kind = 'direct' AND "lowUserId" < "highUserId"))
    );
    CREATE UNIQUE INDEX "InternalChats_channel" ON "InternalChats" ("companyId") WHERE kind = 'channel';
    CREATE UNIQUE INDEX "InternalChats_pair" ON "InternalChats" ("lowUserId", "highUserId") WHERE kind = 'direct';
    CREATE INDEX "InternalChats_high" ON "InternalChats" ("highUserId") WHERE kind = 'direct';

    CREATE TABLE "InternalChatMessages" (
      id BIGSERIAL PRIMARY KEY,
      "chatId" INTEGER NOT NULL REFERENCES "InternalChats"(id) ON DELETE CASCADE,
      "userId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      body TEXT NOT NULL,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "InternalChatMessages_chat" ON "InternalChatMessages" ("chatId", id);
    CREATE INDEX "InternalChatMessages_user" ON "InternalChatMessages" ("userId");

    CREATE TABLE "InternalChatReads" (
      "chatId" INTEGER NOT NULL REFERENCES "InternalChats"(id) ON DELETE CASCADE,
      "userId" INTEGER NOT NULL REFERENCES "Users"(id) ON DELETE CASCADE,
      "lastReadId" BIGINT NOT NULL DEFAULT 0,
      PRIMARY KEY ("userId", "chatId")
    );
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP TABLE "InternalChatReads"; DROP TABLE "InternalChatMessages"; DROP TABLE "InternalChats";`);
};
