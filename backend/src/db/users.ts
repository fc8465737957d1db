import type { Transaction } from 'sequelize';
import { escapeLike } from '../lib/textSearch.js';
import { exec, exists, many, one } from './sql.js';
import { updateChanged } from './updateChanged.js';

// "Users": the people of a company who log in (migrations 0001, 0011). The e-mail is unique across the whole
// install, case-insensitively (index "Users_email_unique" on lower(email)): login is by e-mail alone.

/** The column's CHECK: what a user may do. */
export const PROFILES = ['admin', 'supervisor', 'user'] as const;
export type Profile = (typeof PROFILES)[number];
/** The column's CHECK: the languages the interface speaks; null follows the browser. */
export const LANGUAGES = ['pt-BR', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A "Users" row as read with `SELECT *` / `RETURNING *`. */
export interface UserRecord {
  id: number;
  companyId: number;
  name: string;
  email: string;
  passwordHash: string;
  profile: Profile;
  super: boolean;
  active: boolean;
  /** Bumped whenever every session of the user must end (password change, deactivation). */
  tokenVersion: number;
  language: Language | null;
  /** Most open tickets distribution gives this attendant; null: the company's `userMaxOpenTickets`. */
  maxOpenTickets: number | null;
  /** The user's own choice of signing their messages; counts only where the company's `attendantSignature` is on. */
  signMessages: boolean;
  /** When the attendant paused (migration 0031); null: available. Distribution skips paused attendants. */
  pausedAt: Date | null;
  /** Why, in their words (lunch, a meeting); null when none was given or when available. */
  pauseReason: string | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What an admin may change on a user (the hash comes from services/auth/passwords). */
export type UserChanges = Partial<Pick<UserRecord, 'name' | 'email' | 'profile' | 'active' | 'language' | 'maxOpenTickets' | 'passwordHash' | 'signMessages'>>;

const CHANGEABLE: Readonly<Record<keyof UserChanges, string>> = {
  name: 'name',
  email: 'email',
  profile: 'profile',
  active: 'active',
  language: 'language',
  maxOpenTickets: '"maxOpenTickets"',
  passwordHash: '"passwordHash"',
  signMessages: '"signMessages"',
};

/**
 * The user a token names, with their company's active flag: the read every authenticated request and socket
 * handshake pays for (one primary-key lookup, one round trip).
 */
export function findUserForToken(userId: number): Promise<(UserRecord & { companyActive: boolean }) | undefined> {
  return one(`SELECT u.*, c.active AS "companyActive" FROM "Users" u JOIN "Companies" c ON c.id = u."companyId" WHERE u.id = :id`, { id: userId });
}

/** The user with this e-mail (already lower-cased), through the unique index on lower(email). */
export function findUserByEmail(email: string): Promise<UserRecord | undefined> {
  return one(`SELECT * FROM "Users" WHERE lower(email) = :email LIMIT 1`, { email });
}

export function findUser(userId: number, transaction?: Transaction): Promise<UserRecord | undefined> {
  return one(`SELECT * FROM "Users" WHERE id = :userId`, { userId }, { transaction });
}

/** The user when they belong to the company; `lock` (in a transaction) holds the row until it ends. */
export function findUserInCompany(
  companyId: number,
  userId: number,
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<UserRecord | undefined> {
  const lock = options.lock && options.transaction ? ' FOR UPDATE' : '';
  return one(`SELECT * FROM "Users" WHERE id = :userId AND "companyId" = :companyId${lock}`, { userId, companyId }, options);
}

export function userExistsInCompany(companyId: number, userId: number, transaction?: Transaction): Promise<boolean> {
  return exists(`SELECT 1 FROM "Users" WHERE id = :userId AND "companyId" = :companyId`, { userId, companyId }, { transaction });
}

/**
 * Whether the user is active (and, with `available`, not paused), with their row share-locked until the
 * transaction ends (see services/users/lockActiveUser).
 */
export async function userActiveForShare(transaction: Transaction, companyId: number, userId: number, options: { available?: boolean } = {}): Promise<boolean> {
  const row = await one<{ active: boolean; paused: boolean }>(
    `SELECT active, "pausedAt" IS NOT NULL AS paused FROM "Users" WHERE id = :userId AND "companyId" = :companyId FOR SHARE`,
    { userId, companyId },
    { transaction },
  );
  return row?.active === true && !(options.available && row.paused);
}

export function userIdsOfCompany(companyId: number, transaction?: Transaction): Promise<{ id: number }[]> {
  return many(`SELECT id FROM "Users" WHERE "companyId" = :companyId`, { companyId }, { transaction });
}

export interface NewUser {
  companyId: number;
  name: string;
  email: string;
  passwordHash: string;
  profile: Profile;
  language: Language | null;
  maxOpenTickets: number | null;
  super: boolean;
}

export async function insertUser(transaction: Transaction, user: NewUser): Promise<UserRecord> {
  const row = await one<UserRecord>(
    `INSERT INTO "Users" ("companyId", name, email, "passwordHash", profile, language, "maxOpenTickets", super)
     VALUES (:companyId, :name, :email, :passwordHash, :profile, :language, :maxOpenTickets, :super) RETURNING *`,
    { ...user },
    { transaction },
  );
  return row!;
}

/** Writes the changed fields of `user` (no statement when nothing differs); answers the row as stored. */
export function updateUserFields(transaction: Transaction, user: UserRecord, changes: UserChanges): Promise<UserRecord> {
  return updateChanged('Users', CHANGEABLE, user, changes, transaction);
}

/** Pauses (with the reason) or makes available again; a pause already running keeps its start time. */
export async function setUserPause(transaction: Transaction, userId: number, pause: { reason: string | null } | null): Promise<UserRecord> {
  const row = await one<UserRecord>(
    `UPDATE "Users" SET "pausedAt" = CASE WHEN :paused THEN COALESCE("pausedAt", now()) END,
         "pauseReason" = :reason, "updatedAt" = now()
       WHERE id = :userId RETURNING *`,
    { userId, paused: pause !== null, reason: pause?.reason ?? null },
    { transaction },
  );
  return row!;
}

/** Ends every access token of the user at once (each request compares the version it carries). */
export async function bumpTokenVersion(transaction: Transaction, userId: number): Promise<UserRecord> {
  const row = await one<UserRecord>(
    `UPDATE "Users" SET "tokenVersion" = "tokenVersion" + 1, "updatedAt" = now() WHERE id = :userId RETURNING *`,
    { userId },
    { transaction },
  );
  return row!;
}

export async function recordLogin(userId: number): Promise<UserRecord | undefined> {
  return one(`UPDATE "Users" SET "lastLoginAt" = now(), "updatedAt" = now() WHERE id = :userId RETURNING *`, { userId });
}

/** The first admin of a fresh install also runs the platform. */
export async function makeSuperAdmin(userId: number): Promise<void> {
  await exec(`UPDATE "Users" SET super = true, "updatedAt" = now() WHERE id = :userId`, { userId });
}

/** Their refresh tokens go with them (ON DELETE CASCADE). */
export async function deleteUserRow(transaction: Transaction, userId: number): Promise<void> {
  await exec(`DELETE FROM "Users" WHERE id = :userId`, { userId }, { transaction });
}

export interface UsersPageQuery {
  companyId: number;
  /** Part of the name or the e-mail, any case. */
  search?: string;
  /** The sort key of the last row already shown: (lower(name), id). */
  after?: [string, number];
  limit: number;
}

/**
 * One page of a company's users in name order, keyset on (lower(name), id) by the index "Users_company_name".
 * Each row carries its sort key as PostgreSQL computes it, so the next cursor matches its collation exactly.
 */
export function listUsersPage({ companyId, search, after, limit }: UsersPageQuery): Promise<(UserRecord & { sortName: string })[]> {
  const conditions = ['"companyId" = :companyId'];
  if (search) conditions.push('(name ILIKE :pattern OR email ILIKE :pattern)');
  if (after) conditions.push('(lower(name), id) > (:afterName, :afterId)');
  return many(`SELECT *, lower(name) AS "sortName" FROM "Users" WHERE ${conditions.join(' AND ')} ORDER BY lower(name), id LIMIT :limit`, {
    companyId,
    pattern: `%${escapeLike(search?.trim() ?? '')}%`,
    afterName: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
    limit,
  });
}

/** One person of the team panel: an active user with the open tickets they hold and the queues they serve. */
export interface TeamRow {
  id: number;
  name: string;
  profile: Profile;
  pausedAt: Date | null;
  pauseReason: string | null;
  maxOpenTickets: number | null;
  openTickets: number;
  queueIds: number[];
}

/** The company's active users in name order, with their load; for the supervisors' team panel. */
export function listTeamRows(companyId: number): Promise<TeamRow[]> {
  return many<TeamRow>(
    `SELECT u.id, u.name, u.profile, u."pausedAt", u."pauseReason", u."maxOpenTickets",
         (SELECT count(*)::int FROM "Tickets" t WHERE t."userId" = u.id AND t.status = 'open') AS "openTickets",
         ARRAY(SELECT uq."queueId" FROM "UserQueues" uq WHERE uq."userId" = u.id ORDER BY 1) AS "queueIds"
       FROM "Users" u WHERE u."companyId" = :companyId AND u.active ORDER BY lower(u.name), u.id`,
    { companyId },
  );
}
