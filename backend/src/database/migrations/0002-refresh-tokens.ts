import type { Migration } from '../migration.js';

// One row per issued refresh token. A login starts a family; each refresh marks its token used and
// issues the next one in the same family. Presenting a used token again means it was stolen or
// replayed: the whole family is revoked.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "RefreshTokens" (
      id UUID PRIMARY KEY,
      "familyId" UUID NOT NULL,
      "userId" INTEGER NOT NULL REFERENCES "Users"(id) ON DELETE CASCADE,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "tokenVersion" INTEGER NOT NULL,
      "expiresAt" TIMESTAMPTZ NOT NULL,
      "usedAt" TIMESTAMPTZ,
      "revokedAt" TIMESTAMPTZ,
      "userAgent" VARCHAR(255),
      ip VARCHAR(64),
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "RefreshTokens_family" ON "RefreshTokens" ("familyId");
    CREATE INDEX "RefreshTokens_user" ON "RefreshTokens" ("userId");
    CREATE INDEX "RefreshTokens_expiresAt" ON "RefreshTokens" ("expiresAt");
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP TABLE "RefreshTokens";`);
};
