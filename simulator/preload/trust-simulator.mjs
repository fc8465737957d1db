// Preload for a Baileys process that talks to a simulator running in ANOTHER process (demo mode, a separately
// started backend): `NODE_OPTIONS="--import <repo>/simulator/preload/trust-simulator.mjs"`. Baileys verifies the
// Noise certificate against WA_CERT_DETAILS.PUBLIC_KEY; this sets it to the simulator's fixed root (the same
// derivation as src/noise.ts). Never load it in production: it makes Baileys trust the simulator's certificate.
import { createHash } from 'node:crypto'
import libsignal from 'libsignal'
import { WA_CERT_DETAILS } from '@whiskeysockets/baileys'

const priv = createHash('sha256').update('atende-wa-sim noise root v1').digest()
priv[0] &= 248
priv[31] &= 127
priv[31] |= 64
WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(libsignal.curve.getPublicFromPrivateKey(priv).subarray(1))
