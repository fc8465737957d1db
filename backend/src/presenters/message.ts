import { iso } from '../db/sql.js';
import type { MessageRow } from '../db/messages.js';

/** What every message event and list carries; rows read partially still present correctly. */
export type PresentableMessage = Partial<MessageRow> & Pick<MessageRow, 'id' | 'ticketId' | 'wid' | 'fromMe' | 'body' | 'mediaType' | 'ack' | 'sentAt'>;

export interface MessageView {
  id: number;
  ticketId: number;
  contactId: number | null;
  wid: string;
  fromMe: boolean;
  /** Empty for a message deleted for everyone: the text is not shown again. */
  body: string;
  mediaType: string;
  hasMedia: boolean;
  /** Where the file is served (to users who may see the ticket), when the message has one. */
  mediaUrl: string | null;
  mediaStatus: string | null;
  mimetype: string | null;
  fileName: string | null;
  mediaSize: number | null;
  /** Structured content: a location, contact cards… (null for plain text and files). */
  content: unknown;
  reactions: { sender: string; emoji: string }[];
  ack: number;
  quotedMsgId: number | null;
  isDeleted: boolean;
  /** Sent by Atende itself (greeting, menu, out-of-hours notice, farewell), not typed by an attendant. */
  automatic: boolean;
  editedAt: string | null;
  sentAt: string;
}

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
    mediaStatus: row.mediaStatus ?? null,
    mimetype: row.mimetype ?? null,
    fileName: row.fileName ?? null,
    mediaSize: row.mediaSize === null || row.mediaSize === undefined ? null : Number(row.mediaSize),
    content: deleted ? null : (row.content ?? null),
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
