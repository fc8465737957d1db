import { messageColumns, type MessageRow } from '../messages.js';
import { one } from '../sql.js';

// Edits, deletes for everyone and reactions change the row of the message they target; they never add rows.
// Each UPDATE carries its own idempotency condition, so a redelivery (or an older change arriving late)
// matches nothing.

export type MessageUpdateKind = 'edit' | 'revoke' | 'reaction';

// The target must be in the same chat (same connection and contact): a message id from another chat is
// never touched, whatever a sender puts in the key.
const TARGET = `"whatsappId" = :whatsappId AND wid = :targetWid
  AND "contactId" = (SELECT id FROM "Contacts" WHERE "companyId" = :companyId AND number = :number)`;

const SQL: Record<MessageUpdateKind, string> = {
  // Only the author edits or deletes: the contact their own messages, this account (phone or Atende) its own.
  edit: `UPDATE "Messages" SET body = :body, "editedAt" = :editedAt, "updatedAt" = now()
    WHERE ${TARGET} AND "fromMe" = :fromMe AND NOT "isDeleted" AND ("editedAt" IS NULL OR "editedAt" < :editedAt)`,
  revoke: `UPDATE "Messages" SET "isDeleted" = TRUE, "updatedAt" = now()
    WHERE ${TARGET} AND "fromMe" = :fromMe AND NOT "isDeleted"`,
  // One reaction per sender; a newer one replaces it, an empty one removes it (kept as a tombstone).
  reaction: `UPDATE "Messages" SET "updatedAt" = now(),
      reactions = jsonb_set(reactions, ARRAY[:sender]::text[], jsonb_build_object('emoji', :emoji::text, 'at', :at::bigint))
    WHERE ${TARGET} AND COALESCE((reactions -> :sender ->> 'at')::bigint, -1) < :at
      AND (reactions -> :sender ->> 'emoji') IS DISTINCT FROM :emoji`,
};

export interface MessageUpdate {
  companyId: number;
  whatsappId: number;
  targetWid: string;
  /** The chat's contact number, and whether this account (not the contact) made the change. */
  number: string;
  fromMe: boolean;
  body: string | null;
  editedAt: Date | null;
  /** "me" for this account, the number for a contact. */
  sender: string;
  emoji: string | null;
  at: number | null;
}

/** The target row as changed, or undefined when the change matched nothing (redelivered, outdated, not the author's). */
export function updateTargetMessage(kind: MessageUpdateKind, update: MessageUpdate): Promise<MessageRow | undefined> {
  return one<MessageRow>(`${SQL[kind]} RETURNING ${messageColumns()}`, { ...update });
}
