import { insertCloseReason, isCloseReasonNameTaken, type CloseReasonRecord } from '../../db/closeReasons.js';
import { closeReasonNameInUse } from './findCloseReasonInCompany.js';

export async function createCloseReason({ companyId, name }: { companyId: number; name: string }): Promise<CloseReasonRecord> {
  try {
    return await insertCloseReason(companyId, name);
  } catch (err) {
    if (isCloseReasonNameTaken(err)) throw closeReasonNameInUse();
    throw err;
  }
}
