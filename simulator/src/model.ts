// The simulator's world: WhatsApp users (accounts and contacts), the devices linked to accounts, and lookups.
import type { BinaryNode } from '@whiskeysockets/baileys'
import type { ClientConnection } from './transport.js'
import { SignalPeer, type PreKeyBundle } from './signal-peer.js'

export const S_WHATSAPP_NET = 's.whatsapp.net'
export const pnJid = (pn: string, device = 0): string => (device ? `${pn}:${device}@${S_WHATSAPP_NET}` : `${pn}@${S_WHATSAPP_NET}`)
export const lidJid = (lid: string, device = 0): string => (device ? `${lid}:${device}@lid` : `${lid}@lid`)
export const nowSeconds = (): string => String(Math.floor(Date.now() / 1000))

const outboxKey = (tag: string, id: string | undefined, type: string | undefined): string =>
  tag === 'message' ? `message:${id}` : `${tag}:${id}:${type ?? ''}`

/** A WhatsApp user; its primary phone (device 0) is a real libsignal peer. */
export class WaUser {
  readonly peer = new SignalPeer()
  constructor(
    readonly pn: string,
    readonly lid: string,
    public pushName: string,
  ) {}
  get jid(): string {
    return pnJid(this.pn)
  }
}

/** A companion device (one Baileys client) linked to an account by a QR scan. */
export class LinkedDevice {
  bundle?: PreKeyBundle
  connection?: ClientConnection
  /** Logged in on `connection` (after `<success>`); stanzas wait in the outbox until then. */
  online = false
  /** Stanzas delivered but not yet acked by the client: re-sent on the next login, as WhatsApp does. */
  readonly outbox = new Map<string, BinaryNode>()
  constructor(
    readonly account: WaUser,
    readonly deviceId: number,
    readonly identityKey: Buffer,
  ) {}
  get jid(): string {
    return pnJid(this.account.pn, this.deviceId)
  }
  get lidJid(): string {
    return lidJid(this.account.lid, this.deviceId)
  }
  /** The libsignal address other peers use for this device. */
  get address(): string {
    return `${this.account.pn}_${this.deviceId}`
  } // libsignal forbids '.' in names

  deliver(stanza: BinaryNode): void {
    this.outbox.set(outboxKey(stanza.tag, stanza.attrs.id, stanza.attrs.type), stanza)
    if (this.online) this.connection?.send(stanza)
  }

  /** The client acked a stanza (its `<ack class=... id type>`): it will not be re-sent. */
  acked(ack: BinaryNode): void {
    this.outbox.delete(outboxKey(ack.attrs.class ?? '', ack.attrs.id, ack.attrs.type))
  }
}

export class Directory {
  private readonly byUser = new Map<string, WaUser>()
  private readonly devices = new Map<string, LinkedDevice>()
  private nextLid = 100000000001
  private readonly retired = new Map<string, number>()
  /** Numbers a test declared not on WhatsApp: lookups answer "out" and never make them contacts. */
  readonly notOnWhatsapp = new Set<string>()

  /** Finds a user by phone number or LID (the user part of any jid). */
  user(userPart: string): WaUser | undefined {
    return this.byUser.get(userPart)
  }

  ensureUser(pn: string, pushName?: string): WaUser {
    const existing = this.byUser.get(pn)
    if (existing) {
      if (pushName) existing.pushName = pushName
      return existing
    }
    const user = new WaUser(pn, String(this.nextLid++), pushName ?? pn)
    this.byUser.set(pn, user)
    this.byUser.set(user.lid, user)
    return user
  }

  allUsers(): WaUser[] {
    return [...new Set(this.byUser.values())]
  }
  addDevice(device: LinkedDevice): void {
    this.devices.set(`${device.account.pn}:${device.deviceId}`, device)
  }
  removeDevice(device: LinkedDevice): void {
    this.devices.delete(`${device.account.pn}:${device.deviceId}`)
  }
  device(pn: string, deviceId: number): LinkedDevice | undefined {
    return this.devices.get(`${pn}:${deviceId}`)
  }
  devicesOf(account: WaUser): LinkedDevice[] {
    return [...this.devices.values()].filter(d => d.account === account)
  }
  allDevices(): LinkedDevice[] {
    return [...this.devices.values()]
  }
  nextDeviceId(account: WaUser): number {
    return Math.max(0, ...this.devicesOf(account).map(d => d.deviceId), this.retired.get(account.pn) ?? 0) + 1
  }
  /** Device ids are never reused for an account: a re-link must not inherit old Signal sessions. */
  retire(device: LinkedDevice): void {
    this.retired.set(device.account.pn, Math.max(this.retired.get(device.account.pn) ?? 0, device.deviceId))
    this.removeDevice(device)
  }
  /** The account no longer has this device (unlinked from the phone, or logged out by the client itself). */
  unlink(device: LinkedDevice): void {
    this.retire(device)
    device.online = false
    for (const c of this.allUsers()) c.peer.forget(device.address)
  }
}
