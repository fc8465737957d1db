import { ticketPlacement, type TicketPlacement as Placement } from '../db/tickets.js';
import { readTicketSettings } from '../services/tickets/readTicketSettings.js';
import { audienceOf, type TicketSettings } from '../services/tickets/ticketVisibility.js';
import { roomOf } from './rooms.js';

/** Where a ticket is, in its company: what decides the rooms that hear of it. */
export type TicketPlacement = Placement & { companyId: number };

// Settings change rarely and events are many: a few seconds of staleness is fine here.
const settingsCache = new Map<number, { at: number; settings: TicketSettings }>();

async function settingsOf(companyId: number): Promise<TicketSettings> {
  const hit = settingsCache.get(companyId);
  if (hit && Date.now() - hit.at < 5_000) return hit.settings;
  const settings = await readTicketSettings(companyId);
  settingsCache.set(companyId, { at: Date.now(), settings });
  return settings;
}

/**
 * The rooms whose sockets may see a ticket placed like this: the visibility rule's audience
 * (services/tickets/ticketVisibility.ts), each group its room. Settings are read only for tickets they concern.
 */
export async function roomsFor(...placements: TicketPlacement[]): Promise<string[]> {
  const rooms = new Set<string>();
  for (const p of placements) {
    for (const { group, setting } of audienceOf(p)) {
      if (setting === undefined || (await settingsOf(p.companyId))[setting]) rooms.add(roomOf(p.companyId, group));
    }
  }
  return [...rooms];
}

/** Where a ticket is now, for events that carry only its id. */
export async function placementOf(ticketId: number): Promise<TicketPlacement | undefined> {
  return ticketPlacement(ticketId);
}
