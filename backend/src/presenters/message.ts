import type { MediaStatus, MessageView, StructuredContent } from '@atende/contract';
import type { MessageRow } from '../db/messages.js';
import { iso } from '../db/sql.js';

/** What every message event and list carries; rows read partially still present correctly. */
export type PresentableMessage = Partial<MessageRow> & Pick<MessageRow, 'id' | 'ticketId' | 'wid' | 'fromMe' | 'body' | 'mediaType' | 'ack' | 'sentAt'>;

export function presentMessage(row: PresentableMessage): MessageView {
  const id = Number(row.id);
  const deleted = row.isDeleted === true;
  const hasMedia = !deleted && (row.mediaPath ?? null) !== null;
  return {
    id,
    ticketId: row.ticketId,
    contactId: row.contactId ?? null,
    wid: row.wid,
    fromMe: row.fromMe,
    body: deleted ? '' : row.body,
    mediaType: row.mediaType,
    hasMedia,
    mediaUrl: hasMedia ? `/api/messages/${id}/media` : null,
    // The column's CHECK constraint admits only the contract's values.
    mediaStatus: (row.mediaStatus ?? null) as MediaStatus | null,
    mimetype: row.mimetype ?? null,
    fileName: row.fileName ?? null,
    mediaSize: row.mediaSize === null || row.mediaSize === undefined ? null : Number(row.mediaSize),
    // JSONB written by the inbound pipeline from its StructuredContent (whatsapp/inbound/messageContent.ts).
    content: deleted ? null : ((row.content ?? null) as StructuredContent | null),
    // Removed reactions are kept server-side as empty placeholders (so old redeliveries cannot revive them).
    reactions: Object.entries(row.reactions ?? {})
      .filter(([, r]) => r.emoji)
      .map(([sender, r]) => ({ sender, emoji: r.emoji })),
    ack: row.ack,
    quotedMsgId: row.quotedMsgId === null || row.quotedMsgId === undefined ? null : Number(row.quotedMsgId),
    isDeleted: deleted,
    automatic: row.automatic === true,
    fromAi: row.fromAi === true,
    userId: row.userId ?? null,
    userName: row.userName ?? null,
    signature: row.signature ?? null,
    transcript: deleted ? null : (row.transcript ?? null),
    editedAt: row.editedAt ? iso(row.editedAt) : null,
    sentAt: iso(row.sentAt),
  };
}
