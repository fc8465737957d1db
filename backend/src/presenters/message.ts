import type { MediaStatus, MessageView, StructuredContent } from '@atende/contract';

/** A Messages row as read with `RETURNING *` / `SELECT *` (raw queries keep the hot paths lean). */
export interface MessageRow {
  id: number | string;
  companyId: number;
  ticketId: number;
  contactId: number | null;
  whatsappId: number | null;
  wid: string;
  fromMe: boolean;
  body: string;
  mediaType: string;
  mediaPath: string | null;
  mediaStatus?: string | null;
  mimetype?: string | null;
  fileName?: string | null;
  mediaSize?: number | string | null;
  content?: unknown;
  reactions?: Record<string, { emoji: string; at: number }> | null;
  ack: number;
  quotedMsgId: number | string | null;
  isDeleted: boolean;
  /** Sent by Atende itself (greeting, menu, out-of-hours notice, farewell), not typed by anyone. */
  automatic?: boolean;
  editedAt: Date | string | null;
  sentAt: Date | string;
  createdAt: Date | string;
  updatedAt: Date | string;
  [column: string]: unknown;
}

/** What every message event and list carries; rows read partially still present correctly. */
export type PresentableMessage = Partial<MessageRow> & Pick<MessageRow, 'id' | 'ticketId' | 'wid' | 'fromMe' | 'body' | 'mediaType' | 'ack' | 'sentAt'>;

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

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
    editedAt: row.editedAt ? iso(row.editedAt) : null,
    sentAt: iso(row.sentAt),
  };
}
