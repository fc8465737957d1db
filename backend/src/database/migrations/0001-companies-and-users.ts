import type { Migration } from '../migration.js';

export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "Companies" (
      id SERIAL PRIMARY KEY,
      name VARCHAR(120) NOT NULL,
      active BOOLEAN NOT NULL DEFAULT TRUE,
      timezone VARCHAR(64) NOT NULL DEFAULT 'America/Sao_Paulo',
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );

    CREATE TABLE "Users" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      name VARCHAR(120) NOT NULL,
      email VARCHAR(254) NOT NULL,
      "passwordHash" VARCHAR(100) NOT NULL,
      profile VARCHAR(16) NOT NULL DEFAULT 'user' CHECK (profile IN ('admin', 'supervisor', 'user')),
      super BOOLEAN NOT NULL DEFAULT FALSE,
      active BOOLEAN NOT NULL DEFAULT TRUE,
      "tokenVersion" INTEGER NOT NULL DEFAULT 0,
      language VARCHAR(8) CHECK (language IN ('pt-BR', 'en', 'es')),
      "lastLoginAt" TIMESTAMPTZ,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    -- Login is by e-mail alone, so an e-mail belongs to one user across the whole install.
    CREATE UNIQUE INDEX "Users_email_unique" ON "Users" (lower(email));
    -- The users list: keyset by (lower(name), id) inside one company.
    CREATE INDEX "Users_company_name" ON "Users" ("companyId", lower(name), id);
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP TABLE "Users"; DROP TABLE "Companies";`);
};
