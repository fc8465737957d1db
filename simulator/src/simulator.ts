// The simulator's public face: start it, get phones and contacts, drop links, close it.
import { Directory, type WaUser } from './model.js'
import type { SimCore, SimHooks } from './core.js'
import { silentLogger, type Logger } from './logger.js'
import { WaServer } from './server.js'
import { SimPhone } from './phone.js'
import { SimContact, type AccountRef } from './contact.js'
import { deliverToAccount } from './relay.js'
import type { PendingPairing } from './pairing.js'
import { trustSimulatorRoot } from './noise.js'
import { presenceNode } from './presence.js'
import { MediaHost } from './media-host.js'
import { downloadMedia, type MediaKind } from './media.js'
import type { proto } from '@whiskeysockets/baileys'

export interface WaSimulatorOptions {
  /** Interface to listen on (default 127.0.0.1). */
  host?: string
  /** WebSocket port; 0 (default) picks a free one. */
  port?: number
  /** Media host ports (HTTPS for uploads, HTTP for downloads); 0 (default) picks free ones. */
  mediaPorts?: { https?: number; http?: number }
  /** Directory for the media host's self-signed certificate, reused across runs when given. */
  certDir?: string
  logger?: Logger
  /** How many QR codes (refs) an unpaired client gets before Baileys gives up with 408 (default 6, like WhatsApp). */
  qrRefs?: number
  /** Unknown numbers looked up by a client become contacts (default true). */
  autoContacts?: boolean
  /** Latency of a contact phone's automatic receipts (default 150 ms: Baileys buffers events for 100 ms after a send). */
  receiptDelayMs?: number
  /** Make this process's Baileys trust the simulator's Noise certificate (default true). */
  trustInProcess?: boolean
}

export class WaSimulator {
  private readonly phones = new Map<string, SimPhone>()
  private readonly contacts = new Map<string, SimContact>()

  private constructor(
    private readonly core: SimCore,
    private readonly server: WaServer,
    readonly media: MediaHost,
  ) {}

  static async start(opts: WaSimulatorOptions = {}): Promise<WaSimulator> {
    if (opts.trustInProcess !== false) trustSimulatorRoot()
    const host = opts.host ?? '127.0.0.1'
    let sim: WaSimulator | undefined
    const hooks: SimHooks = {
      messageToUser: (user, msg) => {
        if (user.pn === msg.from) sim?.phones.get(user.pn)?.sentByDevices.push(msg)
        else sim?.contactFor(user).inbox.push(msg)
      },
      receiptFromClient: (user, r) => sim?.contacts.get(user.pn)?.receipts.push(r),
      deviceLinked: () => {},
      deviceOnline: (d, online) => sim?.phones.get(d.account.pn)?.presence.push({ deviceId: d.deviceId, jid: d.jid, lid: d.lidJid, online }),
      chatStateFromClient: (user, state) => sim?.contacts.get(user.pn)?.chatStates.push(state),
      // WhatsApp answers a subscription with the contact's presence, when the contact shares it.
      presenceSubscribed: (device, user) => {
        const presence = sim?.contacts.get(user.pn)?.presence
        if (presence && device.online) device.connection?.send(presenceNode(user, presence))
      },
    }
    const core: SimCore = { dir: new Directory(), logger: opts.logger ?? silentLogger, hooks, sentByContact: new Map(), sentByAccount: new Map() }
    const media = await MediaHost.start({ host, ...opts.mediaPorts, certDir: opts.certDir, logger: core.logger })
    const server = await WaServer.listen(core, {
      host,
      port: opts.port ?? 0,
      receiptDelayMs: opts.receiptDelayMs ?? 150,
      qrRefs: opts.qrRefs ?? 6,
      autoContacts: opts.autoContacts ?? true,
      media: () => ({ hosts: [media.uploadHost], auth: media.auth }),
      autoReceipts: pn => sim?.contacts.get(pn)?.autoReceipts ?? { delivered: true, read: false },
    })
    sim = new WaSimulator(core, server, media)
    return sim
  }

  /** The WebSocket URL to give Baileys as `waWebSocketUrl` (the backend reads WA_WEBSOCKET_URL). */
  get url(): string {
    return this.server.url
  }

  /** Connected clients that have no credentials yet and show QR codes. */
  pendingPairings(): PendingPairing[] {
    return this.server.pairing.list()
  }

  /** How many clients are connected now, paired or not (a test sees a connection end, e.g. the 515 after pairing). */
  connectedClients(): number {
    return this.server.connections.size
  }

  /** A simulated account (the company's phone), created on first use. */
  phone(pn: string): SimPhone {
    let p = this.phones.get(pn)
    if (!p) {
      p = new SimPhone(this.core, this.core.dir.ensureUser(pn), this.server.pairing)
      this.phones.set(pn, p)
    }
    return p
  }

  /** A simulated contact (a customer), created on first use. */
  contact(pn: string, opts: { pushName?: string } = {}): SimContact {
    return this.contactFor(this.core.dir.ensureUser(pn, opts.pushName))
  }

  /** This number has no WhatsApp account: `onWhatsApp` (a usync contact lookup) answers that it does not exist. */
  notOnWhatsapp(pn: string): void {
    this.core.dir.notOnWhatsapp.add(pn)
  }

  contactList(): SimContact[] {
    return [...this.contacts.values()]
  }
  phoneList(): SimPhone[] {
    return [...this.phones.values()]
  }

  /** Server-side drop of every connection of this account's devices (Baileys sees 428 and should reconnect). */
  drop(phone: AccountRef): void {
    this.server.drop(this.core.dir.devicesOf(this.accountOf(phone)))
  }
  dropAll(): void {
    this.server.drop(this.core.dir.allDevices())
  }

  /**
   * A network outage for this account's linked devices: their links drop now and every new one dies before
   * the login completes (Baileys sees 428 again and again) until `networkUp`. Messages sent to them meanwhile
   * wait on the server, as after a drop.
   */
  networkDown(phone: AccountRef): void {
    const account = this.accountOf(phone)
    this.server.unreachableFrom(account, this.core.dir.devicesOf(account))
  }

  networkUp(phone: AccountRef): void {
    this.server.reachable(this.accountOf(phone))
  }

  /**
   * Delivers a contact's message again with the same id (freshly encrypted, as after a lost ack), so the
   * client sees a duplicate. Resolves with that id.
   */
  redeliver(messageId: string): Promise<string> {
    const sent = this.core.sentByContact.get(messageId)
    if (!sent) return Promise.reject(new Error(`unknown message ${messageId}`))
    return deliverToAccount(this.core, sent.from, sent.account, sent.message, { id: messageId, fromOwnPhoneTo: sent.recipient })
  }

  /** Decrypts the media of a message an account sent (e.g. `(await contact.nextMessage()).message`). */
  downloadMedia(message: proto.IMessage): Promise<{ kind: MediaKind; data: Buffer; mimetype?: string }> {
    return downloadMedia(this.media, message)
  }

  async close(): Promise<void> {
    await this.server.close()
    await this.media.close()
  }

  private contactFor(user: WaUser): SimContact {
    let c = this.contacts.get(user.pn)
    if (!c) {
      c = new SimContact(this.core, user, ref => this.accountOf(ref), this.media)
      this.contacts.set(user.pn, c)
    }
    return c
  }

  private accountOf(ref: AccountRef): WaUser {
    const pn = typeof ref === 'string' ? ref : ref.pn
    const user = this.core.dir.user(pn)
    if (!user) throw new Error(`unknown account ${pn}`)
    return user
  }
}

export const startWaSimulator = (opts: WaSimulatorOptions = {}): Promise<WaSimulator> => WaSimulator.start(opts)
