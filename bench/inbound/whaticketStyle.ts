// The Whaticket-style way of storing an inbound message, for comparison in the same run: check-then-create
// with separate statements and no transaction (find contact → create; find open ticket → create; find
// message → create; update the ticket), in tables that, like Whaticket's, have no "one open ticket per
// contact" constraint. It is deliberately kinder than Whaticket itself: raw SQL instead of model calls with
// includes, and no profile-picture update per message, so the ratio printed is a lower bound.
import { presentContactRef } from '../../backend/src/presenters/contact.js';
import { presentMessage } from '../../backend/src/presenters/message.js';
import { presentTicketSummary } from '../../backend/src/presenters/ticket.js';
import type { WAMessage } from '@whiskeysockets/baileys';
import { QueryTypes, type Sequelize } from 'sequelize';
import type { RealtimeServer } from '../../backend/src/realtime/io.js';
import { roomsFor, type TicketPlacement } from '../../backend/src/realtime/ticketAudience.js';
import type { InboundTarget } from '../../backend/src/whatsapp/inbound/InboundPipeline.js';
import type { SavedRows } from '../../backend/src/db/messages.js';
import type { InboundPath } from './drive.js';

export const WHATICKET_SCHEMA = 'whaticket';

/**
 * Same columns, defaults and lookup indexes as Atende's tables, in a schema of their own. Contacts keep a
 * unique number (Whaticket has one) and messages a unique id (Whaticket's primary key); tickets get a plain
 * index where Atende has its partial UNIQUE one.
 */
export async function createWhaticketTables(sequelize: Sequelize): Promise<void> {
  const s = WHATICKET_SCHEMA;
  await sequelize.query(`
    DROP SCHEMA IF EXISTS ${s} CASCADE;
    CREATE SCHEMA ${s};
    CREATE TABLE ${s}."Contacts" (LIKE public."Contacts" INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
    ALTER TABLE ${s}."Contacts" ADD PRIMARY KEY (id), ADD FOREIGN KEY ("companyId") REFERENCES public."Companies"(id);
    CREATE UNIQUE INDEX ON ${s}."Contacts" ("companyId", number);
    CREATE TABLE ${s}."Tickets" (LIKE public."Tickets" INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
    ALTER TABLE ${s}."Tickets" ADD PRIMARY KEY (id), ADD UNIQUE (uuid),
      ADD FOREIGN KEY ("companyId") REFERENCES public."Companies"(id),
      ADD FOREIGN KEY ("contactId") REFERENCES ${s}."Contacts"(id),
      ADD FOREIGN KEY ("whatsappId") REFERENCES public."Whatsapps"(id);
    CREATE INDEX ON ${s}."Tickets" ("companyId", "contactId", "whatsappId") WHERE status <> 'closed';
    CREATE INDEX ON ${s}."Tickets" ("companyId", status, "lastMessageAt" DESC, id DESC);
    CREATE TABLE ${s}."Messages" (LIKE public."Messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
    ALTER TABLE ${s}."Messages" ADD PRIMARY KEY (id),
      ADD FOREIGN KEY ("companyId") REFERENCES public."Companies"(id),
      ADD FOREIGN KEY ("ticketId") REFERENCES ${s}."Tickets"(id),
      ADD FOREIGN KEY ("contactId") REFERENCES ${s}."Contacts"(id),
      ADD FOREIGN KEY ("whatsappId") REFERENCES public."Whatsapps"(id);
    CREATE UNIQUE INDEX ON ${s}."Messages" ("whatsappId", wid);
    CREATE INDEX ON ${s}."Messages" ("ticketId", "sentAt" DESC, id DESC);
  `);
}

/** Whaticket's own mapping, reduced to what the synthetic traffic carries (plain texts from a phone number). */
function mapText(m: WAMessage) {
  const text = m.message?.conversation ?? m.message?.extendedTextMessage?.text;
  if (!m.key.id || !m.key.remoteJid?.endsWith('@s.whatsapp.net') || typeof text !== 'string') return null;
  const seconds = Number(m.messageTimestamp ?? 0);
  return {
    wid: m.key.id,
    number: m.key.remoteJid.split('@')[0]!,
    lid: null,
    fromMe: m.key.fromMe === true,
    pushName: m.pushName ?? null,
    body: text,
    mediaType: 'text',
    sentAt: seconds > 0 ? new Date(seconds * 1000) : new Date(),
  };
}

/**
 * The path's handler throws when a statement fails (Whaticket logs and drops the message). It emits itself,
 * as Whaticket does, but the way Atende's subscriber does: the ticket's placement read back, the same room
 * rule (`roomsFor`), the same event. (Publishing Atende's domain event instead would make Atende's
 * subscribers look these tickets up in Atende's own tables.)
 */
export function whaticketStylePath(sequelize: Sequelize, io: RealtimeServer): InboundPath {
  const s = WHATICKET_SCHEMA;
  let published = 0;
  const one = async <T extends object>(sql: string, replacements: Record<string, unknown>): Promise<T | undefined> =>
    (await sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT }))[0];

  const handle = async (target: InboundTarget, waMessage: WAMessage): Promise<void> => {
    const inbound = mapText(waMessage);
    if (!inbound) return;
    const base = { ...target, ...inbound };
    let contact = await one<SavedRows['contact']>(`SELECT id, name, number FROM ${s}."Contacts" WHERE "companyId" = :companyId AND number = :number`, base);
    contact ??= await one<SavedRows['contact']>(
      `INSERT INTO ${s}."Contacts" ("companyId", name, number, lid) VALUES (:companyId, COALESCE(:pushName, :number), :number, :lid) RETURNING id, name, number`,
      base,
    );
    const withContact = { ...base, contactId: contact!.id };
    let ticket = await one<{ id: number }>(
      `SELECT id FROM ${s}."Tickets" WHERE "companyId" = :companyId AND "contactId" = :contactId AND "whatsappId" = :whatsappId
       AND status IN ('open', 'pending') ORDER BY id DESC LIMIT 1`,
      withContact,
    );
    ticket ??= await one<{ id: number }>(
      `INSERT INTO ${s}."Tickets" ("companyId", "contactId", "whatsappId") VALUES (:companyId, :contactId, :whatsappId) RETURNING id`,
      withContact,
    );
    const existing = await one(`SELECT id FROM ${s}."Messages" WHERE "whatsappId" = :whatsappId AND wid = :wid`, base);
    if (existing) return;
    // RETURNING * (the tables are copies of Atende's): the emitted message has every column Atende's has.
    const message = await one<SavedRows['message']>(
      `INSERT INTO ${s}."Messages" ("companyId", "ticketId", "contactId", "whatsappId", wid, "fromMe", body, "mediaType", "sentAt")
       VALUES (:companyId, :ticketId, :contactId, :whatsappId, :wid, :fromMe, :body, :mediaType, :sentAt)
       RETURNING *`,
      { ...withContact, ticketId: ticket!.id },
    );
    const updated = await one<SavedRows['ticket']>(
      `UPDATE ${s}."Tickets" SET "unreadMessages" = "unreadMessages" + 1, "lastMessage" = :preview, "lastMessageAt" = :sentAt, "updatedAt" = now()
       WHERE id = :ticketId RETURNING id, uuid, status, "userId", "queueId", "unreadMessages", "lastMessage", "lastMessageAt"`,
      { ...base, ticketId: ticket!.id, preview: inbound.body.slice(0, 255) },
    );
    const placement = await one<TicketPlacement>(`SELECT "companyId", status, "userId", "queueId" FROM ${s}."Tickets" WHERE id = :ticketId`, {
      ticketId: ticket!.id,
    });
    io.to(await roomsFor(placement!)).emit('appMessage', {
      action: 'create',
      message: presentMessage(message!),
      ticket: presentTicketSummary(updated!),
      contact: presentContactRef(contact!),
    });
    published++;
  };
  return { name: 'whaticket-style', handle, published: () => published };
}
