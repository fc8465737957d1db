import { distributingQueueIds, nextWaitingTicket, type WaitingPosition } from '../../../db/distribution.js';
import { offerTicket } from './distributeTicket.js';

/** A bound per queue and call, so that one event never turns into an unbounded loop. */
const MAX_OFFERS_PER_QUEUE = 200;

/**
 * Offers the tickets waiting in these queues (pending, no attendant, out of the chatbot menu), longest waiting first,
 * until the queue's attendants are all full or offline. Called when capacity appears: an attendant comes
 * online, frees a slot (close, return, transfer), gets a higher cap, or a queue gains members or a mode.
 * Concurrent sweeps cannot hand one ticket out twice: each offer locks the ticket and re-checks it is pending.
 * `skipTicketId`: a ticket just given back, which must not bounce to the attendant who returned it.
 */
export async function distributeWaitingTickets({
  companyId,
  queueIds,
  skipTicketId,
}: {
  companyId: number;
  queueIds: number[];
  skipTicketId?: number;
}): Promise<number> {
  let assigned = 0;
  for (const queueId of await distributingQueueIds(companyId, queueIds)) {
    let after: WaitingPosition = { pendingSince: '-infinity', id: 0 };
    for (let offers = 0; offers < MAX_OFFERS_PER_QUEUE; offers++) {
      const next = await nextWaitingTicket({ companyId, queueId, skipTicketId: skipTicketId ?? 0, after });
      if (!next) break;
      const offer = await offerTicket({ companyId, ticketId: next.id });
      if ('waiting' in offer && offer.waiting === 'nobodyFree') break;
      if ('assigned' in offer) assigned += 1;
      after = next;
    }
  }
  return assigned;
}
