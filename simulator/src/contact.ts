// A simulated contact: a WhatsApp user whose phone sends to, and receives from, the accounts' linked devices.
import type { proto } from '@whiskeysockets/baileys'
import type { WaUser } from './model.js'
import type { ChatState, ClientReceipt, ReceivedChatState, ReceivedMessage, SimCore } from './core.js'
import { deliverReceipt, deliverToAccount } from './relay.js'
import { deliverCallOffer } from './call.js'
import { Inbox } from './inbox.js'
import type { MediaHost } from './media-host.js'
import { buildMediaMessage, type MediaInput } from './media.js'
import { sendChatState, sendPresence, type ContactPresence } from './presence.js'

/** Anything that names an account: a SimPhone or its phone number. */
export type AccountRef = { readonly pn: string } | string

export interface SendOptions {
  /** Reuse a message id (normally generated). */
  id?: string
}

export class SimContact {
  /** Receipts this contact's phone sends automatically for messages it gets from an account. */
  autoReceipts = { delivered: true, read: false }
  readonly inbox = new Inbox<ReceivedMessage>()
  readonly receipts = new Inbox<ClientReceipt>()
  /** Typing states ("composing", "paused") the account's linked devices sent to this contact. */
  readonly chatStates = new Inbox<ReceivedChatState>()
  /** What this phone says of itself to a device that subscribes to its presence (undefined: says nothing). */
  presence: ContactPresence | undefined

  constructor(
    private readonly core: SimCore,
    readonly user: WaUser,
    private readonly accountOf: (ref: AccountRef) => WaUser,
    private readonly media: MediaHost,
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
  get pushName(): string {
    return this.user.pushName
  }

  /** Sends a text to the account's linked devices; resolves with the message id once it is queued for them. */
  sendText(to: AccountRef, text: string, opts: SendOptions = {}): Promise<string> {
    return this.send(to, { conversation: text }, opts)
  }

  /** Sends any WhatsApp message (`proto.IMessage`), e.g. a reply with `extendedTextMessage.contextInfo`. */
  send(to: AccountRef, message: proto.IMessage, opts: SendOptions = {}): Promise<string> {
    return deliverToAccount(this.core, this.user, this.accountOf(to), message, opts)
  }

  /** An image (input.data is the raw file), encrypted and served by the simulator's media host. */
  async sendImage(to: AccountRef, input: MediaInput, opts: SendOptions = {}): Promise<string> {
    return this.send(to, await buildMediaMessage(this.media, 'image', input), opts)
  }
  /** An audio file, or a voice note with `ptt: true`. */
  async sendAudio(to: AccountRef, input: MediaInput, opts: SendOptions = {}): Promise<string> {
    return this.send(to, await buildMediaMessage(this.media, 'audio', input), opts)
  }
  async sendDocument(to: AccountRef, input: MediaInput, opts: SendOptions = {}): Promise<string> {
    return this.send(to, await buildMediaMessage(this.media, 'document', input), opts)
  }

  /**
   * Rings the account (a voice call, or a video call with `video: true`) and nobody answers: every linked device
   * gets the `<call><offer/></call>` stanza WhatsApp sends, which Baileys turns into a `call` event with status
   * 'offer'. Resolves with the call id.
   */
  callOffer(to: AccountRef, opts: { video?: boolean; callId?: string } = {}): string {
    return deliverCallOffer(this.core, this.user, this.accountOf(to), opts)
  }

  /** Called with every message an account sends to this contact (already decrypted). Returns an unsubscribe. */
  onMessage(cb: (m: ReceivedMessage) => void): () => void {
    return this.inbox.subscribe(cb)
  }

  /** The next message not yet taken (earliest first), waiting up to `timeoutMs`. */
  nextMessage(opts: { timeoutMs?: number } = {}): Promise<ReceivedMessage> {
    return this.inbox.next(opts.timeoutMs ?? 10000)
  }

  /** The next receipt (delivery, read, ...) the account's device sent for this contact's messages. */
  nextReceipt(opts: { timeoutMs?: number; type?: string } = {}): Promise<ClientReceipt> {
    const type = opts.type
    return this.receipts.next(opts.timeoutMs ?? 10000, type ? r => r.type === type : undefined)
  }

  /**
   * The contact's phone lost its Signal sessions (reinstalled WhatsApp, restored a backup): its next message to
   * each linked device of `account` (every account when omitted) starts a fresh session with a new prekey
   * message, and the device replaces the session it had — as with a real phone.
   */
  resetSession(account?: AccountRef): void {
    const devices = account ? this.core.dir.devicesOf(this.accountOf(account)) : this.core.dir.allDevices()
    for (const device of devices) this.user.peer.forget(device.address)
  }

  /** The contact starts (or stops: 'paused') typing in the chat with the account; its linked devices see it now. */
  typing(to: AccountRef, state: ChatState = 'composing'): void {
    sendChatState(this.core, this.user, this.accountOf(to), state)
  }

  /** The contact comes online or goes offline (`lastSeen` in Unix seconds); remembered for later subscriptions too. */
  setPresence(to: AccountRef, presence: ContactPresence): void {
    this.presence = presence
    sendPresence(this.core, this.user, this.accountOf(to), presence)
  }

  /** The next chatstate a linked device sent this contact (optionally of one state). */
  nextChatState(opts: { timeoutMs?: number; state?: ChatState } = {}): Promise<ReceivedChatState> {
    const state = opts.state
    return this.chatStates.next(opts.timeoutMs ?? 10000, state ? s => s.state === state : undefined)
  }

  /** This contact read the account's message `messageId` (blue ticks). */
  read(messageId: string): void {
    this.receipt(messageId, 'read')
  }
  /** This contact's phone got the message (two grey ticks); automatic unless autoReceipts.delivered is false. */
  delivered(messageId: string): void {
    this.receipt(messageId)
  }

  private receipt(messageId: string, type?: 'read'): void {
    const sent = this.core.sentByAccount.get(messageId)
    if (!sent || sent.to !== this.user) throw new Error(`message ${messageId} was not sent to ${this.pn}`)
    deliverReceipt(this.core, sent.account, this.user, messageId, type)
  }
}
