// Answers every <iq> a Baileys client sends. Unanswered iqs stall Baileys for 60 s, so unknown ones get an
// empty result. Pairing iqs (md) are handled in pairing.ts.
import { getBinaryNodeChild, getBinaryNodeChildren, jidDecode, type BinaryNode } from '@whiskeysockets/baileys'
import type { Directory, LinkedDevice, WaUser } from './model.js'
import { lidJid, pnJid } from './model.js'
import type { PreKeyBundle } from './signal-peer.js'

export interface IqContext {
  dir: Directory
  /** The logged-in device that sent the iq (undefined while unpaired). */
  device?: LinkedDevice
  /** Media upload hosts ("127.0.0.1:port") and the auth token they accept. */
  media?: { hosts: string[]; auth: string }
  /** Numbers nobody registered become contacts on first lookup, so any number can be messaged. */
  autoContacts: boolean
  onContactCreated(user: WaUser): void
}

const b2n = (b: unknown): number => (Buffer.isBuffer(b) || b instanceof Uint8Array ? Buffer.from(b).readUIntBE(0, b.length) : 0)
const withType = (key: unknown): Buffer => Buffer.concat([Buffer.from([5]), Buffer.from(key as Uint8Array)])
const uintBE = (n: number, len: number): Buffer => {
  const b = Buffer.alloc(len)
  b.writeUIntBE(n, 0, len)
  return b
}

/** Returns the result content (or undefined for an empty result). */
export function answerIq(ctx: IqContext, node: BinaryNode): BinaryNode[] | undefined {
  const { xmlns, type } = node.attrs
  const child = Array.isArray(node.content) ? node.content[0] : undefined
  if (xmlns === 'encrypt') return encryptIq(ctx, node, type, child)
  if (xmlns === 'usync') return usyncIq(ctx, node)
  if (xmlns === 'w:m' && child?.tag === 'media_conn') {
    const hosts = ctx.media?.hosts ?? []
    return [
      {
        tag: 'media_conn',
        attrs: { auth: ctx.media?.auth ?? 'none', ttl: '3600', auth_ttl: '3600', max_buckets: '1' },
        content: hosts.map(hostname => ({ tag: 'host', attrs: { hostname, maxContentLengthBytes: String(100 * 1024 * 1024) } })),
      },
    ]
  }
  if (xmlns === 'md' && child?.tag === 'remove-companion-device' && ctx.device) {
    // Baileys' logout(): the client removes itself, and the phone's list of linked devices loses it.
    ctx.dir.unlink(ctx.device)
    return undefined
  }
  if (xmlns === 'privacy' && node.attrs.type === 'get') {
    // Read receipts "all": otherwise Baileys' readMessages only sends read-self receipts.
    const settings = { readreceipts: 'all', last: 'all', online: 'all', profile: 'all', status: 'all', groupadd: 'all', calladd: 'all' }
    return [{ tag: 'privacy', attrs: {}, content: Object.entries(settings).map(([name, value]) => ({ tag: 'category', attrs: { name, value } })) }]
  }
  return undefined // ping, passive, props, blocklist, privacy, app-state, profile pictures, ...
}

function encryptIq(ctx: IqContext, node: BinaryNode, type: string | undefined, child: BinaryNode | undefined): BinaryNode[] | undefined {
  const device = ctx.device
  if (child?.tag === 'count') return [{ tag: 'count', attrs: { value: String(device?.bundle?.preKeys.length ?? 0) } }]
  if (type === 'set' && child?.tag === 'registration' && device) {
    const keys = getBinaryNodeChildren(getBinaryNodeChild(node, 'list'), 'key').map(k => ({
      keyId: b2n(getBinaryNodeChild(k, 'id')?.content),
      publicKey: withType(getBinaryNodeChild(k, 'value')?.content),
    }))
    const sk = getBinaryNodeChild(node, 'skey')
    const signedPreKey = {
      keyId: b2n(getBinaryNodeChild(sk, 'id')?.content),
      publicKey: withType(getBinaryNodeChild(sk, 'value')?.content),
      signature: Buffer.from(getBinaryNodeChild(sk, 'signature')?.content as Uint8Array),
    }
    // A second upload (prekeys running low) keeps the identity and adds keys.
    const previous = device.bundle?.preKeys ?? []
    device.bundle = {
      registrationId: b2n(child.content),
      identityKey: withType(getBinaryNodeChild(node, 'identity')?.content),
      signedPreKey,
      preKeys: [...previous, ...keys],
    }
    return undefined
  }
  if (type === 'set' && child?.tag === 'rotate' && device?.bundle) {
    const sk = getBinaryNodeChild(child, 'skey')
    device.bundle.signedPreKey = {
      keyId: b2n(getBinaryNodeChild(sk, 'id')?.content),
      publicKey: withType(getBinaryNodeChild(sk, 'value')?.content),
      signature: Buffer.from(getBinaryNodeChild(sk, 'signature')?.content as Uint8Array),
    }
    return undefined
  }
  if (child?.tag === 'digest') return [{ tag: 'digest', attrs: {} }]
  if (child?.tag === 'key') {
    const users = getBinaryNodeChildren(child, 'user').flatMap(u => {
      const jid = u.attrs.jid ?? ''
      const decoded = jidDecode(jid)
      const owner = decoded && ctx.dir.user(decoded.user)
      if (!decoded || !owner) return []
      if (!decoded.device) return [owner.peer.bundleNode(jid)]
      const linked = ctx.dir.device(owner.pn, decoded.device)
      return linked?.bundle ? [companionBundleNode(jid, linked.bundle)] : []
    })
    return [{ tag: 'list', attrs: {}, content: users }]
  }
  return undefined
}

/** Another companion's uploaded bundle, one prekey consumed, for a client that messages its sibling devices. */
function companionBundleNode(jid: string, b: PreKeyBundle): BinaryNode {
  const pk = b.preKeys.shift()
  return {
    tag: 'user',
    attrs: { jid },
    content: [
      { tag: 'registration', attrs: {}, content: uintBE(b.registrationId, 4) },
      { tag: 'type', attrs: {}, content: Buffer.from([5]) },
      { tag: 'identity', attrs: {}, content: b.identityKey.subarray(1) },
      {
        tag: 'skey',
        attrs: {},
        content: [
          { tag: 'id', attrs: {}, content: uintBE(b.signedPreKey.keyId, 3) },
          { tag: 'value', attrs: {}, content: b.signedPreKey.publicKey.subarray(1) },
          { tag: 'signature', attrs: {}, content: b.signedPreKey.signature },
        ],
      },
      ...(pk
        ? [
            {
              tag: 'key',
              attrs: {},
              content: [
                { tag: 'id', attrs: {}, content: uintBE(pk.keyId, 3) },
                { tag: 'value', attrs: {}, content: pk.publicKey.subarray(1) },
              ],
            },
          ]
        : []),
    ],
  }
}

function resolveUser(ctx: IqContext, u: BinaryNode): { jid: string; user?: WaUser } {
  const contactNode = getBinaryNodeChild(u, 'contact')
  const phone =
    typeof contactNode?.content === 'string'
      ? contactNode.content
      : contactNode?.content instanceof Uint8Array
        ? Buffer.from(contactNode.content).toString()
        : undefined
  const decoded = u.attrs.jid ? jidDecode(u.attrs.jid) : undefined
  const userPart = decoded?.user ?? phone?.replace(/\D/g, '')
  if (!userPart) return { jid: u.attrs.jid ?? '' }
  if (ctx.dir.notOnWhatsapp.has(userPart)) return { jid: u.attrs.jid ?? pnJid(userPart) }
  let user = ctx.dir.user(userPart)
  const isPn = !decoded || decoded.server === 's.whatsapp.net'
  if (!user && isPn && ctx.autoContacts && /^\d{8,15}$/.test(userPart)) {
    user = ctx.dir.ensureUser(userPart)
    ctx.onContactCreated(user)
  }
  return { jid: u.attrs.jid ?? pnJid(userPart), user }
}

function usyncIq(ctx: IqContext, node: BinaryNode): BinaryNode[] {
  const usync = getBinaryNodeChild(node, 'usync')
  const query = getBinaryNodeChild(usync, 'query')
  const protocols = Array.isArray(query?.content) ? query.content.map(c => c.tag) : []
  const list = getBinaryNodeChildren(getBinaryNodeChild(usync, 'list'), 'user').map(u => {
    const { jid, user } = resolveUser(ctx, u)
    const content: BinaryNode[] = []
    if (protocols.includes('contact')) content.push({ tag: 'contact', attrs: { type: user ? 'in' : 'out' } })
    if (user && protocols.includes('devices')) {
      // Own account: the phone plus the asking device. Sibling companions are left out on purpose: the
      // simulator does not relay messages between companions (see README).
      const ids = ctx.device && user === ctx.device.account ? [0, ctx.device.deviceId] : [0]
      content.push({
        tag: 'devices',
        attrs: {},
        content: [
          {
            tag: 'device-list',
            attrs: {},
            content: ids.map((id): BinaryNode => ({ tag: 'device', attrs: id ? { id: String(id), 'key-index': '1' } : { id: '0' } })),
          },
        ],
      })
    }
    if (user && protocols.includes('lid')) content.push({ tag: 'lid', attrs: { val: lidJid(user.lid) } })
    return { tag: 'user', attrs: { jid }, content }
  })
  return [{ tag: 'usync', attrs: {}, content: [{ tag: 'list', attrs: {}, content: list }] }]
}
