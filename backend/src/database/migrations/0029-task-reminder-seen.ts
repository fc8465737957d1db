import type { Migration } from '../migration.js';

// Reminders missed while offline (issue 15): a task's reminder goes out once, to the sockets its assignee has
// open at that moment; one who was offline never saw it. "reminderSeenAt" is when the assignee dismissed it
// from the bell (PUT /api/tasks/:id {"reminderSeen": true}): a reminder that went out (remindedAt) and was not
// seen yet, on a task still open, is fetched by the web app when it comes online (GET /api/tasks?reminders=unseen)
// and waits in the bell. A new due time re-arms the reminder and clears both.
//
// Index: the bell's question, per assignee, over the few rows that are reminded, unseen and open.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Tasks" ADD COLUMN "reminderSeenAt" TIMESTAMPTZ;
    -- The tasks reminded before this column existed count as seen: their reminder went out live.
    UPDATE "Tasks" SET "reminderSeenAt" = "remindedAt" WHERE "remindedAt" IS NOT NULL;
    CREATE INDEX "Tasks_unseen_reminders" ON "Tasks" ("assigneeId", "dueAt")
      WHERE "remindedAt" IS NOT NULL AND "reminderSeenAt" IS NULL AND "doneAt" IS NULL;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP INDEX "Tasks_unseen_reminders";
    ALTER TABLE "Tasks" DROP COLUMN "reminderSeenAt";
  `);
};
