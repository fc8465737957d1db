import { ctx } from '../../context.js';
import { writeOutgoingMessage } from '../messages/writeOutgoingMessage.js';
import type { TicketRow } from '../../presenters/ticket.js';

/** A message Atende sends by itself (menu, greeting, out-of-hours notice): written, then queued like a reply. */
export async function botSend(ticket: TicketRow, body: string): Promise<void> {
  if (ticket.whatsappId === null || !body.trim()) return;
  const { sequelize, outbound } = ctx();
  const row = await sequelize.transaction((transaction) =>
    writeOutgoingMessage(
      transaction,
      { companyId: ticket.companyId, ticketId: ticket.id, contactId: ticket.contactId, contactName: ticket.contactName, number: ticket.contactNumber, whatsappId: ticket.whatsappId! },
      { body },
    ),
  );
  outbound.enqueue(ticket.whatsappId, row.id);
}
