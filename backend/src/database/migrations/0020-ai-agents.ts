import type { Migration } from '../migration.js';

// The AI agent (issue 13): an OpenAI-compatible endpoint a company points Atende at, attached to a connection
// or a queue (the queue's wins). A new ticket there starts in the bot phase ("botActive") until the agent hands
// over; what the AI sent is marked ("fromAi") so the chat never shows it as an attendant's. Voice notes get a
// transcript; contacts a lead score. Every call's tokens are kept ("AiUsage": the budget and the usage panel).
//
// The API key is stored only encrypted (AES-256-GCM under AI_SECRET_KEY, lib/secretBox.ts): the column holds
// "v1:iv:tag:ciphertext", never the key. The text limits are checked here too, so no path around the API's
// schemas can store a knowledge text that would not fit a model's context.
//
// Adding columns with constant defaults does not rewrite the big tables, and no existing index changes: the
// ticket list, the message search and the dashboard read exactly what they read before.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "AiAgents" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      name VARCHAR(80) NOT NULL CHECK (char_length(btrim(name)) > 0),
      "baseUrl" VARCHAR(500) NOT NULL CHECK ("baseUrl" ~* '^https?://'),
      "apiKeyEncrypted" TEXT,
      model VARCHAR(120) NOT NULL CHECK (char_length(btrim(model)) > 0),
      "systemPrompt" TEXT NOT NULL DEFAULT '' CHECK (char_length("systemPrompt") <= 8000),
      knowledge TEXT NOT NULL DEFAULT '' CHECK (char_length(knowledge) <= 20000),
      temperature REAL NOT NULL DEFAULT 0.3 CHECK (temperature >= 0 AND temperature <= 2),
      -- how many of the last messages of the chat go to the model
      "historyWindow" INTEGER NOT NULL DEFAULT 12 CHECK ("historyWindow" BETWEEN 1 AND 50),
      -- how many answers the AI gives on one ticket before a person takes over
      "maxTurns" INTEGER NOT NULL DEFAULT 10 CHECK ("maxTurns" BETWEEN 1 AND 100),
      "handoffMessage" TEXT NOT NULL
        DEFAULT 'Vou passar sua conversa para um de nossos atendentes. Em instantes alguém continua com você.'
        CHECK (char_length(btrim("handoffMessage")) BETWEEN 1 AND 1000),
      "handoffKeywords" TEXT[] NOT NULL DEFAULT '{atendente,humano}' CHECK (cardinality("handoffKeywords") <= 50),
      "confidenceThreshold" REAL NOT NULL DEFAULT 0.5 CHECK ("confidenceThreshold" >= 0 AND "confidenceThreshold" <= 1),
      "transcribeAudio" BOOLEAN NOT NULL DEFAULT false,
      "transcriptionModel" VARCHAR(120) NOT NULL DEFAULT 'whisper-1',
      enabled BOOLEAN NOT NULL DEFAULT true,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "AiAgents_company_name" ON "AiAgents" ("companyId", lower(name));

    -- Attached agents; the same company is enforced by the services (as for a queue's connections).
    ALTER TABLE "Whatsapps" ADD COLUMN "aiAgentId" INTEGER REFERENCES "AiAgents"(id) ON DELETE SET NULL;
    ALTER TABLE "Queues" ADD COLUMN "aiAgentId" INTEGER REFERENCES "AiAgents"(id) ON DELETE SET NULL;
    CREATE INDEX "Whatsapps_aiAgent" ON "Whatsapps" ("aiAgentId") WHERE "aiAgentId" IS NOT NULL;
    CREATE INDEX "Queues_aiAgent" ON "Queues" ("aiAgentId") WHERE "aiAgentId" IS NOT NULL;

    ALTER TABLE "Tickets"
      ADD COLUMN "botActive" BOOLEAN NOT NULL DEFAULT false,
      ADD COLUMN "aiTurns" INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE "Messages"
      ADD COLUMN "fromAi" BOOLEAN NOT NULL DEFAULT false,
      ADD COLUMN transcript TEXT;
    ALTER TABLE "Contacts" ADD COLUMN "leadScore" INTEGER NOT NULL DEFAULT 0 CHECK ("leadScore" BETWEEN 0 AND 100);

    CREATE TABLE "AiUsage" (
      id BIGSERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "aiAgentId" INTEGER REFERENCES "AiAgents"(id) ON DELETE SET NULL,
      "ticketId" INTEGER REFERENCES "Tickets"(id) ON DELETE SET NULL,
      purpose VARCHAR(16) NOT NULL CHECK (purpose IN ('reply', 'test', 'assist', 'summary', 'transcription')),
      model VARCHAR(120) NOT NULL,
      "promptTokens" INTEGER NOT NULL DEFAULT 0 CHECK ("promptTokens" >= 0),
      "completionTokens" INTEGER NOT NULL DEFAULT 0 CHECK ("completionTokens" >= 0),
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "AiUsage_company_time" ON "AiUsage" ("companyId", "createdAt");
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP TABLE "AiUsage";
    ALTER TABLE "Contacts" DROP COLUMN "leadScore";
    ALTER TABLE "Messages" DROP COLUMN "fromAi", DROP COLUMN transcript;
    ALTER TABLE "Tickets" DROP COLUMN "botActive", DROP COLUMN "aiTurns";
    ALTER TABLE "Queues" DROP COLUMN "aiAgentId";
    ALTER TABLE "Whatsapps" DROP COLUMN "aiAgentId";
    DROP TABLE "AiAgents";
  `);
};
