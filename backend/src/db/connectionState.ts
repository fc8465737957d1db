import { Op } from 'sequelize';
import { Whatsapp, type WhatsappStatus } from '../models/Whatsapp.js';

// What the WhatsApp sessions write on their connection's row: its state as the socket reports it. Through the
// Whatsapp model, since the `whatsapp.updated` event carries the model instance.

export interface ConnectionStateChange {
  status?: WhatsappStatus;
  qrcode?: string | null;
  retries?: number;
  nextAttemptAt?: Date | null;
  number?: string | null;
}

/** The connection with the change written, or null when the connection was deleted. */
export async function updateConnectionState(whatsappId: number, change: ConnectionStateChange): Promise<Whatsapp | null> {
  const whatsapp = await Whatsapp.findByPk(whatsappId);
  if (!whatsapp) return null;
  await whatsapp.update(change);
  return whatsapp;
}

/** Connections caught half-way (showing a QR, opening) that are not among the paired ones go back to disconnected. */
export async function resetUnpairedConnections(pairedIds: readonly number[]): Promise<void> {
  await Whatsapp.update(
    { status: 'DISCONNECTED', qrcode: null },
    { where: { id: { [Op.notIn]: pairedIds.length ? [...pairedIds] : [0] }, status: { [Op.in]: ['OPENING', 'qrcode'] } } },
  );
}
