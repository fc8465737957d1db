import type { ContactPresenceEvent } from '@atende/contract';
import { jidNormalizedUser, type PresenceData, type WASocket } from '@whiskeysockets/baileys';
import { numberOfLid } from '../../db/inbound/contact.js';
import { activeTicketIdsOfNumber } from '../../db/presenceTickets.js';
import { domainEvents } from '../../events/bus.js';

export interface PresenceUpdate {
  id: string;
  presences: Record<string, PresenceData>;
}

/** The phone number behind a chat's jid: a phone jid carries it, a LID is looked up (Baileys' mapping, then contacts). */
async function numberOf(jid: string, companyId: number, sock?: WASocket): Promise<string | undefined> {
  const normal = jidNormalizedUser(jid);
  if (normal.endsWith('@s.whatsapp.net')) return normal.split('@')[0];
  if (!normal.endsWith('@lid')) return undefined; // groups, broadcasts, newsletters: no ticket of ours
  const pn = await sock?.signalRepository.lidMapping.getPNForLID(normal).catch(() => null);
  return pn ? jidNormalizedUser(pn).split('@')[0] : numberOfLid(companyId, normal);
}

/**
 * Baileys' `presence.update` for a one-to-one chat, handed to the ticket's audience as `contactPresence`
 * (typing, recording, online, last seen). Nothing is stored: a presence is only true for a moment.
 */
export async function relayContactPresence(at: { companyId: number; whatsappId: number }, update: PresenceUpdate, sock?: WASocket): Promise<void> {
  const presence = update.presences[update.id] ?? Object.values(update.presences)[0];
  if (!presence) return;
  const number = await numberOf(update.id, at.companyId, sock);
  if (!number) return;
  const ticketIds = await activeTicketIdsOfNumber(at.companyId, at.whatsappId, number);
  const kind: ContactPresenceEvent['presence'] =
    presence.lastKnownPresence === 'composing' || presence.lastKnownPresence === 'recording' || presence.lastKnownPresence === 'unavailable'
      ? presence.lastKnownPresence
      : 'available';
  const lastSeen = kind === 'unavailable' && presence.lastSeen ? new Date(presence.lastSeen * 1000).toISOString() : null;
  for (const ticketId of ticketIds) domainEvents.publish('contact.presence', { companyId: at.companyId, ticketId, presence: kind, lastSeen });
}
