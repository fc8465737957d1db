import type { Migration } from '../migration.js';

// The options menu below a queue: "1 - Segunda via, 2 - Falar com alguém", nested to any depth. An option
// can answer with a message, file the ticket in another queue, hand it to an attendant, or open sub-options.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "QueueOptions" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "queueId" INTEGER NOT NULL REFERENCES "Queues"(id) ON DELETE CASCADE,
      "parentId" INTEGER REFERENCES "QueueOptions"(id) ON DELETE CASCADE,
      title VARCHAR(80) NOT NULL,
      message TEXT,
      "targetQueueId" INTEGER REFERENCES "Queues"(id) ON DELETE SET NULL,
      "targetUserId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      position INTEGER NOT NULL DEFAULT 0,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "QueueOptions_queue_parent" ON "QueueOptions" ("queueId", "parentId", position, id);
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP TABLE "QueueOptions";`);
};
