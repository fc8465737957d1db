import { ctx } from '../../context.js';
import type { WhatsappRecord } from '../../db/whatsapps.js';
import { findWhatsappInCompany } from './findWhatsappInCompany.js';

/** Unlinks the device from the phone and wipes the credentials. */
export async function logoutWhatsappSession({ companyId, whatsappId }: { companyId: number; whatsappId: number }): Promise<WhatsappRecord> {
  await findWhatsappInCompany(companyId, whatsappId);
  await ctx().whatsappSessions.logout(whatsappId);
  return findWhatsappInCompany(companyId, whatsappId);
}
