import type { CloseReasonView } from '@atende/contract';
import type { CloseReasonRecord } from '../db/closeReasons.js';

export function presentCloseReason(reason: CloseReasonRecord): CloseReasonView {
  return { id: reason.id, name: reason.name, createdAt: new Date(reason.createdAt).toISOString(), updatedAt: new Date(reason.updatedAt).toISOString() };
}
