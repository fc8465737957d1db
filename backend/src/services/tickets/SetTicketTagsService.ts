import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { User } from '../../models/User.js';
import { visibleTicket } from './visibleTicket.js';

/** Replaces the ticket's tags; every tag must be the company's, or nothing changes. */
export async function setTicketTags({ actor, ticketId, tagIds }: { actor: User; ticketId: number; tagIds: number[] }): Promise<number[]> {
  const { sequelize } = ctx();
  await visibleTicket(actor, ticketId);
  const unique = [...new Set(tagIds)];
  return sequelize.transaction(async (transaction) => {
    if (unique.length > 0) {
      const found = await sequelize.query<{ id: number }>(`SELECT id FROM "Tags" WHERE id IN (:ids) AND "companyId" = :companyId`, {
        replacements: { ids: unique, companyId: actor.companyId },
        type: QueryTypes.SELECT,
        transaction,
      });
      if (found.length !== unique.length) throw AppError.notFound('ERR_TAG_NOT_FOUND', 'Tag not found');
    }
    await sequelize.query(`DELETE FROM "TicketTags" WHERE "ticketId" = :ticketId`, { replacements: { ticketId }, transaction });
    for (const tagId of unique) {
      await sequelize.query(`INSERT INTO "TicketTags" ("ticketId", "tagId") VALUES (:ticketId, :tagId)`, { replacements: { ticketId, tagId }, transaction });
    }
    return unique.sort((a, b) => a - b);
  });
}
