import { getSettings } from '../settings/getSettings.js';
import type { TicketSettings } from './ticketVisibility.js';

/** The company settings the ticket visibility rule reads (defaults from the settings registry). */
export async function readTicketSettings(companyId: number): Promise<TicketSettings> {
  const { pendingWithoutQueueVisibleToAll } = await getSettings(companyId);
  return { pendingWithoutQueueVisibleToAll };
}
