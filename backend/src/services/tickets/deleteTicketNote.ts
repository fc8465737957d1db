import { deleteTicketNote as deleteNote, ticketNoteAuthor } from '../../db/ticketNotes.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { seesEverything } from './ticketVisibility.js';
import { visibleTicket } from './visibleTicket.js';

/** The author removes their note; a supervisor may remove any. */
export async function deleteTicketNote({ actor, ticketId, noteId }: { actor: UserRecord; ticketId: number; noteId: number }): Promise<void> {
  await visibleTicket(actor, ticketId);
  const note = await ticketNoteAuthor(ticketId, noteId);
  if (!note) throw AppError.notFound('ERR_NOTE_NOT_FOUND', 'Note not found');
  if (note.userId !== actor.id && !seesEverything(actor)) throw AppError.forbidden();
  await deleteNote(noteId);
}
