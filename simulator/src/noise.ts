// Server side of WhatsApp's Noise XX handshake and transport encryption, mirroring Baileys' noise-handler.
import { createHash } from 'node:crypto'
import libsignal from 'libsignal'
import { Curve, type KeyPair, NOISE_MODE, NOISE_WA_HEADER, WA_CERT_DETAILS, aesDecryptGCM, aesEncryptGCM, hkdf, proto, sha256 } from '@whiskeysockets/baileys'

type Pair = KeyPair

/**
 * The root of the simulator's fake certificate chain. Deterministic, so that a Baileys running in ANOTHER
 * process (demo mode, a backend started separately) can be told to trust it with a fixed public key.
 */
function rootKeyPair(): Pair {
  const priv = createHash('sha256').update('atende-wa-sim noise root v1').digest()
  priv[0]! &= 248
  priv[31]! &= 127
  priv[31]! |= 64 // X25519 clamping, as libsignal expects of a private key
  return { private: priv, public: Buffer.from(libsignal.curve.getPublicFromPrivateKey(priv).subarray(1)) }
}

const root = rootKeyPair()
/** Public key (32 bytes) that Baileys must hold in `WA_CERT_DETAILS.PUBLIC_KEY` to accept the simulator. */
export const SIMULATOR_ROOT_PUBLIC_KEY: Buffer = Buffer.from(root.public)

/**
 * Baileys 7 verifies the intermediate certificate's signature against the exported, mutable
 * `WA_CERT_DETAILS.PUBLIC_KEY`; WhatsApp's real root key is not ours to sign with, so the Baileys instance
 * talking to the simulator must trust the simulator's root. Only this one constant is changed.
 */
export function trustSimulatorRoot(): void {
  WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(SIMULATOR_ROOT_PUBLIC_KEY) as typeof WA_CERT_DETAILS.PUBLIC_KEY
}

const serverStatic: Pair = Curve.generateKeyPair()
const certChain: Uint8Array = (() => {
  const inter = Curve.generateKeyPair()
  const D = proto.CertChain.NoiseCertificate.Details
  const far = 4102444800 // 2100-01-01
  const interDetails = D.encode({ serial: 1, issuerSerial: WA_CERT_DETAILS.SERIAL, key: inter.public, notBefore: 0, notAfter: far }).finish()
  const leafDetails = D.encode({ serial: 2, issuerSerial: 1, key: serverStatic.public, notBefore: 0, notAfter: far }).finish()
  return proto.CertChain.encode({
    intermediate: { details: interDetails, signature: Curve.sign(root.private, interDetails) },
    leaf: { details: leafDetails, signature: Curve.sign(inter.private, leafDetails) },
  }).finish()
})()

const ivFor = (counter: number): Buffer => {
  const b = Buffer.alloc(12)
  b.writeUInt32BE(counter, 8)
  return b
}

type Direction = { key: Buffer; counter: number }

export class NoiseServer {
  private hash: Buffer = Buffer.from(NOISE_MODE)
  private salt: Buffer = this.hash
  private key: Buffer = this.hash
  private counter = 0
  private ephemeral?: Pair
  private tx?: Direction
  private rx?: Direction
  /** The client's static Noise public key (the "noiseKey" part of its QR). */
  clientStatic?: Uint8Array

  constructor() {
    this.authenticate(NOISE_WA_HEADER)
  }

  private authenticate(data: Uint8Array): void {
    this.hash = sha256(Buffer.concat([this.hash, data]))
  }
  private encrypt(pt: Uint8Array): Buffer {
    const r = aesEncryptGCM(pt, this.key, ivFor(this.counter++), this.hash)
    this.authenticate(r)
    return r
  }
  private decrypt(ct: Uint8Array): Buffer {
    const r = aesDecryptGCM(ct, this.key, ivFor(this.counter++), this.hash)
    this.authenticate(ct)
    return r
  }
  private mix(data: Uint8Array): void {
    const k = hkdf(Buffer.from(data), 64, { salt: this.salt, info: '' })
    this.salt = Buffer.from(k.subarray(0, 32))
    this.key = Buffer.from(k.subarray(32))
    this.counter = 0
  }

  /** Answers the ClientHello with the encoded HandshakeMessage carrying ServerHello. */
  serverHello(clientEphemeral: Uint8Array): Uint8Array {
    this.authenticate(clientEphemeral)
    const eph = Curve.generateKeyPair()
    this.ephemeral = eph
    this.authenticate(eph.public)
    this.mix(Curve.sharedKey(eph.private, clientEphemeral))
    const staticEnc = this.encrypt(serverStatic.public)
    this.mix(Curve.sharedKey(serverStatic.private, clientEphemeral))
    const payload = this.encrypt(certChain)
    return proto.HandshakeMessage.encode({ serverHello: { ephemeral: eph.public, static: staticEnc, payload } }).finish()
  }

  /** Completes the handshake and returns the client's login or registration payload. */
  clientFinish(finish: proto.HandshakeMessage.IClientFinish): proto.ClientPayload {
    if (!finish.static || !finish.payload || !this.ephemeral) throw new Error('incomplete ClientFinish')
    const clientStatic = this.decrypt(finish.static)
    this.clientStatic = clientStatic
    this.mix(Curve.sharedKey(this.ephemeral.private, clientStatic))
    const payload = proto.ClientPayload.decode(this.decrypt(finish.payload))
    const k = hkdf(Buffer.alloc(0), 64, { salt: this.salt, info: '' })
    this.tx = { key: Buffer.from(k.subarray(32)), counter: 0 } // what the client reads
    this.rx = { key: Buffer.from(k.subarray(0, 32)), counter: 0 } // what the client writes
    return payload
  }

  seal(pt: Uint8Array): Buffer {
    if (!this.tx) throw new Error('handshake not finished')
    return aesEncryptGCM(pt, this.tx.key, ivFor(this.tx.counter++), Buffer.alloc(0))
  }
  open(ct: Uint8Array): Buffer {
    if (!this.rx) throw new Error('handshake not finished')
    return aesDecryptGCM(ct, this.rx.key, ivFor(this.rx.counter++), Buffer.alloc(0))
  }
}
