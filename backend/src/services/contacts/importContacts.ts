import type { ImportReport, ImportRowReport as RowReport } from '@atende/contract';
import type { Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { addContactListItems } from '../../db/contactLists.js';
import { contactIdsByNumberKey, insertImportedContacts, linkContactTagsByName } from '../../db/contactsCsv.js';
import { existingTagNames, insertTagsByName } from '../../db/tags.js';
import { domainEvents } from '../../events/bus.js';
import { findContactListInCompany } from '../contactLists/findContactListInCompany.js';
import { readImportRows, type ImportRow } from './csv/readImportRows.js';

export interface ImportContactsInput {
  companyId: number;
  /** The file as uploaded; decoded here (UTF-8, or Windows-1252 as older Excel saves CSV). */
  file: Buffer;
  dryRun: boolean;
  /** A contact list (the company's, 404 otherwise) that every imported row, and every row matching a stored contact, joins. */
  contactListId?: number;
}

function decode(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('windows-1252').decode(file);
  }
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
  const known = await existingTagNames(
    companyId,
    names.map((n) => n.toLowerCase()),
    transaction,
  );
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
export async function importContacts({ companyId, file, dryRun, contactListId }: ImportContactsInput): Promise<ImportReport> {
  if (contactListId !== undefined) await findContactListInCompany(companyId, contactListId);
  const rows = readImportRows(decode(file));
  const tagNamesOf = (reports: RowReport[]) => {
    const okRows = new Set(reports.filter((r) => r.status === 'ok').map((r) => r.row));
    return rows.filter((r) => okRows.has(r.row)).flatMap((r) => r.tags);
  };
  if (dryRun) {
    const reports = classify(
      rows,
      await contactIdsByNumberKey(
        companyId,
        rows.map((r) => r.number),
      ),
    );
    return summarise(true, reports, await missingTags(companyId, tagNamesOf(reports)), 0);
  }
  const report = await ctx().sequelize.transaction(async (transaction) => {
    const reports = classify(
      rows,
      await contactIdsByNumberKey(
        companyId,
        rows.map((r) => r.number),
        transaction,
      ),
    );
    const okRows = new Set(reports.filter((rep) => rep.status === 'ok').map((rep) => rep.row));
    const good = rows.filter((r) => okRows.has(r.row));
    const newTags = await missingTags(companyId, tagNamesOf(reports), transaction);
    // A contact created meanwhile by a message or a colleague wins: its row becomes a duplicate below.
    const idOf = await insertImportedContacts(transaction, companyId, good);
    const taken =
      idOf.size < good.length
        ? await contactIdsByNumberKey(
            companyId,
            good.map((r) => r.number),
            transaction,
          )
        : new Map<string, number>();
    const final = reports.map((rep): RowReport => {
      if (rep.status !== 'ok') return rep;
      const contactId = idOf.get(rep.number);
      return contactId !== undefined ? { ...rep, contactId } : { ...rep, status: 'duplicate', duplicateOf: { contactId: taken.get(rep.number)! } };
    });
    await linkTags(companyId, good, idOf, newTags, transaction);
    if (contactListId !== undefined) await fillList(companyId, contactListId, final, transaction);
    domainEvents.publishAfterCommit(transaction, 'contact.imported', { companyId, count: idOf.size });
    return summarise(false, final, newTags, idOf.size);
  });
  return report;
}

async function linkTags(companyId: number, good: ImportRow[], idOf: Map<string, number>, newTags: string[], transaction: Transaction): Promise<void> {
  if (newTags.length > 0) await insertTagsByName(transaction, companyId, newTags);
  const pairs = good.flatMap((r) => (idOf.has(r.number) ? r.tags.map((t) => ({ contactId: idOf.get(r.number)!, tagName: t.toLowerCase() })) : []));
  await linkContactTagsByName(transaction, companyId, pairs);
}

/** The list gets every contact the file names: the ones just created and the stored ones rows matched. */
async function fillList(companyId: number, contactListId: number, reports: RowReport[], transaction: Transaction): Promise<void> {
  const ids = reports.flatMap((r) => {
    if (r.status === 'ok') return r.contactId === undefined ? [] : [r.contactId];
    if (r.status === 'duplicate' && 'contactId' in r.duplicateOf) return [r.duplicateOf.contactId];
    return [];
  });
  await findContactListInCompany(companyId, contactListId, { transaction, lock: true });
  if ((await addContactListItems(transaction, contactListId, companyId, [...new Set(ids)], [])) > 0)
    domainEvents.publishAfterCommit(transaction, 'contactList.changed', { companyId, action: 'updated', contactListId });
}
