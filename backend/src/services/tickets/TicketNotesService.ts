import type { TicketNoteView } from '@atende/contract';
import { deleteTicketNote as deleteNote, insertTicketNote, selectTicketNotes, ticketNoteAuthor } from '../../db/ticketNotes.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import type { UserRecord } from '../../db/users.js';
import { presentTicketNote } from '../../presenters/ticketNote.js';
import { seesEverything } from './ticketVisibility.js';
import { visibleTicket } from './visibleTicket.js';

/** Internal notes: written by attendants for each other, never sent to the customer. */
export async function listTicketNotes({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketNoteView[]> {
  await visibleTicket(actor, ticketId);
  return (await selectTicketNotes(ticketId)).map(presentTicketNote);
}

export async function addTicketNote({ actor, ticketId, body }: { actor: UserRecord; ticketId: number; body: string }): Promise<TicketNoteView> {
  const ticket = await visibleTicket(actor, ticketId);
  const note = presentTicketNote(await insertTicketNote({ companyId: ticket.companyId, ticketId, userId: actor.id, userName: actor.name, body }));
  domainEvents.publish('ticket.noteAdded', { companyId: ticket.companyId, ticketId, note });
  return note;
}

/** The author removes their note; a supervisor may remove any. */
export async function deleteTicketNote({ actor, ticketId, noteId }: { actor: UserRecord; ticketId: number; noteId: number }): Promise<void> {
  await visibleTicket(actor, ticketId);
  const note = await ticketNoteAuthor(ticketId, noteId);
  if (!note) throw AppError.notFound('ERR_NOTE_NOT_FOUND', 'Note not found');
  if (note.userId !== actor.id && !seesEverything(actor)) throw AppError.forbidden();
  await deleteNote(noteId);
}
