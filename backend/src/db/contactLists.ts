import type { Transaction } from 'sequelize';
import { exec, many, one } from './sql.js';

// "ContactLists" / "ContactListItems" (migration 0025): a company's saved audiences — filled from tags, a CSV
// import or a selection in the contacts screen — and read by the campaigns' audience (db/campaignAudience.ts).
// "VIP" and "vip" are one list: unique index "ContactLists_company_name" on lower(name).

export interface ContactListRow {
  id: number;
  companyId: number;
  name: string;
  /** How many contacts it holds. */
  size: number;
  createdAt: Date | string;
  updatedAt: Date | string;
}

const SELECT_VIEW = `SELECT l.id, l."companyId", l.name,
    (SELECT count(*) FROM "ContactListItems" i WHERE i."contactListId" = l.id)::int AS size, l."createdAt", l."updatedAt"
  FROM "ContactLists" l`;

/** The list when it is the company's; with `lock` its row stays locked until the transaction ends. */
export function selectContactList(
  companyId: number,
  id: number,
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<ContactListRow | undefined> {
  return one(`${SELECT_VIEW} WHERE l.id = :id AND l."companyId" = :companyId ${options.lock ? 'FOR UPDATE OF l' : ''}`, { id, companyId }, options);
}

/** A company's lists are few: all of them, in name order. */
export function listContactListRows(companyId: number): Promise<ContactListRow[]> {
  return many(`${SELECT_VIEW} WHERE l."companyId" = :companyId ORDER BY lower(l.name), l.id LIMIT 1000`, { companyId });
}

export async function insertContactList(transaction: Transaction, companyId: number, name: string): Promise<number> {
  const row = await one<{ id: number }>(
    `INSERT INTO "ContactLists" ("companyId", name) VALUES (:companyId, :name) RETURNING id`,
    { companyId, name },
    { transaction },
  );
  return row!.id;
}

export async function renameContactList(transaction: Transaction, id: number, name: string): Promise<void> {
  await exec(`UPDATE "ContactLists" SET name = :name, "updatedAt" = now() WHERE id = :id`, { id, name }, { transaction });
}

/** Its memberships go with it (ON DELETE CASCADE); the contacts stay. */
export async function deleteContactListRow(transaction: Transaction, id: number): Promise<void> {
  await exec(`DELETE FROM "ContactLists" WHERE id = :id`, { id }, { transaction });
}

/** Adds the contacts given by id and every contact wearing one of the tags (both already the company's); answers how many were new. */
export async function addContactListItems(transaction: Transaction, id: number, companyId: number, contactIds: number[], tagIds: number[]): Promise<number> {
  // Counted from RETURNING: an INSERT's row count is not what the driver reports through Sequelize.
  const row = await one<{ added: number }>(
    `WITH inserted AS (
       INSERT INTO "ContactListItems" ("contactListId", "contactId")
       SELECT $1, c.id FROM "Contacts" c
       WHERE c."companyId" = $2 AND (c.id = ANY($3::int[]) OR c.id IN (SELECT ct."contactId" FROM "ContactTags" ct WHERE ct."tagId" = ANY($4::int[])))
       ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*)::int AS added FROM inserted`,
    [id, companyId, contactIds, tagIds],
    { transaction },
  );
  const added = row!.added;
  if (added > 0) await touchContactList(transaction, id);
  return added;
}

export async function removeContactListItems(transaction: Transaction, id: number, contactIds: number[]): Promise<number> {
  const removed = await exec(`DELETE FROM "ContactListItems" WHERE "contactListId" = $1 AND "contactId" = ANY($2::int[])`, [id, contactIds], { transaction });
  if (removed > 0) await touchContactList(transaction, id);
  return removed;
}

async function touchContactList(transaction: Transaction, id: number): Promise<void> {
  await exec(`UPDATE "ContactLists" SET "updatedAt" = now() WHERE id = :id`, { id }, { transaction });
}

/** Whether a failed write hit the unique list name of the company. */
export function isContactListNameTaken(err: unknown): boolean {
  const original = (err as { original?: { code?: string; constraint?: string } } | null)?.original;
  return original?.code === '23505' && original.constraint === 'ContactLists_company_name';
}

/** Which of `ids` are the company's lists. */
export async function companyContactListIds(companyId: number, ids: number[], transaction?: Transaction): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const found = await many<{ id: number }>(`SELECT id FROM "ContactLists" WHERE "companyId" = $1 AND id = ANY($2::int[])`, [companyId, ids], { transaction });
  return new Set(found.map((r) => r.id));
}

/** Which of `ids` are the company's contacts. */
export async function companyContactIds(companyId: number, ids: number[], transaction?: Transaction): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const found = await many<{ id: number }>(`SELECT id FROM "Contacts" WHERE "companyId" = $1 AND id = ANY($2::int[])`, [companyId, ids], { transaction });
  return new Set(found.map((r) => r.id));
}
