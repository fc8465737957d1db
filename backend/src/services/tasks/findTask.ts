import type { TaskRow } from '../../db/tasks.js';
import type { UserRecord } from '../../db/users.js';
import { visibleTask } from './taskAccess.js';

export function findTask(actor: UserRecord, id: number): Promise<TaskRow> {
  return visibleTask(actor, id);
}
