import type { Migration } from '../migration.js';

// The sales side (issue 15): pipelines of ordered stages, deals on a kanban, a deal's timeline, tasks.
//
// Pipelines / PipelineStages: admins configure them; every company starts with "Vendas" (inserted here for the
//   existing companies, and by createCompany for new ones — db/pipelines.ts holds the same list). A stage's kind
//   'won'/'lost' is terminal: a deal there is closed.
//
// Deals: "position" is the 0-based place in its stage's column, unique per stage. The unique index is
//   DEFERRABLE so a move can shift its neighbours with one UPDATE each (a shift by one passes through
//   transient duplicates); moves lock the stages involved first (services/deals/moveDeal.ts), so two sessions
//   moving cards at once serialise instead of interleaving their shifts. "value" is in cents.
//
// DealEvents: the deal's own history (created, stageChanged, note). Tasks and the contact's tickets are joined in
//   when the timeline is read, so they are never copied.
//
// Tasks: "remindedAt" is the claim of the reminder (NULL → now(), once), whatever Bull's alarm or the sweep rang.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "Pipelines" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      name VARCHAR(80) NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 80),
      position INTEGER NOT NULL DEFAULT 0,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "Pipelines_company" ON "Pipelines" ("companyId", position, id);

    CREATE TABLE "PipelineStages" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "pipelineId" INTEGER NOT NULL REFERENCES "Pipelines"(id) ON DELETE CASCADE,
      name VARCHAR(60) NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 60),
      color VARCHAR(9) NOT NULL DEFAULT '#64748b',
      position INTEGER NOT NULL,
      kind VARCHAR(4) NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "PipelineStages_pipeline" ON "PipelineStages" ("pipelineId", position);

    CREATE TABLE "Deals" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "pipelineId" INTEGER NOT NULL REFERENCES "Pipelines"(id) ON DELETE CASCADE,
      "stageId" INTEGER NOT NULL REFERENCES "PipelineStages"(id),
      position INTEGER NOT NULL CHECK (position >= 0),
      title VARCHAR(160) NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 160),
      value BIGINT NOT NULL DEFAULT 0 CHECK (value >= 0),
      "contactId" INTEGER REFERENCES "Contacts"(id) ON DELETE SET NULL,
      "ownerId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      "expectedCloseAt" TIMESTAMPTZ,
      source VARCHAR(8) NOT NULL DEFAULT 'manual' CHECK (source IN ('ticket', 'campaign', 'manual')),
      "ticketId" INTEGER REFERENCES "Tickets"(id) ON DELETE SET NULL,
      "campaignId" INTEGER REFERENCES "Campaigns"(id) ON DELETE SET NULL,
      "lostReason" VARCHAR(500),
      "closedAt" TIMESTAMPTZ,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      CONSTRAINT "Deals_stage_position" UNIQUE ("stageId", position) DEFERRABLE INITIALLY IMMEDIATE
    );
    CREATE INDEX "Deals_company_owner" ON "Deals" ("companyId", "ownerId");
    CREATE INDEX "Deals_contact" ON "Deals" ("contactId");

    CREATE TABLE "DealEvents" (
      id BIGSERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "dealId" INTEGER NOT NULL REFERENCES "Deals"(id) ON DELETE CASCADE,
      kind VARCHAR(12) NOT NULL CHECK (kind IN ('created', 'stageChanged', 'note')),
      "userId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      "fromStageId" INTEGER REFERENCES "PipelineStages"(id) ON DELETE SET NULL,
      "toStageId" INTEGER REFERENCES "PipelineStages"(id) ON DELETE SET NULL,
      body TEXT CHECK (body IS NULL OR char_length(body) <= 4000),
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "DealEvents_deal" ON "DealEvents" ("dealId", "createdAt" DESC, id DESC);

    CREATE TABLE "Tasks" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      title VARCHAR(200) NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
      "dueAt" TIMESTAMPTZ NOT NULL,
      "assigneeId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      "createdById" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      "dealId" INTEGER REFERENCES "Deals"(id) ON DELETE SET NULL,
      "contactId" INTEGER REFERENCES "Contacts"(id) ON DELETE SET NULL,
      "doneAt" TIMESTAMPTZ,
      "remindedAt" TIMESTAMPTZ,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "Tasks_company_due" ON "Tasks" ("companyId", "dueAt", id);
    CREATE INDEX "Tasks_deal" ON "Tasks" ("dealId");
    CREATE INDEX "Tasks_to_remind" ON "Tasks" ("dueAt") WHERE "remindedAt" IS NULL AND "doneAt" IS NULL;

    WITH p AS (
      INSERT INTO "Pipelines" ("companyId", name, position) SELECT id, 'Vendas', 0 FROM "Companies" RETURNING id, "companyId"
    )
    INSERT INTO "PipelineStages" ("companyId", "pipelineId", name, color, position, kind)
    SELECT p."companyId", p.id, s.name, s.color, s.position, s.kind
    FROM p CROSS JOIN (VALUES ('Novo lead', '#64748b', 0, 'open'), ('Qualificado', '#0ea5e9', 1, 'open'),
      ('Proposta', '#8b5cf6', 2, 'open'), ('Negociação', '#f59e0b', 3, 'open'), ('Ganho', '#22c55e', 4, 'won'),
      ('Perdido', '#ef4444', 5, 'lost')) AS s(name, color, position, kind);
  `);
};
