import type { TicketNoteView } from '@atende/contract';
import { insertTicketNote } from '../../db/ticketNotes.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { presentTicketNote } from '../../presenters/ticketNote.js';
import { visibleTicket } from './visibleTicket.js';

/** An internal note on a ticket the actor may see; everyone who sees the ticket gets it live. */
export async function addTicketNote({ actor, ticketId, body }: { actor: UserRecord; ticketId: number; body: string }): Promise<TicketNoteView> {
  const ticket = await visibleTicket(actor, ticketId);
  const note = presentTicketNote(await insertTicketNote({ companyId: ticket.companyId, ticketId, userId: actor.id, userName: actor.name, body }));
  domainEvents.publish('ticket.noteAdded', { companyId: ticket.companyId, ticketId, note });
  return note;
}
