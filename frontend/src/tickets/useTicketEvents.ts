import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { User } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { useSocketEvent } from '../realtime/useSocketEvent';
import type { Ticket } from './ticketsApi';
import { contactKey, historyKey, notesKey } from './contact/contactDrawerApi';
import { upsertMessage } from './messagesQuery';
import { queuesKey } from './queuesQuery';
import { findCachedTicket, patchTicketContact, placeTicket, refetchTicketLists, ticketKey } from './ticketsQuery';

/**
 * The server also tells those who saw a ticket before (so it leaves their lists): an attendant keeps only
 * their own accepted or closed tickets. Pending ones depend on queue membership; the refetch settles those.
 */
function mayList(me: User | null, ticket: Ticket): boolean {
  if (me?.profile !== 'user' || ticket.status === 'pending') return true;
  return ticket.userId === me.id;
}

// Bursts of events (a customer sending five messages) settle the counts with one refetch, not five.
const REFETCH_DELAY_MS = 400;

export interface TicketEventOptions {
  /** A ticket changed elsewhere: what this client held before, and whether this user may still list it. */
  onTicketChanged?(ticket: Ticket, change: { previous: Ticket | undefined; visible: boolean }): void;
}

/** Keeps the inbox live: tickets appear, move between tabs and leave them; chats grow; ticks advance. */
export function useTicketEvents({ onTicketChanged }: TicketEventOptions = {}): void {
  const client = useQueryClient();
  const { user: me } = useAuth();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const scheduleRefetch = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void refetchTicketLists(client), REFETCH_DELAY_MS);
  };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useSocketEvent('ticket', (event) => {
    if (event.action === 'note') {
      // Only an open drawer holds notes; it refetches, anything else is fetched when opened.
      void client.invalidateQueries({ queryKey: notesKey(event.ticketId) });
      return;
    }
    const previous = findCachedTicket(client, event.ticket.id);
    const visible = mayList(me, event.ticket);
    placeTicket(client, event.ticket, visible);
    onTicketChanged?.(event.ticket, { previous, visible });
    // The history (drawer, the chat's closed/reopened lines) follows — unless an attendant may have just lost
    // the ticket (given to a queue or a colleague): asking again would only get a 404 while its chat closes.
    if (me?.profile !== 'user' || event.ticket.userId === me.id) void client.invalidateQueries({ queryKey: historyKey(event.ticket.id) });
    scheduleRefetch();
  });

  // Queue names and colors on cards, filters and the transfer dialog follow the admin's edits at once.
  useSocketEvent('queue', () => void client.invalidateQueries({ queryKey: queuesKey }));

  // A contact renamed elsewhere (the contacts screen, a colleague's drawer), or scored by the AI agent, changes on cards and headers.
  useSocketEvent('contact', (event) => {
    if (event.action !== 'updated') return;
    client.setQueryData(contactKey(event.contact.id), event.contact);
    patchTicketContact(client, event.contact);
  });

  useSocketEvent('appMessage', (event) => {
    upsertMessage(client, { ...event.message, id: Number(event.message.id) });
    if (event.action !== 'create') return;
    const known = findCachedTicket(client, event.ticket.id);
    // A customer's message that reopened a closed ticket: its chat shows the reopening (from the history).
    if (known && known.status !== event.ticket.status) void client.invalidateQueries({ queryKey: historyKey(event.ticket.id) });
    // A customer's message that leaves the ticket closed is their CSAT answer (anything else reopens it): the
    // rating is on the ticket now, which the message event does not carry.
    if (known && known.status === 'closed' && event.ticket.status === 'closed' && !event.message.fromMe && known.csat === null)
      void client.invalidateQueries({ queryKey: ticketKey(event.ticket.id) });
    if (known) {
      placeTicket(client, {
        ...known,
        status: event.ticket.status,
        unreadMessages: event.ticket.unreadMessages,
        lastMessage: event.ticket.lastMessage,
        lastMessageAt: event.ticket.lastMessageAt ? new Date(event.ticket.lastMessageAt).toISOString() : known.lastMessageAt,
        // A message event names the contact only: its lead score stays as the contact events last set it.
        contact: { ...known.contact, ...event.contact },
        userId: event.ticket.userId === undefined ? known.userId : event.ticket.userId,
        queueId: event.ticket.queueId === undefined ? known.queueId : event.ticket.queueId,
        // The AI's reply or its handoff: the bot marker and the Bot filter follow.
        botActive: event.ticket.botActive ?? known.botActive,
      });
    }
    // A ticket we never saw (a new conversation) needs its full shape from the server.
    scheduleRefetch();
  });
}
