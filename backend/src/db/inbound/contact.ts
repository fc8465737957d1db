import type { Transaction } from 'sequelize';
import { exec, many, one } from '../sql.js';
import type { InboundColumns } from './message.js';

// The inbound path's contact statements: the contact a message comes from (created or brought up to date),
// a LID's phone number, and the once-a-day profile picture.

/**
 * The message's contact, by either form of a Brazilian mobile number: created, or given WhatsApp's form of
 * the number (so replies reach them), its LID, and a push name in place of the placeholder.
 */
export async function upsertInboundContact(
  transaction: Transaction,
  columns: InboundColumns,
): Promise<{ id: number; name: string; number: string; blocked: boolean }> {
  const contact = await one<{ id: number; name: string; number: string; blocked: boolean }>(
    `INSERT INTO "Contacts" ("companyId", name, number, lid) VALUES (:companyId, COALESCE(:pushName, :number), :number, :lid)
       -- the same person by either form of a Brazilian mobile; WhatsApp's form wins, so replies reach them
       ON CONFLICT ("companyId", contact_number_key(number)) DO UPDATE SET
         number = EXCLUDED.number,
         lid = COALESCE(EXCLUDED.lid, "Contacts".lid),
         -- a push name replaces only the placeholder (the number), never a name someone typed in Atende
         name = CASE WHEN "Contacts".name = "Contacts".number AND :pushName::text IS NOT NULL THEN :pushName ELSE "Contacts".name END,
         "updatedAt" = now()
       RETURNING id, name, number, "blockedAt" IS NOT NULL AS blocked`,
    columns,
    { transaction },
  );
  return contact!;
}

/** A message of a blocked contact was dropped: counted (the customer's own only), so the contacts page shows they still write. */
export async function countBlockedMessage(contactId: number, fromMe: boolean, transaction?: Transaction): Promise<void> {
  if (fromMe) return;
  await exec(`UPDATE "Contacts" SET "blockedMessages" = "blockedMessages" + 1, "lastBlockedAt" = now() WHERE id = :contactId`, { contactId }, { transaction });
}

/** The number of the company's contact known by this LID. */
export async function numberOfLid(companyId: number, lid: string): Promise<string | undefined> {
  return (await one<{ number: string }>(`SELECT number FROM "Contacts" WHERE "companyId" = :companyId AND lid = :lid LIMIT 1`, { companyId, lid }))?.number;
}

/** Claims today's profile picture lookup for the contact (fetched-at moved first): false when it was done within a day. */
export async function claimProfilePictureLookup(contactId: number): Promise<boolean> {
  const claimed = await many(
    `UPDATE "Contacts" SET "profilePicFetchedAt" = now()
     WHERE id = :contactId AND ("profilePicFetchedAt" IS NULL OR "profilePicFetchedAt" < now() - interval '1 day')
     RETURNING id`,
    { contactId },
  );
  return claimed.length > 0;
}

export async function setProfilePicture(contactId: number, url: string | null): Promise<void> {
  await exec(`UPDATE "Contacts" SET "profilePicUrl" = :url WHERE id = :contactId`, { contactId, url });
}
