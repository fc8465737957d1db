import { jidNormalizedUser, type WAMessage, type WASocket } from '@whiskeysockets/baileys';
import { QueryTypes, type Sequelize } from 'sequelize';

/**
 * A chat addressed only by its LID (WhatsApp's privacy id) still belongs to a contact known by phone
 * number: ask Baileys' LID↔PN mapping, then the LIDs stored on contacts, and carry the number as
 * `remoteJidAlt`. Without either, the message stays unmapped (nothing to tie a contact to).
 */
export async function withPhoneNumber(
  message: WAMessage,
  lookup: { sequelize: Sequelize; companyId: number; sock?: WASocket },
): Promise<WAMessage> {
  const { remoteJid, remoteJidAlt } = message.key;
  if (!remoteJid?.endsWith('@lid') || remoteJidAlt?.endsWith('@s.whatsapp.net')) return message;
  const lid = jidNormalizedUser(remoteJid);
  let pn = (await lookup.sock?.signalRepository.lidMapping.getPNForLID(lid).catch(() => null)) ?? null;
  if (!pn) {
    const [known] = await lookup.sequelize.query<{ number: string }>(
      `SELECT number FROM "Contacts" WHERE "companyId" = :companyId AND lid = :lid LIMIT 1`,
      { replacements: { companyId: lookup.companyId, lid }, type: QueryTypes.SELECT },
    );
    pn = known ? `${known.number}@s.whatsapp.net` : null;
  }
  return pn ? { ...message, key: { ...message.key, remoteJid: lid, remoteJidAlt: jidNormalizedUser(pn) } } : message;
}
