import type { Transaction } from 'sequelize';
import { one } from './sql.js';

// The contact a number reaches (the send API), by the company's number identity: either form of a Brazilian
// mobile is one person (contact_number_key, migration 0014).

export interface ContactOfNumber {
  id: number;
  name: string;
  number: string;
  isGroup: boolean;
  /** Made by this statement (the number was unknown). */
  created: boolean;
}

/**
 * The company's contact with this number, made when unknown (named by its number until WhatsApp tells a push
 * name), and locked either way: sends to one contact — and the inbound path, which upserts the contact first
 * too — take their turns, so two of them never both open a ticket. A known contact keeps its number as stored
 * (WhatsApp's form wins: replies reach them).
 */
export async function lockContactOfNumber(transaction: Transaction, companyId: number, number: string): Promise<ContactOfNumber> {
  const contact = await one<ContactOfNumber>(
    `INSERT INTO "Contacts" ("companyId", name, number) VALUES (:companyId, :number, :number)
     ON CONFLICT ("companyId", contact_number_key(number)) DO UPDATE SET number = "Contacts".number
     RETURNING id, name, number, "isGroup", (xmax = 0) AS created`,
    { companyId, number },
    { transaction },
  );
  return contact!;
}

/** The company's contact with this number (either form of a Brazilian mobile), without making one. */
export async function contactIdOfNumber(companyId: number, number: string, transaction?: Transaction): Promise<number | undefined> {
  const row = await one<{ id: number }>(
    `SELECT id FROM "Contacts" WHERE "companyId" = :companyId AND contact_number_key(number) = contact_number_key(:number)`,
    { companyId, number },
    { transaction },
  );
  return row?.id;
}
