// The WhatsApp Web endpoint: accepts Baileys WebSockets, logs devices in, and routes every stanza.
import { WebSocketServer } from 'ws'
import type { AddressInfo } from 'node:net'
import { S_WHATSAPP_NET as SERVER_JID, getBinaryNodeChild, type BinaryNode, type proto } from '@whiskeysockets/baileys'
import { ClientConnection, type ConnectionHandlers } from './transport.js'
import { lidJid, nowSeconds, type LinkedDevice, type WaUser } from './model.js'
import { answerIq, type IqContext } from './iq.js'
import { Pairing } from './pairing.js'
import { deliverReceipt, relayFromDevice } from './relay.js'
import { addressee, chatStateOf } from './presence.js'
import type { SimCore } from './core.js'

export interface ServerOptions {
  host: string
  port: number
  qrRefs: number
  autoContacts: boolean
  media?: () => { hosts: string[]; auth: string } | undefined
  receiptDelayMs: number
  /** Decides the receipts a simulated recipient sends back for a message it got. */
  autoReceipts(recipientPn: string): { delivered: boolean; read: boolean }
}

export class WaServer implements ConnectionHandlers {
  readonly pairing: Pairing
  private readonly wss: WebSocketServer
  private readonly deviceOf = new Map<ClientConnection, LinkedDevice>()
  readonly connections = new Set<ClientConnection>()
  /** Accounts whose linked devices cannot reach the server (a network outage on the client's side). */
  private readonly unreachable = new Set<string>()

  private constructor(
    private readonly core: SimCore,
    private readonly opts: ServerOptions,
    wss: WebSocketServer,
  ) {
    this.wss = wss
    this.pairing = new Pairing(core, opts.qrRefs)
    wss.on('connection', ws => {
      this.connections.add(new ClientConnection(ws, this, core.logger))
    })
  }

  static async listen(core: SimCore, opts: ServerOptions): Promise<WaServer> {
    const wss = new WebSocketServer({ host: opts.host, port: opts.port })
    await new Promise<void>((resolve, reject) => {
      wss.once('listening', resolve)
      wss.once('error', reject)
    })
    return new WaServer(core, opts, wss)
  }

  get url(): string {
    const { address, port } = this.wss.address() as AddressInfo
    return `ws://${address.includes(':') ? `[${address}]` : address}:${port}/ws/chat`
  }

  onReady(conn: ClientConnection, payload: proto.ClientPayload): void {
    if (payload.devicePairingData) return this.pairing.start(conn)
    const pn = String(payload.username ?? '')
    if (this.unreachable.has(pn)) {
      // The link dies before the login completes, as it does when the client's network is down.
      conn.terminate()
      return
    }
    const device = this.core.dir.device(pn, Number(payload.device ?? 0))
    if (!device) {
      // Unknown or unlinked device: WhatsApp answers a login with stale credentials by logging it out.
      this.core.logger.info({ pn, device: payload.device }, 'login from unknown device; failure 401')
      conn.end({ tag: 'failure', attrs: { reason: '401', location: 'sim' } })
      return
    }
    const previous = device.connection
    if (previous && previous !== conn && !previous.closed) {
      this.deviceOf.delete(previous)
      previous.end({ tag: 'stream:error', attrs: {}, content: [{ tag: 'conflict', attrs: { type: 'replaced' } }] })
    }
    device.connection = conn
    this.deviceOf.set(conn, device)
    conn.send({
      tag: 'success',
      attrs: { t: nowSeconds(), lid: lidJid(device.account.lid, device.deviceId), props: '1', abprops: '1', location: 'sim', creation: '1700000000' },
    })
    device.online = true
    // Whatever was delivered while the device was away (or not acked) comes now, before the offline marker.
    const pending = [...device.outbox.values()]
    for (const stanza of pending) conn.send(stanza)
    conn.send({ tag: 'ib', attrs: { from: SERVER_JID }, content: [{ tag: 'offline', attrs: { count: String(pending.length) } }] })
    this.core.hooks.deviceOnline(device, true)
  }

  onClose(conn: ClientConnection): void {
    this.connections.delete(conn)
    this.pairing.closed(conn)
    const device = this.deviceOf.get(conn)
    this.deviceOf.delete(conn)
    if (device && device.connection === conn) {
      device.online = false
      device.connection = undefined
      this.core.hooks.deviceOnline(device, false)
    }
  }

  async onNode(conn: ClientConnection, node: BinaryNode): Promise<void> {
    const device = this.deviceOf.get(conn)
    switch (node.tag) {
      case 'iq':
        return this.onIq(conn, device, node)
      case 'message':
        if (device) void this.onMessage(device, node)
        return
      case 'ack':
        device?.acked(node)
        return
      case 'receipt':
        if (device) this.onClientReceipt(device, node)
        return
      case 'chatstate':
        if (device) this.onChatState(device, node)
        return
      case 'presence':
        if (device && node.attrs.type === 'subscribe') {
          const user = addressee(this.core, node)
          if (user) this.core.hooks.presenceSubscribed(device, user)
        }
        return
      default: // ib, call, ...: accepted silently
    }
  }

  private onIq(conn: ClientConnection, device: LinkedDevice | undefined, node: BinaryNode): void {
    if (node.attrs.type === 'result' || node.attrs.type === 'error') {
      if (getBinaryNodeChild(node, 'pair-device-sign')) this.pairing.signed(conn, node)
      return
    }
    const ctx: IqContext = {
      dir: this.core.dir,
      device,
      media: this.opts.media?.(),
      autoContacts: this.opts.autoContacts,
      onContactCreated: () => {},
    }
    const content = answerIq(ctx, node)
    conn.send({ tag: 'iq', attrs: { from: SERVER_JID, type: 'result', id: node.attrs.id ?? '' }, ...(content ? { content } : {}) })
  }

  private async onMessage(device: LinkedDevice, node: BinaryNode): Promise<void> {
    const recipients = await relayFromDevice(this.core, device, node)
    const id = node.attrs.id ?? ''
    // The recipient's phone answers after a network round trip. Answering at once would land inside Baileys'
    // event buffer for the send, where the status is merged into messages.upsert instead of messages.update.
    const delay = this.opts.receiptDelayMs
    for (const r of recipients) {
      const policy = this.opts.autoReceipts(r.pn)
      if (policy.delivered) setTimeout(() => deliverReceipt(this.core, device.account, r, id), delay)
      if (policy.read) setTimeout(() => deliverReceipt(this.core, device.account, r, id, 'read'), delay * 2)
    }
  }

  private onChatState(device: LinkedDevice, node: BinaryNode): void {
    const user = addressee(this.core, node)
    const state = chatStateOf(node)
    if (user && state) this.core.hooks.chatStateFromClient(user, { from: device.account.pn, to: user.pn, state })
  }

  private onClientReceipt(device: LinkedDevice, node: BinaryNode): void {
    const { id = '', to = '', type = 'delivery' } = node.attrs
    const list = getBinaryNodeChild(node, 'list')
    const more = Array.isArray(list?.content) ? list.content.map(i => i.attrs.id).filter((x): x is string => !!x) : []
    const ids = [id, ...more]
    const chat = this.core.dir.user(to.split('@')[0]?.split(':')[0] ?? '')
    for (const i of ids) if (type !== 'read' && type !== 'read-self') device.acked({ tag: 'ack', attrs: { class: 'message', id: i } })
    if (chat) this.core.hooks.receiptFromClient(chat, { ids, type, from: device.account.pn, to: chat.pn })
  }

  /** Server-side drop of every connection of these devices (no close frame: a lost link). */
  drop(devices: LinkedDevice[]): void {
    for (const d of devices) d.connection?.terminate()
  }

  /** Cuts the account's devices off (their links drop, new ones die before login) until `reachable` is called. */
  unreachableFrom(account: WaUser, devices: LinkedDevice[]): void {
    this.unreachable.add(account.pn)
    this.drop(devices)
  }

  reachable(account: WaUser): void {
    this.unreachable.delete(account.pn)
  }

  async close(): Promise<void> {
    for (const c of this.connections) c.terminate()
    await new Promise<void>(resolve => this.wss.close(() => resolve()))
  }
}
