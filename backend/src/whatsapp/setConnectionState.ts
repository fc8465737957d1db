import { domainEvents } from '../events/bus.js';
import { Whatsapp, type WhatsappStatus } from '../models/Whatsapp.js';

export interface ConnectionStateChange {
  status?: WhatsappStatus;
  qrcode?: string | null;
  retries?: number;
  number?: string | null;
}

/** Persists what the session reports and tells the company's screens. A deleted connection is ignored. */
export async function setConnectionState(whatsappId: number, change: ConnectionStateChange): Promise<Whatsapp | null> {
  const whatsapp = await Whatsapp.findByPk(whatsappId);
  if (!whatsapp) return null;
  await whatsapp.update(change);
  domainEvents.publish('whatsapp.updated', { companyId: whatsapp.companyId, whatsapp });
  return whatsapp;
}
