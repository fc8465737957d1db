import { deleteCloseReasonRow } from '../../db/closeReasons.js';
import { AppError } from '../../errors/AppError.js';

/** The tickets closed with it keep no reason (ON DELETE SET NULL): the dashboard counts them as "no reason". */
export async function deleteCloseReason({ companyId, id }: { companyId: number; id: number }): Promise<void> {
  if (!(await deleteCloseReasonRow(companyId, id))) throw AppError.notFound('ERR_CLOSE_REASON_NOT_FOUND', 'Close reason not found');
}
