import { domainEvents } from '../../../events/bus.js';
import { KeyedQueue } from '../../../lib/keyedQueue.js';
import { logger } from '../../../lib/logger.js';
import { distributeTicket } from './DistributeTicketService.js';

/**
 * Distribution runs whenever a ticket lands in a queue: a new or reopened ticket from a customer, a
 * transfer to a queue, a ticket given back to pending (then not to the one who gave it back), a ticket the
 * chatbot lets go of after the customer walked its queue's options.
 */
export function subscribeDistribution(): () => void {
  // One decision at a time per company in this process: the queue row lock serialises them anyway, and
  // a burst of new tickets must not hold every pooled connection waiting on that lock.
  const lanes = new KeyedQueue();
  let stopped = false;
  const run = (companyId: number, ticketId: number, excludeUserId?: number | null) =>
    lanes.run(String(companyId), async () => {
      if (stopped) return; // shutting down: the ticket waits in pending, as when nobody is free
      await distributeTicket({ companyId, ticketId, excludeUserId }).catch((err: unknown) =>
        logger.error('ticket distribution failed; it waits in pending', { ticketId, err: String(err) }),
      );
    });
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
    }),
  ];
  return () => {
    stopped = true;
    offs.forEach((off) => off());
  };
}
