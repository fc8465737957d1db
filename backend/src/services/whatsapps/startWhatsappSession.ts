import { ctx } from '../../context.js';
import type { WhatsappRecord } from '../../db/whatsapps.js';
import { findWhatsappInCompany } from './findWhatsappInCompany.js';

/** Starts (or restarts) the connection's session; the QR and the status arrive as whatsappSession events. */
export async function startWhatsappSession({ companyId, whatsappId }: { companyId: number; whatsappId: number }): Promise<WhatsappRecord> {
  await findWhatsappInCompany(companyId, whatsappId);
  await ctx().whatsappSessions.start(whatsappId);
  return findWhatsappInCompany(companyId, whatsappId);
}
