// The media host ("mmg.whatsapp.net" stand-in): Baileys uploads encrypted media over HTTPS to the hosts given in
// media_conn (it always builds https:// upload URLs), and downloads from the URL in a message.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Logger } from './logger.js'

export interface MediaHostOptions {
  host: string
  https?: number
  http?: number
  certDir?: string
  logger: Logger
}

/** A self-signed certificate for 127.0.0.1/localhost, made with the openssl CLI (Node cannot make X.509 certs). */
function certificate(dir?: string): { cert: Buffer; key: Buffer; certFile: string } {
  const d = dir ?? mkdtempSync(join(tmpdir(), 'wa-sim-cert-'))
  mkdirSync(d, { recursive: true })
  const certFile = join(d, 'media-cert.pem')
  const keyFile = join(d, 'media-key.pem')
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '3650',
        '-subj',
        '/CN=wa-sim media host',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'ignore' },
    )
  }
  return { cert: readFileSync(certFile), key: readFileSync(keyFile), certFile }
}

const listen = (server: Server, host: string, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port))
  })

export class MediaHost {
  private readonly blobs = new Map<string, Buffer>()
  readonly auth = randomBytes(16).toString('base64url')

  private constructor(
    private readonly host: string,
    private readonly servers: Server[],
    readonly httpsPort: number,
    readonly httpPort: number,
    /** PEM of the self-signed certificate: trust it (NODE_EXTRA_CA_CERTS=certFile, or an https.Agent `ca`). */
    readonly caPem: Buffer,
    readonly certFile: string,
  ) {}

  static async start(opts: MediaHostOptions): Promise<MediaHost> {
    const { cert, key, certFile } = certificate(opts.certDir)
    let self: MediaHost | undefined
    const handler = (req: IncomingMessage, res: ServerResponse): void => {
      self?.handle(req, res).catch(err => {
        opts.logger.warn({ err: String(err) }, 'media host error')
        res.writeHead(500).end()
      })
    }
    const https = createHttpsServer({ cert, key }, handler)
    const http = createHttpServer(handler)
    const httpsPort = await listen(https, opts.host, opts.https ?? 0)
    const httpPort = await listen(http, opts.host, opts.http ?? 0)
    self = new MediaHost(opts.host, [https, http], httpsPort, httpPort, cert, certFile)
    return self
  }

  /** What media_conn announces: Baileys uploads to `https://<this>/mms/<type>/<hash>`. */
  get uploadHost(): string {
    return `${this.host}:${this.httpsPort}`
  }

  /** Stores an encrypted blob and returns its direct path and a plain-HTTP URL for it. */
  put(enc: Buffer): { directPath: string; url: string } {
    const directPath = `/v/t62/${randomBytes(12).toString('hex')}.enc`
    this.blobs.set(directPath, enc)
    return { directPath, url: `http://${this.host}:${this.httpPort}${directPath}` }
  }

  /** The encrypted blob behind a message's url or directPath. */
  get(urlOrPath: string): Buffer | undefined {
    const path = urlOrPath.startsWith('/') ? urlOrPath : new URL(urlOrPath).pathname
    return this.blobs.get(path)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x')
    if (req.method === 'POST' && url.pathname.startsWith('/mms/')) {
      if (url.searchParams.get('auth') !== this.auth) {
        res.writeHead(401).end()
        return
      }
      const chunks: Buffer[] = []
      for await (const c of req) chunks.push(c as Buffer)
      const { directPath, url: mediaUrl } = this.put(Buffer.concat(chunks))
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ url: mediaUrl, direct_path: directPath }))
      return
    }
    const blob = req.method === 'GET' ? this.blobs.get(url.pathname) : undefined
    if (!blob) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(blob.length) })
    res.end(blob)
  }

  async close(): Promise<void> {
    await Promise.all(
      this.servers.map(
        s =>
          new Promise<void>(r => {
            s.closeAllConnections()
            s.close(() => r())
          }),
      ),
    )
  }
}
