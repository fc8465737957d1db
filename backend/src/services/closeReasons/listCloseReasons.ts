import { selectCloseReasons, type CloseReasonRecord } from '../../db/closeReasons.js';

/** Everyone reads the list: attendants pick from it in the close dialog. */
export function listCloseReasons(companyId: number): Promise<CloseReasonRecord[]> {
  return selectCloseReasons(companyId);
}
