import type { Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { writeAutomaticMessage } from '../messages/writeAutomaticMessage.js';
import type { TicketRow } from '../../db/tickets.js';

/**
 * A message Atende sends by itself (menu, greeting, out-of-hours notice): rendered, written, then queued like
 * a reply. `onlyIf` runs in the same transaction first (e.g. claims "once per period"): false sends nothing,
 * and a failed write leaves the claim untaken.
 */
export async function botSend(ticket: TicketRow, template: string, onlyIf?: (transaction: Transaction) => Promise<boolean>): Promise<boolean> {
  const { sequelize, outbound } = ctx();
  const row = await sequelize.transaction(async (transaction) =>
    !onlyIf || (await onlyIf(transaction)) ? writeAutomaticMessage(transaction, ticket, template) : null,
  );
  if (!row) return false;
  outbound.enqueue(row.whatsappId!, row.id);
  return true;
}
