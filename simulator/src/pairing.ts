// QR pairing: refs for unpaired clients, the phone's signed pair-success, and the 515 restart afterwards.
import { randomBytes } from 'node:crypto'
import { Curve, getBinaryNodeChild, hmacSign, proto, type BinaryNode, type KeyPair } from '@whiskeysockets/baileys'
import type { ClientConnection } from './transport.js'
import { LinkedDevice, S_WHATSAPP_NET, lidJid, pnJid, type WaUser } from './model.js'
import type { SimCore } from './core.js'

/** What a Baileys QR carries: `https://wa.me/settings/linked_devices#ref,noiseKey,identityKey,advSecret,platform`. */
export interface ParsedQr {
  ref: string
  noiseKey: Buffer
  identityKey: Buffer
  advSecret: Buffer
}

export function parseQr(qr: string): ParsedQr {
  const [ref, noise, identity, adv] = (qr.includes('#') ? qr.slice(qr.indexOf('#') + 1) : qr).split(',')
  if (!ref || !noise || !identity || !adv) throw new Error('not a WhatsApp pairing QR')
  return { ref, noiseKey: Buffer.from(noise, 'base64'), identityKey: Buffer.from(identity, 'base64'), advSecret: Buffer.from(adv, 'base64') }
}

/** A connected client that has no credentials yet and shows QR codes. */
export interface PendingPairing {
  connectionId: number
  /** The refs it was given; its QR codes start with `https://wa.me/settings/linked_devices#<ref>,`. */
  refs: string[]
  since: Date
}

interface InFlight {
  account: WaUser
  deviceId: number
  identityKey: Buffer
  resolve(d: LinkedDevice): void
  reject(e: Error): void
}

/** An account's ADV key: the phone signs each companion's identity with it. */
const accountKeys = new WeakMap<WaUser, KeyPair>()
const accountKeyOf = (u: WaUser): KeyPair => {
  const k = accountKeys.get(u) ?? Curve.generateKeyPair()
  accountKeys.set(u, k)
  return k
}

export class Pairing {
  private readonly pending = new Map<ClientConnection, PendingPairing>()
  private readonly inFlight = new Map<ClientConnection, InFlight>()

  constructor(
    private readonly core: SimCore,
    private readonly refsPerClient: number,
  ) {}

  /** Registration handshake: hand out refs (each becomes one QR; Baileys rotates them, then gives up). */
  start(conn: ClientConnection): void {
    const refs = Array.from({ length: this.refsPerClient }, () => `2@${randomBytes(18).toString('base64')}`)
    this.pending.set(conn, { connectionId: conn.id, refs, since: new Date() })
    conn.send({
      tag: 'iq',
      attrs: { from: S_WHATSAPP_NET, type: 'set', id: `pd-${conn.id}`, xmlns: 'md' },
      content: [{ tag: 'pair-device', attrs: {}, content: refs.map(r => ({ tag: 'ref', attrs: {}, content: Buffer.from(r) })) }],
    })
  }

  list(): PendingPairing[] {
    return [...this.pending.values()].map(p => ({ ...p, refs: [...p.refs] }))
  }

  closed(conn: ClientConnection): void {
    this.pending.delete(conn)
    this.inFlight.get(conn)?.reject(new Error('client disconnected before pairing finished'))
    this.inFlight.delete(conn)
  }

  /** The phone scanned `qr`: sign the companion's identity and send pair-success; resolves once Baileys signs back. */
  scan(account: WaUser, qr: string): Promise<LinkedDevice> {
    const parsed = parseQr(qr)
    const conn = [...this.pending.entries()].find(([, p]) => p.refs.includes(parsed.ref))?.[0]
    if (!conn) return Promise.reject(new Error(`no connected client shows a QR with ref ${parsed.ref}`))
    this.pending.delete(conn)
    const deviceId = this.core.dir.nextDeviceId(account)
    const key = accountKeyOf(account)
    const details = proto.ADVDeviceIdentity.encode({ rawId: deviceId, timestamp: Math.floor(Date.now() / 1000), keyIndex: 1 }).finish()
    const accountSignature = Curve.sign(key.private, Buffer.concat([Buffer.from([6, 0]), details, parsed.identityKey]))
    const signed = proto.ADVSignedDeviceIdentity.encode({ details, accountSignatureKey: key.public, accountSignature }).finish()
    const hmac = hmacSign(signed, parsed.advSecret)
    return new Promise((resolve, reject) => {
      this.inFlight.set(conn, { account, deviceId, identityKey: parsed.identityKey, resolve, reject })
      conn.send({
        tag: 'iq',
        attrs: { from: S_WHATSAPP_NET, type: 'set', id: `ps-${conn.id}` },
        content: [
          {
            tag: 'pair-success',
            attrs: {},
            content: [
              { tag: 'device-identity', attrs: {}, content: proto.ADVSignedDeviceIdentityHMAC.encode({ details: signed, hmac }).finish() },
              { tag: 'platform', attrs: { name: 'android' } },
              { tag: 'device', attrs: { jid: pnJid(account.pn, deviceId), lid: lidJid(account.lid, deviceId) } },
            ],
          },
        ],
      })
    })
  }

  /** Baileys answered pair-success with pair-device-sign: the device exists now; WhatsApp then asks for a restart. */
  signed(conn: ClientConnection, node: BinaryNode): void {
    const flight = this.inFlight.get(conn)
    if (!flight) return
    this.inFlight.delete(conn)
    const sign = getBinaryNodeChild(node, 'pair-device-sign')
    const identity = proto.ADVSignedDeviceIdentity.decode(getBinaryNodeChild(sign, 'device-identity')?.content as Uint8Array)
    const key = accountKeyOf(flight.account)
    const msg = Buffer.concat([Buffer.from([6, 1]), identity.details ?? Buffer.alloc(0), flight.identityKey, key.public])
    if (!identity.deviceSignature || !Curve.verify(flight.identityKey, msg, identity.deviceSignature)) {
      flight.reject(new Error('companion device signature invalid'))
      conn.end({ tag: 'stream:error', attrs: { code: '401' } })
      return
    }
    const device = new LinkedDevice(flight.account, flight.deviceId, flight.identityKey)
    this.core.dir.addDevice(device)
    this.core.hooks.deviceLinked(device)
    conn.end({ tag: 'stream:error', attrs: { code: '515' } })
    flight.resolve(device)
  }
}
