import type { Transaction } from 'sequelize';
import { escapeLike } from '../lib/textSearch.js';
import { exec, many, one } from './sql.js';

// "Tags": a company's labels, worn by contacts ("ContactTags") and tickets ("TicketTags"); a deleted tag leaves
// them all (ON DELETE CASCADE). "VIP" and "vip" are one tag: unique index "Tags_company_name" on lower(name).

/** A tag row as read from "Tags". */
export interface TagRecord {
  id: number;
  companyId: number;
  name: string;
  color: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The short form a tagged row carries. */
export type TagSummary = Pick<TagRecord, 'id' | 'name' | 'color'>;

const TAG_COLUMNS = `id, "companyId", name, color, "createdAt", "updatedAt"`;

/** The tag when it is the company's; inside a transaction its row stays locked until the end. */
export function findTag(companyId: number, tagId: number, transaction?: Transaction): Promise<TagRecord | undefined> {
  return one(`SELECT ${TAG_COLUMNS} FROM "Tags" WHERE id = $1 AND "companyId" = $2${transaction ? ' FOR UPDATE' : ''}`, [tagId, companyId], { transaction });
}

/** A company's tags are few (a handful to a few hundred): the whole list in name order, or those whose name holds `search`. */
export function listTags(companyId: number, search?: string): Promise<TagRecord[]> {
  const pattern = search?.trim() ? `%${escapeLike(search.trim())}%` : null;
  return many(
    `SELECT ${TAG_COLUMNS} FROM "Tags" WHERE "companyId" = $1 AND ($2::text IS NULL OR name ILIKE $2)
     ORDER BY lower(name), id LIMIT 1000`,
    [companyId, pattern],
  );
}

/** Without a colour the default grey. */
export async function insertTag(companyId: number, name: string, color?: string): Promise<TagRecord> {
  const row = await one<TagRecord>(`INSERT INTO "Tags" ("companyId", name, color) VALUES ($1, $2, COALESCE($3, '#607d8b')) RETURNING ${TAG_COLUMNS}`, [
    companyId,
    name,
    color ?? null,
  ]);
  return row!;
}

export async function updateTagRow(transaction: Transaction, companyId: number, tagId: number, changes: { name?: string; color?: string }): Promise<TagRecord> {
  const row = await one<TagRecord>(
    `UPDATE "Tags" SET name = COALESCE($3, name), color = COALESCE($4, color), "updatedAt" = now()
     WHERE id = $1 AND "companyId" = $2 RETURNING ${TAG_COLUMNS}`,
    [tagId, companyId, changes.name ?? null, changes.color ?? null],
    { transaction },
  );
  return row!;
}

export async function deleteTagRow(transaction: Transaction, companyId: number, tagId: number): Promise<void> {
  await exec(`DELETE FROM "Tags" WHERE id = $1 AND "companyId" = $2`, [tagId, companyId], { transaction });
}

/** Whether a failed write hit the unique tag name of the company. */
export function isTagNameTaken(err: unknown): boolean {
  const original = (err as { original?: { code?: string; constraint?: string } } | null)?.original;
  return original?.code === '23505' && original.constraint === 'Tags_company_name';
}

/** Which of `tagIds` are the company's, share-locked against deletion until the transaction ends. */
export async function lockCompanyTags(transaction: Transaction, companyId: number, tagIds: number[]): Promise<Set<number>> {
  const found = await many<{ id: number }>(`SELECT id FROM "Tags" WHERE "companyId" = $1 AND id = ANY($2::int[]) FOR SHARE`, [companyId, tagIds], {
    transaction,
  });
  return new Set(found.map((t) => t.id));
}

/** Which of these names (lower case) the company has a tag for, in lower case. */
export async function existingTagNames(companyId: number, lowerNames: string[], transaction?: Transaction): Promise<Set<string>> {
  const found = await many<{ name: string }>(
    `SELECT lower(name) AS name FROM "Tags" WHERE "companyId" = $1 AND lower(name) = ANY($2::text[])`,
    [companyId, lowerNames],
    { transaction },
  );
  return new Set(found.map((t) => t.name));
}

/** Creates tags by name with the default colour; a name taken meanwhile is left as it is. */
export async function insertTagsByName(transaction: Transaction, companyId: number, names: string[]): Promise<void> {
  await exec(`INSERT INTO "Tags" ("companyId", name) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, [companyId, names], { transaction });
}

/** Which of `tagIds` are the company's (no lock: a check before reading, as the campaigns' audience does). */
export async function companyTagIds(companyId: number, tagIds: number[]): Promise<Set<number>> {
  if (tagIds.length === 0) return new Set();
  const found = await many<{ id: number }>(`SELECT id FROM "Tags" WHERE "companyId" = $1 AND id = ANY($2::int[])`, [companyId, tagIds]);
  return new Set(found.map((t) => t.id));
}
