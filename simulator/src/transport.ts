// One Baileys WebSocket: WA framing (3-byte length), the Noise handshake, then binary nodes both ways.
import type { WebSocket } from 'ws'
import { NOISE_WA_HEADER, decodeBinaryNode, encodeBinaryNode, proto, type BinaryNode } from '@whiskeysockets/baileys'
import { NoiseServer } from './noise.js'
import type { Logger } from './logger.js'

export interface ConnectionHandlers {
  /** Handshake finished; `payload` says login (username/device) or registration (devicePairingData). */
  onReady(conn: ClientConnection, payload: proto.ClientPayload): void
  onNode(conn: ClientConnection, node: BinaryNode): void | Promise<void>
  onClose(conn: ClientConnection): void
}

let nextConnId = 1

export class ClientConnection {
  readonly id = nextConnId++
  readonly noise = new NoiseServer()
  private buffer: Buffer = Buffer.alloc(0)
  private gotIntro = false
  private state: 'hello' | 'finish' | 'transport' = 'hello'
  /** Frames are decoded asynchronously; this chain keeps them in arrival order. */
  private chain: Promise<void> = Promise.resolve()
  closed = false

  constructor(
    readonly ws: WebSocket,
    private readonly handlers: ConnectionHandlers,
    private readonly logger: Logger,
  ) {
    ws.on('message', (data: Buffer) => this.onData(data))
    ws.on('close', () => {
      this.closed = true
      handlers.onClose(this)
    })
    ws.on('error', err => logger.debug({ err: String(err), conn: this.id }, 'ws error'))
  }

  send(node: BinaryNode): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return
    this.logger.trace({ conn: this.id, tag: node.tag, attrs: node.attrs }, 'server -> client')
    this.ws.send(this.frame(this.noise.seal(encodeBinaryNode(node))))
  }

  /** Server-side drop: no close frame, like a lost TCP link. */
  terminate(): void {
    this.ws.terminate()
  }

  /** Graceful server close after a final node (e.g. stream:error). */
  end(node?: BinaryNode): void {
    if (node) this.send(node)
    setImmediate(() => this.ws.close())
  }

  private frame(data: Uint8Array): Buffer {
    const header = Buffer.alloc(3)
    header.writeUIntBE(data.length, 0, 3)
    return Buffer.concat([header, data])
  }

  private onData(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data])
    if (!this.gotIntro) {
      if (this.buffer.length < 4) return
      // An 'ED' routing-info prefix is only sent when creds carry routingInfo, which this server never issues.
      if (!this.buffer.subarray(0, 4).equals(NOISE_WA_HEADER)) {
        this.logger.warn({ conn: this.id, intro: this.buffer.subarray(0, 4).toString('hex') }, 'bad intro; closing')
        this.ws.terminate()
        return
      }
      this.buffer = this.buffer.subarray(4)
      this.gotIntro = true
    }
    while (this.buffer.length >= 3) {
      const len = this.buffer.readUIntBE(0, 3)
      if (this.buffer.length < len + 3) return
      const frame = this.buffer.subarray(3, 3 + len)
      this.buffer = this.buffer.subarray(3 + len)
      this.chain = this.chain
        .then(() => this.onFrame(frame))
        .catch(err => {
          this.logger.warn({ conn: this.id, err: String(err) }, 'frame handling failed; closing')
          this.ws.terminate()
        })
    }
  }

  private async onFrame(frame: Buffer): Promise<void> {
    if (this.state === 'hello') {
      const hello = proto.HandshakeMessage.decode(frame).clientHello
      if (!hello?.ephemeral) throw new Error('no ClientHello')
      this.ws.send(this.frame(this.noise.serverHello(hello.ephemeral)))
      this.state = 'finish'
    } else if (this.state === 'finish') {
      const finish = proto.HandshakeMessage.decode(frame).clientFinish
      if (!finish) throw new Error('no ClientFinish')
      const payload = this.noise.clientFinish(finish)
      this.state = 'transport'
      this.handlers.onReady(this, payload)
    } else {
      const node = await decodeBinaryNode(this.noise.open(frame))
      this.logger.trace({ conn: this.id, tag: node.tag, attrs: node.attrs }, 'client -> server')
      await this.handlers.onNode(this, node)
    }
  }
}
