import type { TicketNoteView } from '@atende/contract';
import { selectTicketNotes } from '../../db/ticketNotes.js';
import type { UserRecord } from '../../db/users.js';
import { presentTicketNote } from '../../presenters/ticketNote.js';
import { visibleTicket } from './visibleTicket.js';

/** Internal notes: written by attendants for each other, never sent to the customer. */
export async function listTicketNotes({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketNoteView[]> {
  await visibleTicket(actor, ticketId);
  return (await selectTicketNotes(ticketId)).map(presentTicketNote);
}
