import type { QueueOptionView } from '@atende/contract';
import type { QueueOption } from '../services/chatbot/queueOptions.js';

/** A menu option as the admin's editor reads it: the chatbot's columns and its position among its siblings. */
export function presentQueueOption(option: QueueOption & { position: number }): QueueOptionView {
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
