import type { Answer, MessageView } from '@atende/contract';
import type { TFunction } from 'i18next';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { ticketPath } from '../tickets/useTicketAddress';
import { showTicketNotification } from './browserNotification';
import { playNotificationSound } from './notificationSound';
import type { TicketPlacement } from './notificationTypes';

// A burst (five messages in a second) rings once; each conversation still gets its notification.
const SOUND_GAP_MS = 1500;

interface Alert {
  ticketId: number;
  title: string;
  body: string;
}

/** What a notification says of a customer's message: its text; a call as the chat shows it (not "sent a file"). */
function noticeText(message: MessageView, t: TFunction): string {
  const { content } = message;
  if (content && 'call' in content) return content.call.video ? t('chat.missedVideoCall') : t('chat.missedVoiceCall');
  return message.body?.trim() || (message.mediaType ? t('notifications.mediaBody') : '');
}

// The address a click opens: the uuid links carry, or the id older payloads give.
const pathOf = (ticket: TicketPlacement) => (ticket.uuid ? ticketPath({ uuid: ticket.uuid }) : `/tickets/${ticket.id}`);

/**
 * Sound and system notification for what needs this user: a customer's message on a ticket they may see
 * (the server sends message events only to those sockets) that is theirs or nobody's yet, and a ticket that
 * starts waiting. Never for the user's own messages. Muted: nothing rings, nothing pops up.
 */
export function useIncomingAlerts(muted: boolean): void {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user: me } = useAuth();
  const lastSound = useRef(0);
  // Where each ticket was when we last heard of it: "starts waiting" means it was not waiting before.
  const known = useRef(new Map<number, { status: string; userId: number | null | undefined }>());

  const remember = (ticket: TicketPlacement) => {
    const previous = known.current.get(ticket.id);
    known.current.set(ticket.id, { status: ticket.status, userId: ticket.userId });
    return previous;
  };
  const raise = (alert: Alert, ticket: TicketPlacement) => {
    if (muted) return;
    const now = Date.now();
    if (now - lastSound.current > SOUND_GAP_MS) {
      lastSound.current = now;
      playNotificationSound();
    }
    showTicketNotification({ ...alert, onOpen: () => void navigate(pathOf(ticket)) });
  };

  useSocketEvent('appMessage', (event) => {
    if (event.action !== 'create') return;
    const previous = remember(event.ticket);
    if (event.message.fromMe !== false) return;
    // Supervisors may see every conversation, but one another attendant is handling is theirs to answer.
    if (event.ticket.userId != null && event.ticket.userId !== me?.id) return;
    const text = noticeText(event.message, t);
    const startsWaiting = event.ticket.status === 'pending' && previous?.status !== 'pending';
    raise(
      startsWaiting
        ? { ticketId: event.ticket.id, title: t('notifications.newTicketTitle'), body: `${event.contact.name}: ${text}` }
        : { ticketId: event.ticket.id, title: t('notifications.newMessageTitle', { name: event.contact.name }), body: text },
      event.ticket,
    );
  });

  useSocketEvent('ticket', (event) => {
    if (event.action !== 'update' || !me) return;
    const { ticket } = event;
    const previous = remember(ticket);
    // Returned to the queue or transferred into it; not when it was this user's own (they returned it).
    if (ticket.status !== 'pending' || previous?.status === 'pending' || previous?.userId === me.id) return;
    const alert = { ticketId: ticket.id, title: t('notifications.newTicketTitle'), body: '' };
    // Those who saw a ticket before also hear of its moves; an attendant is told only if they may see it now.
    if (me.profile !== 'user') return raise(alert, ticket);
    api
      .get<Answer<'GET /api/tickets/:id'>>(`/api/tickets/${ticket.id}`)
      .then(({ ticket: seen }) => seen.status === 'pending' && raise({ ...alert, body: seen.contact.name }, ticket))
      .catch(() => undefined); // Not visible (404) or offline: no alert.
  });
}
