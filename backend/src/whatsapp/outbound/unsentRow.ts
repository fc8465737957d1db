import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

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
}

// Still to send: written by Atende on this connection, not sent yet (ack 0), not withdrawn.
const UNSENT = `m.id = :messageId AND m."whatsappId" = :whatsappId AND m."fromMe" AND m.ack = 0 AND NOT m."isDeleted"`;

/** Whether the reply still waits to be sent (a cheap look, before waiting for the connection). */
export async function isUnsent(sequelize: Sequelize, whatsappId: number, messageId: string): Promise<boolean> {
  const rows = await sequelize.query(`SELECT 1 FROM "Messages" m WHERE ${UNSENT}`, {
    replacements: { messageId, whatsappId },
    type: QueryTypes.SELECT,
  });
  return rows.length > 0;
}

/**
 * The reply as it stands now, locked until `transaction` ends — the same row lock an edit or a delete takes
 * (findOwnMessage) — or undefined when it was sent or withdrawn meanwhile.
 */
export async function lockUnsent(sequelize: Sequelize, transaction: Transaction, whatsappId: number, messageId: string): Promise<UnsentRow | undefined> {
  const [row] = await sequelize.query<UnsentRow>(
    `SELECT m.wid, m.body, m."mediaType", m."mediaPath", m.mimetype, m."fileName", c.number,
            q.wid AS "quotedWid", q."fromMe" AS "quotedFromMe", q.body AS "quotedBody"
     FROM "Messages" m JOIN "Tickets" t ON t.id = m."ticketId" JOIN "Contacts" c ON c.id = t."contactId"
     LEFT JOIN "Messages" q ON q.id = m."quotedMsgId"
     WHERE ${UNSENT} FOR UPDATE OF m`,
    { replacements: { messageId, whatsappId }, type: QueryTypes.SELECT, transaction },
  );
  return row;
}
