import { listWhatsapps as selectWhatsapps, type WhatsappRecord } from '../../db/whatsapps.js';

/** The company's connections by name: everyone in the company may see them and their status. */
export function listWhatsapps({ companyId }: { companyId: number }): Promise<WhatsappRecord[]> {
  return selectWhatsapps(companyId);
}
