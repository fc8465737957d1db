import type { ImportReport, ImportRowReport as RowReport } from '@atende/contract';
import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import { readImportRows, type ImportRow } from './csv/readImportRows.js';

export interface ImportContactsInput {
  companyId: number;
  /** The file as uploaded; decoded here (UTF-8, or Windows-1252 as older Excel saves CSV). */
  file: Buffer;
  dryRun: boolean;
}


function decode(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('windows-1252').decode(file);
  }
}

async function existingNumbers(companyId: number, numbers: string[], transaction?: Transaction): Promise<Map<string, number>> {
  const rows = await ctx().sequelize.query<{ id: number; number: string }>(
    // Rows are in the canonical form, which is the key: a contact stored by WhatsApp's 8-digit form is found too.
    `SELECT id, contact_number_key(number) AS number FROM "Contacts" WHERE "companyId" = $1 AND contact_number_key(number) = ANY($2::text[])`,
    { bind: [companyId, numbers], type: QueryTypes.SELECT, transaction },
  );
  return new Map(rows.map((r) => [r.number, r.id]));
}

/** Classifies every row: malformed on its own, duplicate of an earlier row or of a stored contact, or ok. */
function classify(rows: ImportRow[], existing: Map<string, number>): RowReport[] {
  const firstRowOf = new Map<string, number>();
  return rows.map((r): RowReport => {
    const base = { row: r.row, name: r.name, number: r.number };
    if (r.problems.length > 0) return { ...base, status: 'malformed', problems: r.problems };
    const earlier = firstRowOf.get(r.number);
    if (earlier !== undefined) return { ...base, status: 'duplicate', duplicateOf: { row: earlier } };
    firstRowOf.set(r.number, r.row);
    const contactId = existing.get(r.number);
    if (contactId !== undefined) return { ...base, status: 'duplicate', duplicateOf: { contactId } };
    return { ...base, status: 'ok' };
  });
}

async function missingTags(companyId: number, names: string[], transaction?: Transaction): Promise<string[]> {
  const found = await ctx().sequelize.query<{ name: string }>(
    `SELECT lower(name) AS name FROM "Tags" WHERE "companyId" = $1 AND lower(name) = ANY($2::text[])`,
    { bind: [companyId, names.map((n) => n.toLowerCase())], type: QueryTypes.SELECT, transaction },
  );
  const known = new Set(found.map((t) => t.name));
  const seen = new Set<string>();
  return names.filter((n) => !known.has(n.toLowerCase()) && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

function summarise(dryRun: boolean, rows: RowReport[], newTags: string[], imported: number): ImportReport {
  const count = (status: RowReport['status']) => rows.filter((r) => r.status === status).length;
  return { dryRun, summary: { rows: rows.length, ok: count('ok'), duplicate: count('duplicate'), malformed: count('malformed'), imported }, newTags, rows };
}

/**
 * CSV import with a preview (dryRun) and an all-or-nothing commit: the good rows go in one transaction,
 * duplicates and malformed rows are skipped and reported, and any failure rolls the whole import back.
 */
export async function importContacts({ companyId, file, dryRun }: ImportContactsInput): Promise<ImportReport> {
  const rows = readImportRows(decode(file));
  const tagNamesOf = (reports: RowReport[]) => {
    const okRows = new Set(reports.filter((r) => r.status === 'ok').map((r) => r.row));
    return rows.filter((r) => okRows.has(r.row)).flatMap((r) => r.tags);
  };
  if (dryRun) {
    const reports = classify(rows, await existingNumbers(companyId, rows.map((r) => r.number)));
    return summarise(true, reports, await missingTags(companyId, tagNamesOf(reports)), 0);
  }
  const { sequelize } = ctx();
  const report = await sequelize.transaction(async (transaction) => {
    const reports = classify(rows, await existingNumbers(companyId, rows.map((r) => r.number), transaction));
    const okRows = new Set(reports.filter((rep) => rep.status === 'ok').map((rep) => rep.row));
    const good = rows.filter((r) => okRows.has(r.row));
    const newTags = await missingTags(companyId, tagNamesOf(reports), transaction);
    const inserted = await sequelize.query<{ id: number; number: string }>(
      // A contact created meanwhile by a message or a colleague wins: its row becomes a duplicate below.
      `INSERT INTO "Contacts" ("companyId", name, number, email, "extraInfo")
       SELECT $1, u.name, u.number, u.email, u.extra FROM unnest($2::text[], $3::text[], $4::text[], $5::jsonb[]) AS u(name, number, email, extra)
       ON CONFLICT ("companyId", contact_number_key(number)) DO NOTHING RETURNING id, number`,
      {
        bind: [companyId, good.map((r) => r.name), good.map((r) => r.number), good.map((r) => r.email), good.map((r) => JSON.stringify(r.extraInfo))],
        type: QueryTypes.SELECT,
        transaction,
      },
    );
    const idOf = new Map(inserted.map((c) => [c.number, c.id]));
    const taken = idOf.size < good.length ? await existingNumbers(companyId, good.map((r) => r.number), transaction) : new Map<string, number>();
    const final = reports.map((rep): RowReport => {
      if (rep.status !== 'ok') return rep;
      const contactId = idOf.get(rep.number);
      return contactId !== undefined ? { ...rep, contactId } : { ...rep, status: 'duplicate', duplicateOf: { contactId: taken.get(rep.number)! } };
    });
    await linkTags(companyId, good, idOf, newTags, transaction);
    domainEvents.publishAfterCommit(transaction, 'contact.imported', { companyId, count: idOf.size });
    return summarise(false, final, newTags, idOf.size);
  });
  return report;
}

async function linkTags(companyId: number, good: ImportRow[], idOf: Map<string, number>, newTags: string[], transaction: Transaction): Promise<void> {
  const { sequelize } = ctx();
  if (newTags.length > 0) {
    await sequelize.query(`INSERT INTO "Tags" ("companyId", name) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, {
      bind: [companyId, newTags],
      transaction,
    });
  }
  const pairs = good.flatMap((r) => (idOf.has(r.number) ? r.tags.map((t) => [idOf.get(r.number)!, t.toLowerCase()] as const) : []));
  if (pairs.length === 0) return;
  await sequelize.query(
    `INSERT INTO "ContactTags" ("contactId", "tagId")
     SELECT p.contact, t.id FROM unnest($2::int[], $3::text[]) AS p(contact, tag) JOIN "Tags" t ON t."companyId" = $1 AND lower(t.name) = p.tag
     ON CONFLICT DO NOTHING`,
    { bind: [companyId, pairs.map((p) => p[0]), pairs.map((p) => p[1])], transaction },
  );
}
