import { QueryTypes, type Sequelize } from 'sequelize';
import type { MessageRow } from '../../presenters/message.js';
import { insertInboundMessage, MOVED_TICKET_COLUMNS, TICKET_MOVED_BY_MESSAGE } from './inboundStatements.js';
import { messageColumns } from './messageColumns.js';
import type { SavedRows } from './saveInboundMessage.js';
import type { InboundMessage } from './toInboundMessage.js';

/** The inbound message's columns as bound to the statements (saveInboundMessage builds them). */
export type InboundColumns = Record<string, unknown> &
  Pick<InboundMessage, 'wid' | 'number' | 'lid' | 'pushName' | 'fromMe'> & { companyId: number; whatsappId: number };

/**
 * Most inbound messages continue a conversation already going on: a known contact with nothing new to record,
 * and an active ticket on this connection. They need no transaction of four steps but one read (is it a
 * redelivery? who is it? which ticket?) and one statement that inserts the message and moves the ticket, which
 * is atomic by itself. Anything else (new contact, a push name or LID to record, no active ticket, the ticket
 * closed since the read, a redelivery racing in) answers `undefined`, and the caller takes the full path.
 */
export async function saveToActiveTicket(sequelize: Sequelize, columns: InboundColumns, preview: string): Promise<SavedRows | null | undefined> {
  const [seen] = await sequelize.query<{ known: boolean; contactId: number | null; name: string; number: string; lid: string | null; ticketId: number | null }>(
    `SELECT EXISTS (SELECT 1 FROM "Messages" WHERE "whatsappId" = :whatsappId AND wid = :wid) AS known,
       c.id AS "contactId", c.name, c.number, c.lid,
       (SELECT t.id FROM "Tickets" t
        WHERE t."companyId" = :companyId AND t."contactId" = c.id AND t."whatsappId" = :whatsappId AND t.status <> 'closed') AS "ticketId"
     FROM (SELECT 1) one
     LEFT JOIN "Contacts" c ON c."companyId" = :companyId AND contact_number_key(c.number) = contact_number_key(:number)`,
    { replacements: columns, type: QueryTypes.SELECT },
  );
  if (seen?.known) return null; // a redelivery, or the echo of a reply Atende wrote before sending it
  if (!seen?.contactId || !seen.ticketId) return undefined;
  // The contact upsert of the full path would change something: let it.
  const unchanged = seen.number === columns.number && (columns.lid === null || seen.lid === columns.lid) && !(seen.name === seen.number && columns.pushName);
  if (!unchanged) return undefined;

  const ticketAs = MOVED_TICKET_COLUMNS.map((c) => `ticket."${c}" AS "ticket.${c}"`).join(', ');
  const [row] = await sequelize.query<Record<string, unknown>>(
    `WITH message AS (
       ${insertInboundMessage(`FROM "Tickets" t WHERE t.id = :ticketId AND t.status <> 'closed'`)}
       RETURNING ${messageColumns()}
     ), ticket AS (
       UPDATE "Tickets" SET ${TICKET_MOVED_BY_MESSAGE}
       WHERE id = :ticketId AND EXISTS (SELECT 1 FROM message)
       RETURNING ${MOVED_TICKET_COLUMNS.map((c) => `"${c}"`).join(', ')}
     )
     SELECT message.*, ${ticketAs} FROM message, ticket`,
    { replacements: { ...columns, contactId: seen.contactId, ticketId: seen.ticketId, preview }, type: QueryTypes.SELECT },
  );
  if (!row) return undefined; // closed meanwhile, or stored by a redelivery that raced in: the full path decides
  const message: Record<string, unknown> = {};
  const ticket: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('ticket.')) ticket[key.slice('ticket.'.length)] = value;
    else message[key] = value;
  }
  return {
    contact: { id: seen.contactId, name: seen.name, number: seen.number },
    ticket: ticket as SavedRows['ticket'],
    message: message as unknown as MessageRow,
    ticketCreated: false,
  };
}
