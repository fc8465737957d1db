import type { Migration } from '../migration.js';

// WhatsApp connections and the Baileys auth state (creds + signal keys) of each one.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "Whatsapps" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      name VARCHAR(80) NOT NULL,
      status VARCHAR(16) NOT NULL DEFAULT 'DISCONNECTED'
        CHECK (status IN ('OPENING', 'qrcode', 'CONNECTED', 'DISCONNECTED', 'TIMEOUT')),
      qrcode TEXT,
      retries INTEGER NOT NULL DEFAULT 0,
      number VARCHAR(32),
      "isDefault" BOOLEAN NOT NULL DEFAULT FALSE,
      "greetingMessage" TEXT,
      "farewellMessage" TEXT,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "Whatsapps_company_name" ON "Whatsapps" ("companyId", lower(name));
    -- At most one default connection per company, enforced by the database.
    CREATE UNIQUE INDEX "Whatsapps_company_default" ON "Whatsapps" ("companyId") WHERE "isDefault";

    CREATE TABLE "BaileysAuth" (
      "whatsappId" INTEGER NOT NULL REFERENCES "Whatsapps"(id) ON DELETE CASCADE,
      category VARCHAR(40) NOT NULL,
      "keyId" VARCHAR(255) NOT NULL,
      value JSONB NOT NULL,
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      PRIMARY KEY ("whatsappId", category, "keyId")
    );
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP TABLE "BaileysAuth"; DROP TABLE "Whatsapps";`);
};
