import type { Answer } from '@atende/contract';
import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { SocketContext } from '../realtime/SocketContext';
import { useSocketEvent } from '../realtime/useSocketEvent';
import type { TicketPlacement } from './notificationTypes';

// The API's largest page; an attendant with more open tickets than this has bigger problems than a title.
const MY_OPEN_LIMIT = 100;

type UnreadByTicket = ReadonlyMap<number, number>;

/**
 * Unread messages on the user's own open tickets, shown in the tab title as "(3) Atende". It is read from
 * the server on every socket (re)connection — events missed while offline are settled there — and kept live
 * in between by the ticket and message events, which carry each ticket's status, owner and unread count.
 */
export function useUnreadTitle(): number {
  const { t } = useTranslation();
  const { user: me } = useAuth();
  const socket = useContext(SocketContext);
  const [unread, setUnread] = useState<UnreadByTicket>(new Map());
  const sync = useRef(0);

  const place = (ticket: TicketPlacement) => {
    if (ticket.userId === undefined) return; // an older payload: the next sync knows better
    const mine = ticket.status === 'open' && ticket.userId === me?.id;
    setUnread((current) => {
      if (!mine && !current.has(ticket.id)) return current;
      const next = new Map(current);
      if (mine) next.set(ticket.id, ticket.unreadMessages);
      else next.delete(ticket.id);
      return next;
    });
  };
  useSocketEvent('ticket', (event) => event.action === 'update' && place(event.ticket));
  useSocketEvent('appMessage', (event) => event.action === 'create' && place(event.ticket));

  useEffect(() => {
    if (!socket || !me) return;
    const load = () => {
      const attempt = ++sync.current;
      api
        .get<Answer<'GET /api/tickets'>>('/api/tickets', { query: { status: 'open', mine: 'true', limit: MY_OPEN_LIMIT } })
        .then(({ tickets }) => {
          // An older answer must not overwrite a newer one.
          if (attempt === sync.current) setUnread(new Map(tickets.map((ticket) => [ticket.id, ticket.unreadMessages])));
        })
        .catch(() => undefined); // The title is a hint; the next connection tries again.
    };
    socket.on('connect', load);
    // The first connection may have completed before this effect ran: socket.io sets `id` only while connected.
    if (socket.id) load();
    return () => {
      socket.off('connect', load);
    };
  }, [socket, me]);

  const total = [...unread.values()].reduce((sum, count) => sum + count, 0);
  const appName = t('app.name');
  useEffect(() => {
    document.title = total > 0 ? `(${total}) ${appName}` : appName;
  }, [total, appName]);
  useEffect(() => () => void (document.title = appName), [appName]);
  return total;
}
