import type { ScheduledMessageView } from '@atende/contract';
import type { ScheduledMessageRow } from '../db/scheduledMessages.js';
import { iso } from '../db/sql.js';

export function presentScheduledMessage(row: ScheduledMessageRow): ScheduledMessageView {
  return {
    id: row.id,
    contact: { id: row.contactId, name: row.contactName, number: row.contactNumber },
    whatsapp: row.whatsappId === null ? null : { id: row.whatsappId, name: row.whatsappName ?? '' },
    user: row.userId === null ? null : { id: row.userId, name: row.userName ?? '' },
    body: row.body,
    sendAt: iso(row.sendAt),
    status: row.status,
    messageId: row.messageId === null ? null : Number(row.messageId),
    ticketId: row.ticketId,
    error: row.error,
    sentAt: iso(row.sentAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
