import type { TicketNoteView } from '@atende/contract';

/** A note as the API answers it and the `ticket` event carries it (with its author's name). */
export function presentTicketNote(row: Omit<TicketNoteView, 'createdAt'> & { createdAt: Date | string }): TicketNoteView {
  return {
    id: row.id,
    ticketId: row.ticketId,
    userId: row.userId,
    userName: row.userName,
    body: row.body,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
