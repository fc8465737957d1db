// WhatsApp media encryption (AES-256-CBC + truncated HMAC, keys from HKDF of the mediaKey) for simulated peers.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto'
import { getMediaKeys, type MediaType, type proto } from '@whiskeysockets/baileys'
import type { MediaHost } from './media-host.js'

export interface MediaInput {
  data: Buffer
  mimetype: string
  caption?: string
  /** Documents: the file name shown. */
  fileName?: string
  /** Audio: a voice note (push-to-talk) rather than an audio file. */
  ptt?: boolean
  seconds?: number
}

export type MediaKind = 'image' | 'audio' | 'document'

const sha256 = (b: Buffer): Buffer => createHash('sha256').update(b).digest()

/**
 * Encrypts `input` with a fresh media key, stores it on the media host and builds the message. The message
 * carries a plain-HTTP `url` and no `directPath`: with a directPath, Baileys would rebuild an https:// URL.
 */
export async function buildMediaMessage(host: MediaHost, kind: MediaKind, input: MediaInput): Promise<proto.IMessage> {
  const mediaKey = randomBytes(32)
  const { iv, cipherKey, macKey } = await getMediaKeys(mediaKey, kind as MediaType)
  const cipher = createCipheriv('aes-256-cbc', cipherKey, iv)
  const enc = Buffer.concat([cipher.update(input.data), cipher.final()])
  const mac = createHmac('sha256', macKey as Uint8Array)
    .update(Buffer.concat([iv, enc]))
    .digest()
    .subarray(0, 10)
  const file = Buffer.concat([enc, mac])
  const { url } = host.put(file)
  const common = {
    url,
    mediaKey,
    mimetype: input.mimetype,
    fileSha256: sha256(input.data),
    fileEncSha256: sha256(file),
    fileLength: input.data.length,
    mediaKeyTimestamp: Math.floor(Date.now() / 1000),
  }
  if (kind === 'image') return { imageMessage: { ...common, caption: input.caption } }
  if (kind === 'audio') return { audioMessage: { ...common, ptt: input.ptt ?? false, seconds: input.seconds ?? 1 } }
  return { documentMessage: { ...common, caption: input.caption, fileName: input.fileName ?? 'file' } }
}

type MediaContent = { url?: string | null; directPath?: string | null; mediaKey?: Uint8Array | null }

/** Decrypts the media of a message an account sent (what the contact's phone would download and show). */
export async function downloadMedia(host: MediaHost, message: proto.IMessage): Promise<{ kind: MediaKind; data: Buffer; mimetype?: string }> {
  const found = (['image', 'audio', 'document'] as const)
    .map(kind => ({ kind, m: message[`${kind}Message`] as (MediaContent & { mimetype?: string | null }) | null | undefined }))
    .find(x => x.m)
  const m = found?.m
  if (!found || !m?.mediaKey) throw new Error('not an image, audio or document message')
  const blob = (m.directPath && host.get(m.directPath)) || (m.url && host.get(m.url))
  if (!blob) throw new Error('media not on the simulator media host')
  const { iv, cipherKey } = await getMediaKeys(m.mediaKey, found.kind as MediaType)
  const decipher = createDecipheriv('aes-256-cbc', cipherKey, iv)
  const data = Buffer.concat([decipher.update(blob.subarray(0, blob.length - 10)), decipher.final()])
  return { kind: found.kind, data, mimetype: m.mimetype ?? undefined }
}
