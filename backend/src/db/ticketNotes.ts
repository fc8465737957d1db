import type { Transaction } from 'sequelize';
import { exec, many, one } from './sql.js';

// TicketNotes: what attendants write on a ticket for each other (never sent to the customer).

export interface TicketNoteRow {
  id: number;
  ticketId: number;
  userId: number | null;
  /** The author's name as it is now (null once the user is deleted). */
  userName: string | null;
  body: string;
  createdAt: Date;
}

/** A ticket's notes, oldest first. */
export function selectTicketNotes(ticketId: number): Promise<TicketNoteRow[]> {
  return many<TicketNoteRow>(
    `SELECT n.id, n."ticketId", n."userId", u.name AS "userName", n.body, n."createdAt"
     FROM "TicketNotes" n LEFT JOIN "Users" u ON u.id = n."userId" WHERE n."ticketId" = :ticketId ORDER BY n.id`,
    { ticketId },
  );
}

/** A note by a user, or by Atende itself (userId and userName null: the AI agent's handoff summary). */
export async function insertTicketNote(
  note: { companyId: number; ticketId: number; userId: number | null; userName: string | null; body: string },
  transaction?: Transaction,
): Promise<TicketNoteRow> {
  const row = await one<TicketNoteRow>(
    `INSERT INTO "TicketNotes" ("companyId", "ticketId", "userId", body) VALUES (:companyId, :ticketId, :userId, :body)
     RETURNING id, "ticketId", "userId", :userName AS "userName", body, "createdAt"`,
    note,
    { transaction },
  );
  return row!;
}

/** Who wrote a note of this ticket (userId null: a deleted user); undefined when the ticket has no such note. */
export function ticketNoteAuthor(ticketId: number, noteId: number): Promise<{ userId: number | null } | undefined> {
  return one(`SELECT "userId" FROM "TicketNotes" WHERE id = :noteId AND "ticketId" = :ticketId`, { noteId, ticketId });
}

export async function deleteTicketNote(noteId: number): Promise<void> {
  await exec(`DELETE FROM "TicketNotes" WHERE id = :noteId`, { noteId });
}
