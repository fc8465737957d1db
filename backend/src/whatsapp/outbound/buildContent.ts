import type { AnyMessageContent } from '@whiskeysockets/baileys';

export interface OutgoingRow {
  body: string;
  mediaType: string;
  /** Absolute path of the stored file, for media messages. */
  file: string | null;
  mimetype: string | null;
  fileName: string | null;
}

/** What Baileys sends for a stored outgoing message. Media is streamed from disk by Baileys itself. */
export function buildContent(row: OutgoingRow): AnyMessageContent {
  if (!row.file) return { text: row.body };
  const url = { url: row.file };
  const caption = row.body || undefined;
  switch (row.mediaType) {
    case 'image':
      return { image: url, caption, mimetype: row.mimetype ?? undefined };
    case 'video':
      return { video: url, caption, mimetype: row.mimetype ?? undefined };
    case 'voice':
    case 'audio':
      return { audio: url, ptt: row.mediaType === 'voice', mimetype: row.mimetype ?? 'audio/ogg; codecs=opus' };
    default:
      return { document: url, fileName: row.fileName ?? 'arquivo', mimetype: row.mimetype ?? 'application/octet-stream', caption };
  }
}
