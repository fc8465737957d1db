// Calls from a contact to an account: only the offer (the phone ringing), which is what a linked device sees of
// a call nobody answers on it. No media, no signalling beyond the stanza.
import { randomBytes } from 'node:crypto'
import type { BinaryNode } from '@whiskeysockets/baileys'
import type { SimCore } from './core.js'
import { lidJid, nowSeconds, type WaUser } from './model.js'
import { newMessageId } from './relay.js'

/**
 * Delivers `<call from id t><offer call-id call-creator caller_pn><audio/>[<video/>]</offer></call>` to every
 * linked device of `account` (Baileys' handleCall reads the first child's tag as the status, `call-id`,
 * `call-creator`/`from` and a `<video>` child for video calls). Queued like messages until the device logs in.
 */
export function deliverCallOffer(core: SimCore, caller: WaUser, account: WaUser, opts: { video?: boolean; callId?: string } = {}): string {
  const callId = opts.callId ?? randomBytes(16).toString('hex').toUpperCase()
  const devices = core.dir.devicesOf(account).filter(d => d.bundle)
  if (!devices.length) throw new Error(`account ${account.pn} has no linked device that logged in; nothing to ring`)
  const media: BinaryNode[] = [{ tag: 'audio', attrs: { enc: 'opus', rate: '16000' } }]
  if (opts.video) media.push({ tag: 'video', attrs: { enc: 'vp8', dec: 'vp8', orientation: '0' } })
  for (const device of devices) {
    const offer: BinaryNode = {
      tag: 'offer',
      attrs: { 'call-id': callId, 'call-creator': caller.jid, caller_pn: caller.jid, caller_lid: lidJid(caller.lid) },
      content: media,
    }
    device.deliver({ tag: 'call', attrs: { from: caller.jid, id: newMessageId(), t: nowSeconds(), notify: caller.pushName }, content: [offer] })
  }
  return callId
}
