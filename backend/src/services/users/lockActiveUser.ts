import type { Transaction } from 'sequelize';
import { userActiveForShare } from '../../db/users.js';

/**
 * Whether this user of the company is active, with their row share-locked until the transaction ends. A
 * deactivation or deletion locks the same row and returns the user's open tickets in its own transaction, so
 * a ticket given to the user here is either committed before it (and returned by it) or refused after it:
 * nobody who just left is handed a ticket that then stays stranded. `available`: also false while the user is
 * paused (setUserAvailability writes the same row, so a pause is likewise either seen here or comes after).
 */
export function lockActiveUser(transaction: Transaction, companyId: number, userId: number, options: { available?: boolean } = {}): Promise<boolean> {
  return userActiveForShare(transaction, companyId, userId, options);
}
