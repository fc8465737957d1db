import { domainEvents } from '../../../events/bus.js';
import { KeyedQueue } from '../../../lib/keyedQueue.js';
import { logger } from '../../../lib/logger.js';
import { queueIdsOfUser } from '../../../db/ticketTargets.js';
import { distributeTicket } from './distributeTicket.js';
import { distributeWaitingTickets } from './distributeWaitingTickets.js';

/**
 * Distribution runs whenever a ticket lands in a queue: a new or reopened ticket from a customer, a
 * transfer to a queue, a ticket given back to pending (then not to the one who gave it back), a ticket the
 * chatbot lets go of after the customer walked its queue's options. Tickets that found nobody free are
 * offered again whenever capacity appears: an attendant comes online, frees a slot (closes, returns or hands
 * over a ticket), gets a higher cap, or a queue changes its members or its mode.
 */
export function subscribeDistribution(): () => void {
  // One decision at a time per company in this process: the queue row lock serialises them anyway, and
  // a burst of new tickets must not hold every pooled connection waiting on that lock.
  const lanes = new KeyedQueue();
  let stopped = false;
  const inLane = (companyId: number, what: string, task: () => Promise<unknown>) =>
    lanes.run(String(companyId), async () => {
      if (stopped) return; // shutting down: the ticket waits in pending, as when nobody is free
      await task().catch((err: unknown) => logger.error(`${what} failed; tickets wait in pending`, { companyId, err: String(err) }));
    });
  const run = (companyId: number, ticketId: number, excludeUserId?: number | null) =>
    inLane(companyId, 'ticket distribution', () => distributeTicket({ companyId, ticketId, excludeUserId }));
  const sweep = (companyId: number, queueIds: () => Promise<number[]>, skipTicketId?: number) =>
    inLane(companyId, 'distribution of waiting tickets', async () => distributeWaitingTickets({ companyId, queueIds: await queueIds(), skipTicketId }));

  const offs = [
    domainEvents.subscribe('message.created', ({ companyId, ticket, ticketCreated, ticketReopened }) => {
      // Only a ticket that is in a queue and has nobody yet is distributed (the event says where it is).
      if ((ticketCreated || ticketReopened) && ticket.queueId !== null && ticket.userId === null) void run(companyId, ticket.id);
    }),
    // Held back while the customer walked the queue's options; now they are done.
    domainEvents.subscribe('ticket.botReleased', ({ companyId, ticketId }) => void run(companyId, ticketId)),
    domainEvents.subscribe('ticket.updated', ({ companyId, ticket, previous }) => {
      const landed = ticket.status === 'pending' && ticket.queueId !== null && (previous.status !== 'pending' || previous.queueId !== ticket.queueId);
      if (landed) void run(companyId, ticket.id, previous.userId);
      const freedBy =
        previous.status === 'open' && previous.userId !== null && !(ticket.status === 'open' && ticket.userId === previous.userId) ? previous.userId : null;
      // Queued after the landed ticket's own decision, and without it: it must not bounce back to whoever returned it.
      if (freedBy !== null) void sweep(companyId, () => queueIdsOfUser(freedBy), landed ? ticket.id : undefined);
    }),
    domainEvents.subscribe('user.online', ({ companyId, userId }) => void sweep(companyId, () => queueIdsOfUser(userId))),
    domainEvents.subscribe('user.updated', ({ companyId, user }) => {
      if (user.active) void sweep(companyId, () => queueIdsOfUser(user.id));
    }),
    domainEvents.subscribe('queue.updated', ({ companyId, queue }) => void sweep(companyId, async () => [queue.id])),
  ];
  return () => {
    stopped = true;
    offs.forEach((off) => off());
  };
}
