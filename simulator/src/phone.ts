// A simulated account: the company's phone (primary device) that scans QRs, unlinks devices and can chat itself.
import type { proto } from '@whiskeysockets/baileys'
import type { WaUser, LinkedDevice } from './model.js'
import type { ReceivedMessage, SimCore } from './core.js'
import type { Pairing } from './pairing.js'
import type { SimContact } from './contact.js'
import { deliverToAccount } from './relay.js'
import { Inbox } from './inbox.js'

export interface LinkedDeviceInfo {
  deviceId: number
  /** The companion's jid, e.g. `5511999990001:1@s.whatsapp.net` (what Baileys stores in creds.me.id). */
  jid: string
  lid: string
  online: boolean
}

const info = (d: LinkedDevice): LinkedDeviceInfo => ({ deviceId: d.deviceId, jid: d.jid, lid: d.lidJid, online: d.online })

export class SimPhone {
  /** Copies of what the linked devices sent (WhatsApp sends every device of the account a copy). */
  readonly sentByDevices = new Inbox<ReceivedMessage>()
  /** Fires when a device of this account logs in (true) or loses its connection (false). */
  readonly presence = new Inbox<LinkedDeviceInfo>()

  constructor(
    private readonly core: SimCore,
    readonly user: WaUser,
    private readonly pairing: Pairing,
  ) {}

  get pn(): string {
    return this.user.pn
  }
  get jid(): string {
    return this.user.jid
  }
  get lid(): string {
    return this.user.lid
  }

  /** Scans a Baileys QR string: resolves once the client signed the pairing (it then restarts with 515). */
  async scan(qr: string): Promise<LinkedDeviceInfo> {
    return info(await this.pairing.scan(this.user, qr))
  }

  devices(): LinkedDeviceInfo[] {
    return this.core.dir.devicesOf(this.user).map(info)
  }

  /** Resolves when some device of this account is logged in (immediately if one already is). */
  async waitOnline(timeoutMs = 10000): Promise<LinkedDeviceInfo> {
    const now = this.devices().find(d => d.online)
    return now ?? this.presence.next(timeoutMs, d => d.online)
  }

  /**
   * "Linked devices → log out" on the phone: the device is forgotten, a connected client gets
   * `stream:error code=401` (Baileys: DisconnectReason.loggedOut) and later logins get `failure reason=401`.
   */
  unlink(deviceId?: number): void {
    for (const d of this.core.dir.devicesOf(this.user)) {
      if (deviceId !== undefined && d.deviceId !== deviceId) continue
      this.core.dir.unlink(d)
      d.connection?.end({ tag: 'stream:error', attrs: { code: '401' }, content: [{ tag: 'conflict', attrs: { type: 'device_removed' } }] })
    }
  }

  /** The account's own phone sends `text` to `contact`: linked devices see it as fromMe; the contact gets it too. */
  sendText(contact: SimContact, text: string, opts: { id?: string } = {}): Promise<string> {
    return this.send(contact, { conversation: text }, opts)
  }

  async send(contact: SimContact, message: proto.IMessage, opts: { id?: string } = {}): Promise<string> {
    const id = await deliverToAccount(this.core, this.user, this.user, message, { id: opts.id, fromOwnPhoneTo: contact.user })
    this.core.sentByAccount.set(id, { account: this.user, to: contact.user })
    this.core.hooks.messageToUser(contact.user, { id, from: this.pn, to: contact.pn, fromDevice: 0, message, text: message.conversation ?? undefined })
    return id
  }
}
