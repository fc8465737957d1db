import { ctx } from '../../context.js';
import { countTagsOfCompany, replaceTicketTags } from '../../db/ticketTags.js';
import type { TicketRow } from '../../db/tickets.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import type { UserRecord } from '../../db/users.js';
import { loadTicket } from './loadTicket.js';
import { visibleTicket } from './visibleTicket.js';

/**
 * Replaces the ticket's tags; every tag must be the company's, or nothing changes. Those who see the ticket
 * hear it (`ticket.updated`, same place as before) so cards and tag filters follow at once.
 */
export async function setTicketTags({
  actor,
  ticketId,
  tagIds,
}: {
  actor: UserRecord;
  ticketId: number;
  tagIds: number[];
}): Promise<{ tagIds: number[]; ticket: TicketRow }> {
  const { sequelize } = ctx();
  await visibleTicket(actor, ticketId);
  const unique = [...new Set(tagIds)];
  return sequelize.transaction(async (transaction) => {
    if (unique.length > 0 && (await countTagsOfCompany(transaction, actor.companyId, unique)) !== unique.length) {
      throw AppError.notFound('ERR_TAG_NOT_FOUND', 'Tag not found');
    }
    await replaceTicketTags(transaction, ticketId, unique);
    const ticket = await loadTicket(actor.companyId, ticketId, { transaction });
    domainEvents.publishAfterCommit(transaction, 'ticket.updated', {
      companyId: actor.companyId,
      ticket,
      previous: { status: ticket.status, userId: ticket.userId, queueId: ticket.queueId, botActive: ticket.botActive },
    });
    return { tagIds: unique.sort((a, b) => a - b), ticket };
  });
}
