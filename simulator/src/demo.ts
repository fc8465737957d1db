// Demo mode: the simulator plus a small page where a person "scans" a QR into a phone number and chats as
// contacts, and the fake OpenAI-compatible server with its demo brain, so the AI agent can be tried with no key.
// Started by scripts/wa-sim. Point the backend at the printed WA_WEBSOCKET_URL and an AI agent at the printed base URL.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { parseArgs } from 'node:util'
import { startFakeOpenAi, startWaSimulator, SIMULATOR_ROOT_PUBLIC_KEY } from './index.js'
import { demoPage } from './demo-page.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7799' },
    'ws-port': { type: 'string', default: '7798' },
    host: { type: 'string', default: '127.0.0.1' },
    'cert-dir': { type: 'string' },
    'ai-port': { type: 'string', default: '7797' },
  },
})
const sim = await startWaSimulator({ host: values.host, port: Number(values['ws-port']), certDir: values['cert-dir'] })
// Any key and any model name: the demo brain answers them all.
const ai = await startFakeOpenAi({ host: values.host, port: Number(values['ai-port']), models: 'any' })

async function body(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, string>
}

function state(): object {
  return {
    url: sim.url,
    pending: sim.pendingPairings().map(p => ({ connectionId: p.connectionId, since: p.since })),
    phones: sim.phoneList().map(p => ({ pn: p.pn, devices: p.devices() })),
    contacts: sim.contactList().map(c => ({
      pn: c.pn,
      pushName: c.pushName,
      received: c.inbox.history.slice(-50).map(m => ({ id: m.id, from: m.from, text: m.text ?? '[media]' })),
    })),
  }
}

const routes: Record<string, (b: Record<string, string>) => Promise<unknown> | unknown> = {
  'GET /api/state': () => state(),
  'POST /api/scan': b => sim.phone(b.pn ?? '').scan(b.qr ?? ''),
  'POST /api/contact': b => {
    sim.contact(b.pn ?? '', { pushName: b.pushName || undefined })
    return {}
  },
  'POST /api/send': async b => ({ id: await sim.contact(b.from ?? '').sendText(b.to ?? '', b.text ?? '') }),
  'POST /api/drop': b => {
    sim.drop(b.pn ?? '')
    return {}
  },
  'POST /api/unlink': b => {
    sim.phone(b.pn ?? '').unlink()
    return {}
  },
}

const http = createServer((req: IncomingMessage, res: ServerResponse) => {
  const route = routes[`${req.method} ${req.url}`]
  if (req.method === 'GET' && req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demoPage)
    return
  }
  if (!route) {
    res.writeHead(404).end()
    return
  }
  void (async () => {
    try {
      const result = await route(req.method === 'POST' ? await body(req) : {})
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result))
    } catch (err) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(err) }))
    }
  })()
})
http.listen(Number(values.port), values.host, () => {
  console.log(`WhatsApp simulator demo: http://${values.host}:${values.port}/`)
  console.log(`Backend settings:`)
  console.log(`  WA_WEBSOCKET_URL=${sim.url}`)
  console.log(`  NODE_OPTIONS="--import ${new URL('../preload/trust-simulator.mjs', import.meta.url).pathname}"`)
  console.log(`  NODE_EXTRA_CA_CERTS=${sim.media.certFile}   (media uploads go to https://${sim.media.uploadHost})`)
  console.log(`Simulator Noise root public key: ${SIMULATOR_ROOT_PUBLIC_KEY.toString('hex')}`)
  console.log(`Fake OpenAI-compatible server (demo brain, no real model): ${ai.url}`)
  console.log(`  AI agent: base URL ${ai.url}, any API key, any model name (e.g. gpt-4o-mini).`)
  console.log(`  It answers from the agent's knowledge text by keywords and hands over on "atendente", "humano" or "pessoa".`)
})

const stop = (): void => {
  http.close()
  void Promise.all([sim.close(), ai.close()]).then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
