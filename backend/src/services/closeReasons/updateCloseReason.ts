import { isCloseReasonNameTaken, renameCloseReason, type CloseReasonRecord } from '../../db/closeReasons.js';
import { AppError } from '../../errors/AppError.js';
import { closeReasonNameInUse } from './findCloseReasonInCompany.js';

/** A rename shows on every ticket closed with the reason, past ones included (they point at it). */
export async function updateCloseReason({ companyId, id, name }: { companyId: number; id: number; name: string }): Promise<CloseReasonRecord> {
  try {
    const reason = await renameCloseReason(companyId, id, name);
    if (!reason) throw AppError.notFound('ERR_CLOSE_REASON_NOT_FOUND', 'Close reason not found');
    return reason;
  } catch (err) {
    if (isCloseReasonNameTaken(err)) throw closeReasonNameInUse();
    throw err;
  }
}
