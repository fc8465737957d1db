import { deleteQueueOptionRow } from '../../db/queueOptions.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';

/** Deletes an option of the company's menus; its sub-options go with it (ON DELETE CASCADE). */
export async function deleteQueueOption({ companyId, optionId }: { companyId: number; optionId: number }): Promise<void> {
  const deleted = await deleteQueueOptionRow(companyId, optionId);
  if (!deleted) throw AppError.notFound('ERR_QUEUE_OPTION_NOT_FOUND', 'Option not found');
  domainEvents.publish('queueOption.changed', { companyId, action: 'deleted', queueId: deleted.queueId, queueOptionId: optionId });
}
