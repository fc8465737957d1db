import type { Transaction } from 'sequelize';
import * as users from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';

/** A user of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findUserInCompany(companyId: number, userId: number, transaction?: Transaction, lock = false): Promise<users.UserRecord> {
  const user = await users.findUserInCompany(companyId, userId, { transaction, lock });
  if (!user) throw AppError.notFound('ERR_USER_NOT_FOUND', 'User not found');
  return user;
}
