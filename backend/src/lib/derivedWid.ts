import { createHash } from 'node:crypto';

/**
 * The WhatsApp id a message Atende writes on its own schedule goes out with, derived from the row it stands for
 * (a scheduled message, a campaign's shipping), in the form Baileys gives its own ids. Known before the message
 * exists: the unique (connection, wid) index refuses a second message for the same row, and WhatsApp recognises
 * a resend of it, whatever retried. `kind` keeps the ids of different tables apart.
 */
export function derivedWid(kind: 'scheduled' | 'campaign', id: number | string): string {
  return `3EB0${createHash('sha256').update(`atende-${kind}:${id}`).digest('hex').slice(0, 36).toUpperCase()}`;
}
