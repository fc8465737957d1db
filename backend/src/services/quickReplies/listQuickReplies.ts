import { listQuickReplies as selectQuickReplies, type QuickReplyRow } from '../../db/quickReplies.js';

export interface ListQuickRepliesInput {
  companyId: number;
  /** Text typed after "/": matches the start of the shortcut, or anywhere in the message. */
  search?: string;
  /** The ticket's queue: company-wide replies plus this queue's. Omitted: every reply of the company. */
  queueId?: number;
}

/**
 * Quick replies by shortcut; within one shortcut a queue's own reply comes before the company-wide one,
 * since it is the more specific. A company keeps tens or hundreds of them, so no pagination.
 */
export function listQuickReplies({ companyId, search, queueId }: ListQuickRepliesInput): Promise<QuickReplyRow[]> {
  return selectQuickReplies({ companyId, queueId, term: search?.trim().replace(/^\//, '') });
}
