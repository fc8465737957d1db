import type { WhatsappRecord, WhatsappStatus } from '../db/whatsapps.js';

export interface WhatsappView {
  id: number;
  companyId: number;
  name: string;
  status: WhatsappStatus;
  /** The raw QR payload while waiting for a scan (the UI renders it); null otherwise. */
  qrcode: string | null;
  /** Failed reconnect attempts in a row while OPENING after a drop (QR codes shown while pairing). */
  retries: number;
  /** While a dropped connection retries: when the next attempt comes (ISO); null otherwise. */
  nextAttemptAt: string | null;
  number: string | null;
  isDefault: boolean;
  greetingMessage: string | null;
  farewellMessage: string | null;
  /** The queues the connection serves, ascending: in HTTP answers; socket status updates leave it out. */
  queueIds?: number[];
  createdAt: string;
  updatedAt: string;
}

export function presentWhatsapp(whatsapp: WhatsappRecord, queueIds?: number[]): WhatsappView {
  return {
    id: whatsapp.id,
    companyId: whatsapp.companyId,
    name: whatsapp.name,
    status: whatsapp.status,
    qrcode: whatsapp.status === 'qrcode' ? (whatsapp.qrcode ?? null) : null,
    retries: whatsapp.retries,
    nextAttemptAt: whatsapp.status === 'OPENING' ? (whatsapp.nextAttemptAt?.toISOString() ?? null) : null,
    number: whatsapp.number ?? null,
    isDefault: whatsapp.isDefault,
    greetingMessage: whatsapp.greetingMessage ?? null,
    farewellMessage: whatsapp.farewellMessage ?? null,
    ...(queueIds && { queueIds }),
    createdAt: whatsapp.createdAt.toISOString(),
    updatedAt: whatsapp.updatedAt.toISOString(),
  };
}
