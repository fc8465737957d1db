import type { Transaction } from 'sequelize';
import { folded, foldedContains } from '../lib/textSearch.js';
import { exec, many, one } from './sql.js';
import type { TagSummary } from './tags.js';

// "Contacts": a company's customers (and WhatsApp groups), one per number: unique indexes on the exact number
// ("Contacts_company_number") and on its canonical key, a Brazilian mobile with or without its ninth digit
// ("Contacts_company_number_key", contact_number_key()). "ContactTags" holds the tags each one wears.

/** A custom field of a contact ("CPF", "Plano"…): stored in order in the extraInfo JSONB list. */
export interface CustomField {
  name: string;
  value: string;
}

/** A contact row as read from "Contacts", with its tags. */
export interface ContactRecord {
  id: number;
  companyId: number;
  name: string;
  number: string;
  email: string | null;
  isGroup: boolean;
  profilePicUrl: string | null;
  extraInfo: unknown;
  /** 0–100, null while nobody has scored the contact (services/contacts/leadBuckets.ts). */
  leadScore: number | null;
  /** When the customer opted out of campaigns (a keyword such as "SAIR"); null: campaigns may reach them. */
  optedOutAt: Date | null;
  /** Blocked (migration 0032): what they send is dropped and counted, never a ticket; null: not blocked. */
  blockedAt: Date | null;
  blockedMessages: number;
  lastBlockedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  tags: TagSummary[];
}

export type ContactRow = Omit<ContactRecord, 'tags'>;

export const CONTACT_COLUMNS = `c.id, c."companyId", c.name, c.number, c.email, c."isGroup", c."profilePicUrl", c."extraInfo",
  c."leadScore", c."optedOutAt", c."blockedAt", c."blockedMessages", c."lastBlockedAt", c."createdAt", c."updatedAt"`;

/** Attaches each contact's tags (alphabetical) with one query for the whole page. */
export async function withTags(rows: ContactRow[], transaction?: Transaction): Promise<ContactRecord[]> {
  if (rows.length === 0) return [];
  const links = await many<TagSummary & { contactId: number }>(
    `SELECT ct."contactId", t.id, t.name, t.color FROM "ContactTags" ct JOIN "Tags" t ON t.id = ct."tagId"
     WHERE ct."contactId" = ANY($1::int[]) ORDER BY lower(t.name), t.id`,
    [rows.map((r) => r.id)],
    { transaction },
  );
  const byContact = new Map<number, TagSummary[]>();
  for (const { contactId, ...tag } of links) byContact.set(contactId, [...(byContact.get(contactId) ?? []), tag]);
  return rows.map((row) => ({ ...row, tags: byContact.get(row.id) ?? [] }));
}

/** The contact (without its tags) when it is the company's; `lock` holds its row until the transaction ends. */
export function findContactRow(
  companyId: number,
  contactId: number,
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<ContactRow | undefined> {
  return one(
    `SELECT ${CONTACT_COLUMNS} FROM "Contacts" c WHERE c.id = $1 AND c."companyId" = $2${options.lock ? ' FOR UPDATE' : ''}`,
    [contactId, companyId],
    options,
  );
}

export interface ContactsPageQuery {
  companyId: number;
  /** Part of the name (any case, with or without accents), or part of the number (its digits, however typed). */
  search?: string;
  tagId?: number;
  /** Only the members of this list (the company's: the service checked). */
  contactListId?: number;
  /** Only the blocked contacts (true) or only the others (false). */
  blocked?: boolean;
  /** The sort key of the last row already shown: (lower(name), id). */
  after?: [string, number];
  /** Rows to read. */
  limit: number;
}

/**
 * A page of contacts in name order, keyset on (lower(name), id): no OFFSET, no COUNT. Search goes through the
 * trigram indexes of migrations 0008 (number) and 0018 (name, folded); the EXPLAIN tests read this statement's
 * plan (test/http/contactsBadInput, test/tickets/explain). Rows carry their sort key as PostgreSQL computes it.
 */
export function listContactsPage({
  companyId,
  search,
  tagId,
  contactListId,
  blocked,
  after,
  limit,
}: ContactsPageQuery): Promise<(ContactRow & { sortName: string })[]> {
  const bind: unknown[] = [companyId];
  const param = (value: unknown) => {
    bind.push(value);
    return `$${bind.length}`;
  };
  const conditions = ['c."companyId" = $1'];
  const text = search?.trim();
  if (text) {
    const byName = `${folded('c.name')} LIKE ${foldedContains(param(text))}`;
    const digits = text.replace(/\D/g, '');
    // "(11) 8765" finds 5511987654321: the number is matched on the digits typed, separators ignored.
    conditions.push(digits.length >= 3 ? `(${byName} OR c.number LIKE ${param(`%${digits}%`)})` : byName);
  }
  if (tagId !== undefined) {
    conditions.push(`EXISTS (SELECT 1 FROM "ContactTags" ct WHERE ct."contactId" = c.id AND ct."tagId" = ${param(tagId)})`);
  }
  if (blocked !== undefined) conditions.push(blocked ? `c."blockedAt" IS NOT NULL` : `c."blockedAt" IS NULL`);
  if (contactListId !== undefined) {
    conditions.push(`EXISTS (SELECT 1 FROM "ContactListItems" li WHERE li."contactId" = c.id AND li."contactListId" = ${param(contactListId)})`);
  }
  if (after) conditions.push(`(lower(c.name), c.id) > (${param(after[0])}, ${param(after[1])})`);
  return many(
    `SELECT ${CONTACT_COLUMNS}, lower(c.name) AS "sortName" FROM "Contacts" c
     WHERE ${conditions.join(' AND ')} ORDER BY lower(c.name), c.id LIMIT ${param(limit)}`,
    bind,
  );
}

export interface ContactFields {
  name: string;
  /** Already normalised (lib/phoneNumber). */
  number: string;
  email: string | null;
  extraInfo: CustomField[];
  /** Set by hand (PUT /api/contacts/:id); the AI agent's answers move it with applyLeadToContact. */
  leadScore: number | null;
  /**
   * Opted out of campaigns: true marks the contact now (kept as it is when it already was), false clears the
   * mark; the customer's keyword marks it with markContactOptedOut.
   */
  optedOut: boolean;
}

export async function insertContact(transaction: Transaction, companyId: number, fields: Omit<ContactFields, 'leadScore' | 'optedOut'>): Promise<number> {
  const row = await one<{ id: number }>(
    `INSERT INTO "Contacts" ("companyId", name, number, email, "extraInfo") VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id`,
    [companyId, fields.name, fields.number, fields.email, JSON.stringify(fields.extraInfo)],
    { transaction },
  );
  return row!.id;
}

/** Writes the given fields (undefined: left as it is); nothing given, no statement. */
export async function updateContactColumns(transaction: Transaction, companyId: number, contactId: number, changes: Partial<ContactFields>): Promise<void> {
  const sets: string[] = [];
  const bind: unknown[] = [contactId, companyId];
  const set = (column: string, value: unknown, cast = '') => {
    bind.push(value);
    sets.push(`${column} = $${bind.length}${cast}`);
  };
  if (changes.name !== undefined) set('name', changes.name);
  if (changes.number !== undefined) set('number', changes.number);
  if (changes.email !== undefined) set('email', changes.email);
  if (changes.extraInfo !== undefined) set('"extraInfo"', JSON.stringify(changes.extraInfo), '::jsonb');
  if (changes.leadScore !== undefined) set('"leadScore"', changes.leadScore);
  if (changes.optedOut !== undefined) sets.push(changes.optedOut ? '"optedOutAt" = COALESCE("optedOutAt", now())' : '"optedOutAt" = NULL');
  if (sets.length === 0) return;
  await exec(`UPDATE "Contacts" SET ${sets.join(', ')}, "updatedAt" = now() WHERE id = $1 AND "companyId" = $2`, bind, { transaction });
}

/**
 * The customer opted out (services/campaigns/optOutCustomer.ts): marked now, only when not marked already —
 * true when this statement marked it, so a second "sair" (or a redelivered message) does nothing and says so.
 * Concurrent ones queue on the row lock and the later one finds it marked. A group is never marked: anyone in
 * it may have typed the word, and campaigns are sent to people.
 */
export async function markContactOptedOut(transaction: Transaction, companyId: number, contactId: number): Promise<boolean> {
  const row = await one<{ id: number }>(
    `UPDATE "Contacts" SET "optedOutAt" = now(), "updatedAt" = now()
     WHERE id = $1 AND "companyId" = $2 AND "optedOutAt" IS NULL AND NOT "isGroup" RETURNING id`,
    [contactId, companyId],
    { transaction },
  );
  return row !== undefined;
}

/**
 * Whether a failed write hit one of the unique number indexes: the exact number, or the same Brazilian mobile
 * with or without its ninth digit (contact_number_key).
 */
export function isNumberTaken(err: unknown): boolean {
  const original = (err as { original?: { code?: string; constraint?: string } } | null)?.original;
  return original?.code === '23505' && (original.constraint === 'Contacts_company_number' || original.constraint === 'Contacts_company_number_key');
}

/** Whether a conversation with the contact is still being worked (pending or open). */
export async function hasUnclosedTicket(transaction: Transaction, companyId: number, contactId: number): Promise<boolean> {
  const rows = await many(`SELECT id FROM "Tickets" WHERE "companyId" = $1 AND "contactId" = $2 AND status <> 'closed' LIMIT 1`, [companyId, contactId], {
    transaction,
  });
  return rows.length > 0;
}

/**
 * Deletes the messages of the contact's tickets and answers their file paths as they are at the moment they go
 * (a media download finishing now either landed before, or finds no row and removes its own copy).
 */
export async function deleteContactMessages(transaction: Transaction, companyId: number, contactId: number): Promise<string[]> {
  const media = await many<{ mediaPath: string }>(
    `WITH gone AS (
       DELETE FROM "Messages" m USING "Tickets" t
       WHERE m."ticketId" = t.id AND t."companyId" = $1 AND t."contactId" = $2 RETURNING m."mediaPath")
     SELECT "mediaPath" FROM gone WHERE "mediaPath" IS NOT NULL`,
    [companyId, contactId],
    { transaction },
  );
  return media.map((m) => m.mediaPath);
}

/** Its tickets (and their messages) go with it (ON DELETE CASCADE). */
export async function deleteContactRow(transaction: Transaction, companyId: number, contactId: number): Promise<void> {
  await exec(`DELETE FROM "Contacts" WHERE id = $1 AND "companyId" = $2`, [contactId, companyId], { transaction });
}

/** Makes the contact's tags exactly `tagIds` (ids already checked to be the company's: tags.lockCompanyTags). */
export async function replaceContactTagLinks(transaction: Transaction, contactId: number, tagIds: number[]): Promise<void> {
  await exec(`DELETE FROM "ContactTags" WHERE "contactId" = $1 AND NOT ("tagId" = ANY($2::int[]))`, [contactId, tagIds], { transaction });
  if (tagIds.length === 0) return;
  await exec(`INSERT INTO "ContactTags" ("contactId", "tagId") SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`, [contactId, tagIds], { transaction });
}

/**
 * Takes the row lock of the ticket's contact ahead of the ticket's own: the inbound path writes the contact,
 * then the ticket, so a transaction that will write both must lock them in that order, or the two wait on
 * each other (a deadlock, one of them aborted).
 */
export async function lockContactOfTicket(transaction: Transaction, companyId: number, ticketId: number): Promise<void> {
  await many(
    `SELECT c.id FROM "Contacts" c WHERE c.id = (SELECT t."contactId" FROM "Tickets" t WHERE t.id = :ticketId AND t."companyId" = :companyId)
     FOR NO KEY UPDATE`,
    { companyId, ticketId },
    { transaction },
  );
}

/** Blocks (keeping the first time) or unblocks the contact; the counter of dropped messages stays as history. */
export async function setContactBlockedAt(transaction: Transaction, companyId: number, contactId: number, blocked: boolean): Promise<void> {
  await exec(
    `UPDATE "Contacts" SET "blockedAt" = ${blocked ? 'COALESCE("blockedAt", now())' : 'NULL'}, "updatedAt" = now() WHERE id = $1 AND "companyId" = $2`,
    [contactId, companyId],
    { transaction },
  );
}
