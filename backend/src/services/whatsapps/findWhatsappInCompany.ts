import type { Transaction } from 'sequelize';
import * as whatsapps from '../../db/whatsapps.js';
import { AppError } from '../../errors/AppError.js';

/** Another company's connection is "not found", like a missing one; inside a transaction its row stays locked. */
export async function findWhatsappInCompany(companyId: number, whatsappId: number, transaction?: Transaction): Promise<whatsapps.WhatsappRecord> {
  const whatsapp = await whatsapps.findWhatsappInCompany(companyId, whatsappId, transaction);
  if (!whatsapp) throw AppError.notFound('ERR_WHATSAPP_NOT_FOUND', 'Connection not found');
  return whatsapp;
}
