import type { WhatsappView } from '@atende/contract';
import type { WhatsappRecord } from '../db/whatsapps.js';

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
    aiAgentId: whatsapp.aiAgentId ?? null,
    ...(queueIds && { queueIds }),
    createdAt: whatsapp.createdAt.toISOString(),
    updatedAt: whatsapp.updatedAt.toISOString(),
  };
}
