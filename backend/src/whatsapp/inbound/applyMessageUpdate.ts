import { updateTargetMessage } from '../../db/inbound/updates.js';
import type { MessageRow } from '../../db/messages.js';
import type { InboundEvent } from './toInboundMessage.js';

type UpdateEvent = Exclude<InboundEvent, { kind: 'message' }>;

/**
 * Edits, deletes for everyone and reactions change the row of the message they target (db/inbound/updates.ts);
 * a redelivery, or an older change arriving late, matches nothing and returns null: no event.
 */
export async function applyMessageUpdate(target: { companyId: number; whatsappId: number }, event: UpdateEvent): Promise<MessageRow | null> {
  const { chat } = event;
  const row = await updateTargetMessage(event.kind, {
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
  });
  return row ?? null;
}
