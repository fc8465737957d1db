// Presence and typing (issue 17), both ways: a contact's phone shows "typing…" / online / last seen to the
// account's linked devices (Baileys' `presence.update`), and a linked device's `sendPresenceUpdate`
// ('composing' / 'paused' chatstates) reaches the contact. Ephemeral, as on WhatsApp: sent only to devices
// logged in now, never queued for later.
import type { BinaryNode } from '@whiskeysockets/baileys'
import type { ChatState, SimCore } from './core.js'
import type { WaUser } from './model.js'

/** What a contact's phone says of itself: online now, or offline since `lastSeen` (Unix seconds; omitted: hidden). */
export interface ContactPresence {
  online: boolean
  lastSeen?: number
}

function toOnlineDevices(core: SimCore, account: WaUser, node: BinaryNode): void {
  for (const device of core.dir.devicesOf(account)) if (device.online) device.connection?.send(node)
}

/** The contact's phone is typing (or recording audio, or stopped) in its chat with the account. */
export function sendChatState(core: SimCore, from: WaUser, account: WaUser, state: ChatState): void {
  const child: BinaryNode = state === 'recording' ? { tag: 'composing', attrs: { media: 'audio' } } : { tag: state, attrs: {} }
  toOnlineDevices(core, account, { tag: 'chatstate', attrs: { from: from.jid }, content: [child] })
}

export function presenceNode(from: WaUser, presence: ContactPresence): BinaryNode {
  const attrs: Record<string, string> = { from: from.jid }
  if (!presence.online) {
    attrs.type = 'unavailable'
    attrs.last = presence.lastSeen === undefined ? 'deny' : String(presence.lastSeen)
  }
  return { tag: 'presence', attrs }
}

/** The contact's presence, pushed to the account's devices (as WhatsApp does for a subscribed chat). */
export function sendPresence(core: SimCore, from: WaUser, account: WaUser, presence: ContactPresence): void {
  toOnlineDevices(core, account, presenceNode(from, presence))
}

/** The contact a `<chatstate to=…>` or `<presence to=…>` stanza names. */
export function addressee(core: SimCore, node: BinaryNode): WaUser | undefined {
  return core.dir.user(node.attrs.to?.split('@')[0]?.split(':')[0] ?? '')
}

/** A chatstate a linked device sent (Baileys' sendPresenceUpdate('composing' | 'paused' | 'recording', jid)). */
export function chatStateOf(node: BinaryNode): ChatState | undefined {
  const child = Array.isArray(node.content) ? node.content[0] : undefined
  if (child?.tag === 'composing') return child.attrs.media === 'audio' ? 'recording' : 'composing'
  if (child?.tag === 'paused') return 'paused'
  return undefined
}
