// A real libsignal participant (a contact's phone, or an account's primary phone) held by the simulator.
import libsignal, { type KeyPair, type SignalStorage } from 'libsignal'
import type { BinaryNode } from '@whiskeysockets/baileys'

/** What Baileys uploaded with `<iq xmlns=encrypt type=set><registration/>...`: enough to start a session. */
export interface PreKeyBundle {
  registrationId: number
  identityKey: Buffer
  signedPreKey: { keyId: number; publicKey: Buffer; signature: Buffer }
  preKeys: Array<{ keyId: number; publicKey: Buffer }>
}

export type EncType = 'pkmsg' | 'msg'

const uintBE = (n: number, len: number): Buffer => {
  const b = Buffer.alloc(len)
  b.writeUIntBE(n, 0, len)
  return b
}
const stripPrefix = (key: Buffer): Buffer => Buffer.from(key).subarray(1) // WA sends keys without the 0x05 type byte

export class SignalPeer {
  readonly identity: KeyPair = libsignal.keyhelper.generateIdentityKeyPair()
  readonly registrationId = libsignal.keyhelper.generateRegistrationId()
  private readonly signed = libsignal.keyhelper.generateSignedPreKey(this.identity, 1)
  private readonly preKeys = new Map<number, KeyPair>()
  private nextPreKeyId = 1
  private readonly sessions = new Map<string, Uint8Array>()
  /** Per-address queue: libsignal session updates are read-modify-write, so calls must not interleave. */
  private readonly locks = new Map<string, Promise<unknown>>()
  private readonly store: SignalStorage

  constructor() {
    this.store = {
      isTrustedIdentity: () => true,
      loadSession: async id => {
        const s = this.sessions.get(id)
        return s ? libsignal.SessionRecord.deserialize(s) : undefined
      },
      storeSession: async (id, rec) => {
        this.sessions.set(id, rec.serialize())
      },
      getOurIdentity: () => this.identity,
      getOurRegistrationId: () => this.registrationId,
      loadPreKey: async id => this.preKeys.get(Number(id)),
      removePreKey: id => {
        this.preKeys.delete(Number(id))
      },
      loadSignedPreKey: () => this.signed.keyPair,
    }
  }

  /** A fresh one-time prekey in the shape of a `<user>` child of the server's prekey-fetch answer. */
  bundleNode(jid: string): BinaryNode {
    const pk = libsignal.keyhelper.generatePreKey(this.nextPreKeyId++)
    this.preKeys.set(pk.keyId, pk.keyPair)
    return {
      tag: 'user',
      attrs: { jid },
      content: [
        { tag: 'registration', attrs: {}, content: uintBE(this.registrationId, 4) },
        { tag: 'type', attrs: {}, content: Buffer.from([5]) },
        { tag: 'identity', attrs: {}, content: stripPrefix(this.identity.pubKey) },
        {
          tag: 'skey',
          attrs: {},
          content: [
            { tag: 'id', attrs: {}, content: uintBE(this.signed.keyId, 3) },
            { tag: 'value', attrs: {}, content: stripPrefix(this.signed.keyPair.pubKey) },
            { tag: 'signature', attrs: {}, content: Buffer.from(this.signed.signature) },
          ],
        },
        {
          tag: 'key',
          attrs: {},
          content: [
            { tag: 'id', attrs: {}, content: uintBE(pk.keyId, 3) },
            { tag: 'value', attrs: {}, content: stripPrefix(pk.keyPair.pubKey) },
          ],
        },
      ],
    }
  }

  hasSession(address: string): boolean {
    return this.sessions.has(`${address}.0`)
  }
  forget(address: string): void {
    this.sessions.delete(`${address}.0`)
  }

  /** Encrypts for `address`, first building a session from `takePreKey()` when none exists yet. */
  encrypt(address: string, plaintext: Uint8Array, bundle: () => PreKeyBundle | undefined): Promise<{ type: EncType; ciphertext: Buffer }> {
    return this.locked(address, async () => {
      const addr = new libsignal.ProtocolAddress(address, 0)
      if (!this.hasSession(address)) {
        const b = bundle()
        const preKey = b?.preKeys.shift()
        if (!b || !preKey) throw new Error(`no prekey bundle to start a session with ${address}`)
        await new libsignal.SessionBuilder(this.store, addr).initOutgoing({ ...b, preKey })
      }
      const { type, body } = await new libsignal.SessionCipher(this.store, addr).encrypt(plaintext)
      return { type: type === 3 ? 'pkmsg' : 'msg', ciphertext: Buffer.from(body, 'binary') }
    })
  }

  decrypt(address: string, type: string, ciphertext: Uint8Array): Promise<Buffer> {
    return this.locked(address, async () => {
      const cipher = new libsignal.SessionCipher(this.store, new libsignal.ProtocolAddress(address, 0))
      return Buffer.from(type === 'pkmsg' ? await cipher.decryptPreKeyWhisperMessage(ciphertext) : await cipher.decryptWhisperMessage(ciphertext))
    })
  }

  private locked<T>(address: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(address) ?? Promise.resolve()
    const next = prev.then(fn, fn)
    this.locks.set(
      address,
      next.catch(() => undefined),
    )
    return next
  }
}
