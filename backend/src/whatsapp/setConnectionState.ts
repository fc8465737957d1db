import { findWhatsapp, updateWhatsappFields, type WhatsappRecord, type WhatsappStatus } from '../db/whatsapps.js';
import { domainEvents } from '../events/bus.js';

export interface ConnectionStateChange {
  status?: WhatsappStatus;
  qrcode?: string | null;
  retries?: number;
  nextAttemptAt?: Date | null;
  number?: string | null;
}

/** Persists what the session reports and tells the company's screens. A deleted connection is ignored. */
export async function setConnectionState(whatsappId: number, change: ConnectionStateChange): Promise<WhatsappRecord | null> {
  const current = await findWhatsapp(whatsappId);
  if (!current) return null;
  // A next attempt belongs to the state that announced it: any other status change forgets it.
  const whatsapp = await updateWhatsappFields(current, change.status && change.nextAttemptAt === undefined ? { ...change, nextAttemptAt: null } : change);
  domainEvents.publish('whatsapp.updated', { companyId: whatsapp.companyId, whatsapp });
  return whatsapp;
}
