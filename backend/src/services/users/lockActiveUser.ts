import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';

/**
 * Whether this user of the company is active, with their row share-locked until the transaction ends. A
 * deactivation or deletion locks the same row and returns the user's open tickets in its own transaction, so
 * a ticket given to the user here is either committed before it (and returned by it) or refused after it:
 * nobody who just left is handed a ticket that then stays stranded.
 */
export async function lockActiveUser(transaction: Transaction, companyId: number, userId: number): Promise<boolean> {
  const [row] = await ctx().sequelize.query<{ active: boolean }>(
    `SELECT active FROM "Users" WHERE id = :userId AND "companyId" = :companyId FOR SHARE`,
    { replacements: { userId, companyId }, type: QueryTypes.SELECT, transaction },
  );
  return row?.active === true;
}
