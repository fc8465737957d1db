import type { ContactPresenceEvent } from '@atende/contract';
import { useEffect, useState } from 'react';
import { useChanged } from '../../common/useChanged';
import { useSocketEvent } from '../../realtime/useSocketEvent';
import { messagesApi } from '../messagesApi';

// WhatsApp sends "composing" once and "paused" when the customer stops; a lost "paused" (the phone went
// offline mid-sentence) must not leave "digitando…" on screen forever.
const TYPING_TTL_MS = 25_000;

export type ContactPresence = Pick<ContactPresenceEvent, 'presence' | 'lastSeen'>;

/**
 * The customer's typing, online or last seen for the open chat, as WhatsApp tells it: asked for once when
 * the chat opens (the server subscribes to it), then kept live from `contactPresence` events.
 */
export function useContactPresence(ticketId: number, watch: boolean): ContactPresence | null {
  const [presence, setPresence] = useState<ContactPresence | null>(null);
  if (useChanged(ticketId)) setPresence(null);

  useEffect(() => {
    if (!watch) return;
    messagesApi.presence(ticketId, 'subscribe').catch(() => undefined); // best effort: no presence, no header line
  }, [ticketId, watch]);

  useSocketEvent('contactPresence', (event) => {
    if (event.ticketId === ticketId) setPresence({ presence: event.presence, lastSeen: event.lastSeen });
  });

  const typing = presence?.presence === 'composing' || presence?.presence === 'recording';
  useEffect(() => {
    if (!typing) return;
    const timer = setTimeout(() => setPresence({ presence: 'available', lastSeen: null }), TYPING_TTL_MS);
    return () => clearTimeout(timer);
  }, [typing, presence]);
  return presence;
}
