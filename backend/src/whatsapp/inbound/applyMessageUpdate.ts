import { QueryTypes, type Sequelize } from 'sequelize';
import type { MessageRow } from '../../presenters/message.js';
import { messageColumns } from './messageColumns.js';
import type { InboundEvent } from './toInboundMessage.js';

type UpdateEvent = Exclude<InboundEvent, { kind: 'message' }>;

// The target must be in the same chat (same connection and contact): a message id from another chat is
// never touched, whatever a sender puts in the key.
const TARGET = `"whatsappId" = :whatsappId AND wid = :targetWid
  AND "contactId" = (SELECT id FROM "Contacts" WHERE "companyId" = :companyId AND number = :number)`;

/**
 * Edits, deletes for everyone and reactions change the row of the message they target; they never add
 * rows. Each UPDATE carries its own idempotency condition, so a redelivery (or an older change arriving
 * late) matches nothing and returns null: no event.
 */
const SQL: Record<UpdateEvent['kind'], string> = {
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

export async function applyMessageUpdate(
  sequelize: Sequelize,
  target: { companyId: number; whatsappId: number },
  event: UpdateEvent,
): Promise<MessageRow | null> {
  const { chat } = event;
  const replacements = {
    ...target,
    targetWid: event.targetWid,
    number: chat.number,
    fromMe: chat.fromMe,
    body: event.kind === 'edit' ? event.body : null,
    editedAt: event.kind === 'edit' ? event.editedAt : null,
    // This account's reactions (from the phone or Atende) are one sender, "me"; a contact's is its number.
    sender: chat.fromMe ? 'me' : chat.number,
    emoji: event.kind === 'reaction' ? event.emoji : null,
    at: event.kind === 'reaction' ? event.at : null,
  };
  const rows = await sequelize.query<MessageRow>(`${SQL[event.kind]} RETURNING ${messageColumns()}`, { replacements, type: QueryTypes.SELECT });
  return rows[0] ?? null;
}
