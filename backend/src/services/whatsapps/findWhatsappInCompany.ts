import type { Transaction } from 'sequelize';
import { AppError } from '../../errors/AppError.js';
import { Whatsapp } from '../../models/Whatsapp.js';

export async function findWhatsappInCompany(companyId: number, whatsappId: number, transaction?: Transaction): Promise<Whatsapp> {
  const whatsapp = await Whatsapp.findOne({
    where: { id: whatsappId, companyId },
    transaction,
    ...(transaction ? { lock: transaction.LOCK.UPDATE } : {}),
  });
  if (!whatsapp) throw AppError.notFound('ERR_WHATSAPP_NOT_FOUND', 'Connection not found');
  return whatsapp;
}
