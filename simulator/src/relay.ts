// Message relay: libsignal-encrypted messages into linked devices, and decryption of what they send out.
import { encodeWAMessage, getBinaryNodeChild, getBinaryNodeChildren, jidDecode, proto, unpadRandomMax16, type BinaryNode } from '@whiskeysockets/baileys'
import { randomBytes } from 'node:crypto'
import type { LinkedDevice, WaUser } from './model.js'
import { lidJid, nowSeconds } from './model.js'
import type { SimCore } from './core.js'

const MAX_REMEMBERED = 200_000

export const newMessageId = (): string => '3EB0' + randomBytes(9).toString('hex').toUpperCase()

export function messageText(m: proto.IMessage | null | undefined): string | undefined {
  if (!m) return undefined
  return (
    m.conversation ??
    m.extendedTextMessage?.text ??
    m.imageMessage?.caption ??
    m.videoMessage?.caption ??
    m.documentMessage?.caption ??
    m.deviceSentMessage?.message?.conversation ??
    undefined
  )
}

const stanzaType = (m: proto.IMessage): string => (m.conversation != null || m.extendedTextMessage ? 'text' : m.reactionMessage ? 'reaction' : 'media')

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.set(key, value)
  if (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value as K)
}

export interface IncomingOptions {
  id?: string
  /** The account's own phone is the sender: Baileys sees `fromMe`, chat = recipient. */
  fromOwnPhoneTo?: WaUser
}

/**
 * Encrypts `message` from `sender`'s primary device for every device linked to `account` and delivers it (or
 * queues it until the device logs in). Returns the message id.
 */
export async function deliverToAccount(core: SimCore, sender: WaUser, account: WaUser, message: proto.IMessage, opts: IncomingOptions = {}): Promise<string> {
  const id = opts.id ?? newMessageId()
  const devices = core.dir.devicesOf(account).filter(d => d.bundle)
  if (!devices.length) throw new Error(`account ${account.pn} has no linked device that logged in; nothing to deliver to`)
  const recipient = opts.fromOwnPhoneTo
  remember(core.sentByContact, id, { from: sender, account, message, recipient })
  const payload: proto.IMessage = recipient ? { deviceSentMessage: { destinationJid: recipient.jid, message } } : message
  const plaintext = encodeWAMessage(payload)
  const t = nowSeconds()
  await Promise.all(
    devices.map(async device => {
      const { type, ciphertext } = await sender.peer.encrypt(device.address, plaintext, () => device.bundle)
      const attrs: Record<string, string> = recipient
        ? { from: sender.jid, recipient: recipient.jid, id, t, type: stanzaType(message) }
        : { from: sender.jid, sender_lid: lidJid(sender.lid), id, t, type: stanzaType(message), notify: sender.pushName }
      device.deliver({ tag: 'message', attrs, content: [{ tag: 'enc', attrs: { v: '2', type }, content: ciphertext }] })
    }),
  )
  return id
}

/** A receipt from `from` (a contact) about message `id` that `account` sent, to every device of the account. */
export function deliverReceipt(core: SimCore, account: WaUser, from: WaUser, id: string, type?: 'read' | 'played'): void {
  const attrs: Record<string, string> = { id, from: from.jid, t: nowSeconds() }
  if (type) attrs.type = type
  for (const device of core.dir.devicesOf(account)) device.deliver({ tag: 'receipt', attrs })
}

/**
 * A linked device sent `<message>`: decrypt every copy addressed to a simulated user's primary device, ack it,
 * then let contacts answer with receipts (done by the caller, from the returned recipients).
 */
export async function relayFromDevice(core: SimCore, device: LinkedDevice, node: BinaryNode): Promise<WaUser[]> {
  const { id = '', to = '' } = node.attrs
  device.connection?.send({ tag: 'ack', attrs: { class: 'message', id, from: to, t: nowSeconds() } })
  const copies: Array<{ jid: string; enc: BinaryNode }> = []
  for (const p of getBinaryNodeChildren(getBinaryNodeChild(node, 'participants'), 'to')) {
    const enc = getBinaryNodeChild(p, 'enc')
    if (enc && p.attrs.jid) copies.push({ jid: p.attrs.jid, enc })
  }
  const direct = getBinaryNodeChild(node, 'enc')
  if (direct) copies.push({ jid: to, enc: direct })
  const recipients: WaUser[] = []
  for (const { jid, enc } of copies) {
    const decoded = jidDecode(jid)
    const user = decoded && core.dir.user(decoded.user)
    // Only primary devices (0) are simulated peers; sibling companions get nothing (see README).
    if (!decoded || !user || decoded.device || (enc.attrs.type !== 'pkmsg' && enc.attrs.type !== 'msg')) continue
    try {
      const pt = await user.peer.decrypt(device.address, enc.attrs.type, enc.content as Uint8Array)
      const message = proto.Message.decode(unpadRandomMax16(pt))
      const chat = jidDecode(to)
      const chatUser = chat && core.dir.user(chat.user)
      const isOwnCopy = user === device.account
      const inner = isOwnCopy ? (message.deviceSentMessage?.message ?? message) : message
      if (!isOwnCopy) {
        recipients.push(user)
        remember(core.sentByAccount, id, { account: device.account, to: user })
      }
      core.hooks.messageToUser(user, {
        id,
        from: device.account.pn,
        to: (isOwnCopy ? chatUser?.pn : user.pn) ?? user.pn,
        fromDevice: device.deviceId,
        message: inner,
        text: messageText(inner),
      })
    } catch (err) {
      core.logger.warn({ err: String(err), id, jid }, 'could not decrypt a copy of an outgoing message')
    }
  }
  return recipients
}
