import type { Transaction } from 'sequelize';
import { folded, foldedContains } from '../lib/textSearch.js';
import { CONTACT_LIMITS } from '../services/contacts/limits.js';
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

/** What one answer of the AI agent learnt about its customer (services/ai/applyLeadAnswer.ts decides the fields). */
export interface LeadUpdate {
  /** Added to the score, clamped to 0–100 in the statement; 0 leaves it as it is (also unscored). */
  delta: number;
  /** Custom fields to set, by name (case ignored): a field the contact has gets the new value, a new one goes last. */
  fields: CustomField[];
  /** The name the customer gave: it replaces the placeholder name (the number) only, otherwise it goes to the field `nameField`. */
  name: string | null;
  nameField: string;
  /** An address that passed the API's e-mail rule: it fills an empty e-mail; a different one goes to the field `emailField`. */
  email: string | null;
  emailField: string;
}

/**
 * The contact's custom fields with `wanted` (SQL rows name, value, pos) merged in: same order, values
 * replaced by name ignoring case, new ones appended while the contact has fewer than `max` fields. Plain
 * correlated subqueries, no WITH: PostgreSQL re-evaluates these on the newest row version after waiting for a
 * concurrent writer, which it does not do for a CTE's rows (measured: a CTE form lost fields under 12
 * concurrent updates).
 */
function mergedCustomFields(wanted: string, max: number): string {
  const current = `(CASE WHEN jsonb_typeof(c."extraInfo") = 'array' THEN c."extraInfo" ELSE '[]'::jsonb END)`;
  return `(SELECT COALESCE(jsonb_agg(m.item ORDER BY m.ord), '[]'::jsonb) FROM (
       SELECT CASE WHEN w.name IS NULL THEN cur.f ELSE jsonb_set(cur.f, '{value}', to_jsonb(w.value)) END AS item, cur.i AS ord
       FROM jsonb_array_elements(${current}) WITH ORDINALITY AS cur(f, i) LEFT JOIN (${wanted}) w ON lower(w.name) = lower(cur.f->>'name')
       UNION ALL
       SELECT jsonb_build_object('name', a.name, 'value', a.value), 1000000 + a.n FROM (
         SELECT w.name, w.value, row_number() OVER (ORDER BY w.pos) AS n FROM (${wanted}) w
         WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(${current}) AS have(f) WHERE lower(have.f->>'name') = lower(w.name))) a
       WHERE jsonb_array_length(${current}) + a.n <= ${max}
     ) m)`;
}

/**
 * Applies what one AI answer learnt about the customer, in ONE statement on the row as it is when the update
 * runs: two turns of the same contact (two tickets, two connections) committing at once both count, and an
 * attendant's edit in between is kept — each expression reads the latest row version, PostgreSQL re-evaluating
 * them after waiting for a concurrent writer. The score moves by the delta, clamped to 0–100 here (an unscored
 * contact starts from 0); fields are merged by name. Answers the row when something changed, nothing otherwise
 * (a model repeating what it knew changes nothing and announces nothing).
 */
export function applyLeadToContact(transaction: Transaction, companyId: number, contactId: number, lead: LeadUpdate): Promise<ContactRow | undefined> {
  const wanted = `SELECT e->>'name' AS name, e->>'value' AS value, i AS pos FROM jsonb_array_elements(:fields::jsonb) WITH ORDINALITY AS g(e, i)
    UNION ALL SELECT :nameField, :name, 1000 WHERE :name::text IS NOT NULL AND c.name <> c.number AND lower(c.name) <> lower(:name)
    UNION ALL SELECT :emailField, :email, 1001 WHERE :email::text IS NOT NULL AND c.email IS NOT NULL AND lower(c.email) <> lower(:email)`;
  const next = {
    score: `CASE WHEN :delta = 0 THEN c."leadScore" ELSE LEAST(100, GREATEST(0, COALESCE(c."leadScore", 0) + :delta)) END`,
    extraInfo: mergedCustomFields(wanted, CONTACT_LIMITS.customFields),
    // The placeholder name is the number (no push name, nobody typed one): the name the customer gave is better.
    name: `CASE WHEN :name::text IS NOT NULL AND c.name = c.number THEN :name ELSE c.name END`,
    email: `COALESCE(c.email, :email)`,
  };
  return one<ContactRow>(
    `UPDATE "Contacts" c SET "leadScore" = ${next.score}, "extraInfo" = ${next.extraInfo}, name = ${next.name}, email = ${next.email}, "updatedAt" = now()
     WHERE c.id = :contactId AND c."companyId" = :companyId
       AND (c."leadScore", c."extraInfo", c.name, c.email) IS DISTINCT FROM (${next.score}, ${next.extraInfo}, ${next.name}, ${next.email})
     RETURNING ${CONTACT_COLUMNS}`,
    { ...lead, fields: JSON.stringify(lead.fields), companyId, contactId },
    { transaction },
  );
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
