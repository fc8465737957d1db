import type { QueueOptionView } from '@atende/contract';
import type { QueueOptionRecord } from '../db/queueOptions.js';

/** A menu option as the admin's editor reads it: the chatbot's columns and its position among its siblings. */
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
