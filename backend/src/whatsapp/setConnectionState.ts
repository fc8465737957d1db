import { updateConnectionState, type ConnectionStateChange } from '../db/connectionState.js';
import { domainEvents } from '../events/bus.js';
import type { Whatsapp } from '../models/Whatsapp.js';

/** Persists what the session reports and tells the company's screens. A deleted connection is ignored. */
export async function setConnectionState(whatsappId: number, change: ConnectionStateChange): Promise<Whatsapp | null> {
  // A next attempt belongs to the state that announced it: any other status change forgets it.
  const whatsapp = await updateConnectionState(whatsappId, change.status && change.nextAttemptAt === undefined ? { ...change, nextAttemptAt: null } : change);
  if (whatsapp) domainEvents.publish('whatsapp.updated', { companyId: whatsapp.companyId, whatsapp });
  return whatsapp;
}
