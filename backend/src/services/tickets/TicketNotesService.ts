import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import type { UserRecord } from '../../db/users.js';
import { seesEverything } from './ticketVisibility.js';
import { visibleTicket } from './visibleTicket.js';

export interface TicketNote {
  id: number;
  ticketId: number;
  userId: number | null;
  userName: string | null;
  body: string;
  createdAt: string;
}

interface NoteRow extends Omit<TicketNote, 'createdAt'> {
  createdAt: Date;
}

const present = (r: NoteRow): TicketNote => ({ ...r, createdAt: new Date(r.createdAt).toISOString() });

/** Internal notes: written by attendants for each other, never sent to the customer. */
export async function listTicketNotes({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketNote[]> {
  await visibleTicket(actor, ticketId);
  const rows = await ctx().sequelize.query<NoteRow>(
    `SELECT n.id, n."ticketId", n."userId", u.name AS "userName", n.body, n."createdAt"
     FROM "TicketNotes" n LEFT JOIN "Users" u ON u.id = n."userId" WHERE n."ticketId" = :ticketId ORDER BY n.id`,
    { replacements: { ticketId }, type: QueryTypes.SELECT },
  );
  return rows.map(present);
}

export async function addTicketNote({ actor, ticketId, body }: { actor: UserRecord; ticketId: number; body: string }): Promise<TicketNote> {
  const ticket = await visibleTicket(actor, ticketId);
  const [row] = await ctx().sequelize.query<NoteRow>(
    `INSERT INTO "TicketNotes" ("companyId", "ticketId", "userId", body) VALUES (:companyId, :ticketId, :userId, :body)
     RETURNING id, "ticketId", "userId", :userName AS "userName", body, "createdAt"`,
    { replacements: { companyId: ticket.companyId, ticketId, userId: actor.id, userName: actor.name, body }, type: QueryTypes.SELECT },
  );
  const note = present(row!);
  domainEvents.publish('ticket.noteAdded', { companyId: ticket.companyId, ticketId, note });
  return note;
}

/** The author removes their note; a supervisor may remove any. */
export async function deleteTicketNote({ actor, ticketId, noteId }: { actor: UserRecord; ticketId: number; noteId: number }): Promise<void> {
  await visibleTicket(actor, ticketId);
  const [note] = await ctx().sequelize.query<{ userId: number | null }>(
    `SELECT "userId" FROM "TicketNotes" WHERE id = :noteId AND "ticketId" = :ticketId`,
    { replacements: { noteId, ticketId }, type: QueryTypes.SELECT },
  );
  if (!note) throw AppError.notFound('ERR_NOTE_NOT_FOUND', 'Note not found');
  if (note.userId !== actor.id && !seesEverything(actor)) throw AppError.forbidden();
  await ctx().sequelize.query(`DELETE FROM "TicketNotes" WHERE id = :noteId`, { replacements: { noteId } });
}
