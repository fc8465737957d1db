import { ticketPlacement, type TicketPlacement as Placement } from '../db/tickets.js';
import { readTicketSettings } from '../services/tickets/readTicketSettings.js';
import { companyRoom, queueRoom, supervisorsRoom, userRoom } from './rooms.js';

/** Where a ticket is, in its company: what decides the rooms that hear of it. */
export type TicketPlacement = Placement & { companyId: number };

// Settings change rarely and events are many: a few seconds of staleness is fine here.
const settingsCache = new Map<number, { at: number; pendingWithoutQueueVisible: boolean }>();

async function pendingWithoutQueueVisible(companyId: number): Promise<boolean> {
  const hit = settingsCache.get(companyId);
  if (hit && Date.now() - hit.at < 5_000) return hit.pendingWithoutQueueVisible;
  const { pendingWithoutQueueVisibleToAll } = await readTicketSettings(companyId);
  settingsCache.set(companyId, { at: Date.now(), pendingWithoutQueueVisible: pendingWithoutQueueVisibleToAll });
  return pendingWithoutQueueVisibleToAll;
}

/**
 * The rooms whose sockets may see a ticket placed like this: the same rule as the ticket list
 * (supervisors see all; an attendant sees their own tickets and the pending ones of their queues).
 */
export async function roomsFor(...placements: TicketPlacement[]): Promise<string[]> {
  const rooms = new Set<string>();
  for (const p of placements) {
    rooms.add(supervisorsRoom(p.companyId));
    if (p.userId !== null) rooms.add(userRoom(p.userId));
    if (p.status !== 'pending') continue;
    if (p.queueId !== null) rooms.add(queueRoom(p.companyId, p.queueId));
    else if (await pendingWithoutQueueVisible(p.companyId)) rooms.add(companyRoom(p.companyId));
  }
  return [...rooms];
}

/** Where a ticket is now, for events that carry only its id. */
export async function placementOf(ticketId: number): Promise<TicketPlacement | undefined> {
  return ticketPlacement(ticketId);
}
