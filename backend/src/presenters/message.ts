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
  ack: number;
  quotedMsgId: number | string | null;
  isDeleted: boolean;
  editedAt: Date | string | null;
  sentAt: Date | string;
  createdAt: Date | string;
  updatedAt: Date | string;
  [column: string]: unknown;
}

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
  ack: number;
  quotedMsgId: number | null;
  isDeleted: boolean;
  editedAt: string | null;
  sentAt: string;
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

export function presentMessage(row: MessageRow): MessageView {
  return {
    id: Number(row.id),
    ticketId: row.ticketId,
    contactId: row.contactId,
    wid: row.wid,
    fromMe: row.fromMe,
    body: row.isDeleted ? '' : row.body,
    mediaType: row.mediaType,
    hasMedia: row.mediaPath !== null,
    ack: row.ack,
    quotedMsgId: row.quotedMsgId === null ? null : Number(row.quotedMsgId),
    isDeleted: row.isDeleted,
    editedAt: row.editedAt ? iso(row.editedAt) : null,
    sentAt: iso(row.sentAt),
  };
}
