import type { Transaction } from 'sequelize';
import { exists, many, one } from './sql.js';

// The replies waiting to be sent (written by Atende, ack 0, not withdrawn), as the outbound queue reads them.

/** A reply still to be sent, as the send needs it: its content, its contact's number, the message it quotes. */
export interface UnsentRow {
  wid: string;
  body: string;
  mediaType: string;
  mediaPath: string | null;
  mimetype: string | null;
  fileName: string | null;
  number: string;
  quotedWid: string | null;
  quotedFromMe: boolean | null;
  quotedBody: string | null;
  /** The attendant's name to sign it with; null: unsigned. */
  signature: string | null;
}

/** Every reply still unsent a few seconds after it was written (its queueing may have failed), oldest first. */
export function unsentMessages(): Promise<{ id: string; whatsappId: number }[]> {
  return many(
    `SELECT id, "whatsappId" FROM "Messages" WHERE "fromMe" AND ack = 0 AND NOT "isDeleted" AND "whatsappId" IS NOT NULL
       AND "createdAt" < now() - interval '5 seconds' ORDER BY id LIMIT 5000`,
  );
}

// Still to send: written by Atende on this connection, not sent yet (ack 0), not withdrawn.
const UNSENT = `m.id = :messageId AND m."whatsappId" = :whatsappId AND m."fromMe" AND m.ack = 0 AND NOT m."isDeleted"`;

/** Whether the reply still waits to be sent (a cheap look, before waiting for the connection). */
export function isUnsent(whatsappId: number, messageId: string): Promise<boolean> {
  return exists(`SELECT 1 FROM "Messages" m WHERE ${UNSENT}`, { messageId, whatsappId });
}

/**
 * The reply as it stands now, locked until `transaction` ends — the same row lock an edit or a delete takes
 * (lockMessageOfCompany) — or undefined when it was sent or withdrawn meanwhile.
 */
export function lockUnsent(transaction: Transaction, whatsappId: number, messageId: string): Promise<UnsentRow | undefined> {
  return one<UnsentRow>(
    `SELECT m.wid, m.body, m.signature, m."mediaType", m."mediaPath", m.mimetype, m."fileName", c.number,
            q.wid AS "quotedWid", q."fromMe" AS "quotedFromMe", q.body AS "quotedBody"
     FROM "Messages" m JOIN "Tickets" t ON t.id = m."ticketId" JOIN "Contacts" c ON c.id = t."contactId"
     LEFT JOIN "Messages" q ON q.id = m."quotedMsgId"
     WHERE ${UNSENT} FOR UPDATE OF m`,
    { messageId, whatsappId },
    { transaction },
  );
}
