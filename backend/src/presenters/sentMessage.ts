import type { SentMessageView } from '@atende/contract';
import type { MessageRow } from '../db/messages.js';
import { iso } from '../db/sql.js';

/** A message sent through the send API, as its client tracks it. */
export function presentSentMessage(row: Pick<MessageRow, 'id' | 'ticketId' | 'contactId' | 'ack' | 'createdAt'>): SentMessageView {
  return { messageId: String(row.id), ticketId: row.ticketId, contactId: Number(row.contactId), ack: row.ack, createdAt: iso(row.createdAt) };
}
