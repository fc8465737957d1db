import { jidNormalizedUser, type WAMessage, type WASocket } from '@whiskeysockets/baileys';
import { numberOfLid } from '../../db/inbound/contact.js';

/**
 * A chat addressed only by its LID (WhatsApp's privacy id) still belongs to a contact known by phone
 * number: ask Baileys' LID↔PN mapping, then the LIDs stored on contacts, and carry the number as
 * `remoteJidAlt`. Without either, the message stays unmapped (nothing to tie a contact to).
 */
export async function withPhoneNumber(message: WAMessage, lookup: { companyId: number; sock?: WASocket }): Promise<WAMessage> {
  const { remoteJid, remoteJidAlt } = message.key;
  if (!remoteJid?.endsWith('@lid') || remoteJidAlt?.endsWith('@s.whatsapp.net')) return message;
  const lid = jidNormalizedUser(remoteJid);
  let pn = (await lookup.sock?.signalRepository.lidMapping.getPNForLID(lid).catch(() => null)) ?? null;
  if (!pn) {
    const known = await numberOfLid(lookup.companyId, lid);
    pn = known ? `${known}@s.whatsapp.net` : null;
  }
  return pn ? { ...message, key: { ...message.key, remoteJid: lid, remoteJidAlt: jidNormalizedUser(pn) } } : message;
}
