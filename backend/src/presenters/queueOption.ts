import type { QueueOptionRecord } from '../db/queueOptions.js';

/** An option of a queue's menu as the API shows it. */
export interface QueueOptionView {
  id: number;
  queueId: number;
  /** null: on the menu's first level. */
  parentId: number | null;
  title: string;
  message: string | null;
  targetQueueId: number | null;
  targetUserId: number | null;
  position: number;
}

export function presentQueueOption(option: QueueOptionRecord): QueueOptionView {
  return {
    id: option.id,
    queueId: option.queueId,
    parentId: option.parentId,
    title: option.title,
    message: option.message,
    targetQueueId: option.targetQueueId,
    targetUserId: option.targetUserId,
    position: option.position,
  };
}
