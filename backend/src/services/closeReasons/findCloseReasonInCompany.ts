import type { Transaction } from 'sequelize';
import { findCloseReason, type CloseReasonRecord } from '../../db/closeReasons.js';
import { AppError } from '../../errors/AppError.js';

/** A reason of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findCloseReasonInCompany(companyId: number, id: number, transaction?: Transaction): Promise<CloseReasonRecord> {
  const reason = await findCloseReason(companyId, id, transaction);
  if (!reason) throw AppError.notFound('ERR_CLOSE_REASON_NOT_FOUND', 'Close reason not found');
  return reason;
}

/** The unique index on (companyId, lower(name)) decides: "Spam" and "spam" are one reason. */
export const closeReasonNameInUse = () => AppError.conflict('ERR_CLOSE_REASON_NAME_IN_USE', 'Another close reason already has this name');
