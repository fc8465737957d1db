import type { Transaction } from 'sequelize';
import { AppError } from '../../errors/AppError.js';
import { User } from '../../models/User.js';

/** A user of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findUserInCompany(companyId: number, userId: number, transaction?: Transaction, lock = false): Promise<User> {
  const user = await User.findOne({
    where: { id: userId, companyId },
    transaction,
    ...(lock && transaction ? { lock: transaction.LOCK.UPDATE } : {}),
  });
  if (!user) throw AppError.notFound('ERR_USER_NOT_FOUND', 'User not found');
  return user;
}
