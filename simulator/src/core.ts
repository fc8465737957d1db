// What the protocol handlers share: the directory, logging, and the hooks the public API listens to.
import type { proto } from '@whiskeysockets/baileys'
import type { Directory, LinkedDevice, WaUser } from './model.js'
import type { Logger } from './logger.js'

/** A message that reached a simulated contact (or the account's phone), decrypted. */
export interface ReceivedMessage {
  /** WhatsApp message id (the key id Baileys reported for the sent message). */
  id: string
  /** Phone number of the account whose linked device sent it. */
  from: string
  /** Phone number of the recipient (the contact). */
  to: string
  /** Device id of the sending companion. */
  fromDevice: number
  message: proto.IMessage
  /** Text of a conversation / extendedText message, or a media caption. */
  text?: string
}

/** A receipt the account's linked device sent for a message it received (delivered, read, ...). */
export interface ClientReceipt {
  ids: string[]
  type: string
  from: string
  to: string
}

export type ChatState = 'composing' | 'recording' | 'paused'

/** A chatstate a linked device sent to a contact. */
export interface ReceivedChatState {
  /** Phone number of the account whose device sent it. */
  from: string
  to: string
  state: ChatState
}

export interface SimHooks {
  messageToUser(user: WaUser, msg: ReceivedMessage): void
  receiptFromClient(user: WaUser, receipt: ClientReceipt): void
  deviceLinked(device: LinkedDevice): void
  deviceOnline(device: LinkedDevice, online: boolean): void
  /** A linked device sent a chatstate (typing, paused) to `user`. */
  chatStateFromClient(user: WaUser, state: ReceivedChatState): void
  /** A linked device subscribed to `user`'s presence (Baileys' presenceSubscribe). */
  presenceSubscribed(device: LinkedDevice, user: WaUser): void
}

export interface SimCore {
  dir: Directory
  logger: Logger
  hooks: SimHooks
  /** Where a message id came from, so receipts and redelivery can find it. */
  sentByContact: Map<string, { from: WaUser; account: WaUser; message: proto.IMessage; recipient?: WaUser }>
  sentByAccount: Map<string, { account: WaUser; to: WaUser }>
}
