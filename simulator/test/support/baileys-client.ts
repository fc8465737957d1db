// A real, unmodified Baileys client for the tests, with in-memory auth state and its events as awaitable streams.
import https from 'node:https'
import makeWASocket, {
  DisconnectReason,
  initAuthCreds,
  type AuthenticationCreds,
  type ConnectionState,
  type SignalDataSet,
  type SignalDataTypeMap,
  type WAMessage,
  type WAMessageUpdate,
  type WASocket,
} from '@whiskeysockets/baileys'
import P from 'pino'
import { Inbox } from '../../src/inbox.js'
import type { Logger, WaSimulator } from '../../src/index.js'

export interface TestClient {
  sock: WASocket
  creds: AuthenticationCreds
  updates: Inbox<Partial<ConnectionState>>
  upserts: Inbox<WAMessage>
  statusUpdates: Inbox<WAMessageUpdate>
  /**
   * Resolves once message `id` reached `status` or beyond. Baileys reports it either in messages.update or, when
   * the receipt lands inside its 100 ms event buffer for the send, merged into the messages.upsert of the message.
   */
  waitStatus(id: string, status: number, timeoutMs?: number): Promise<number>
  nextQr(timeoutMs?: number): Promise<string>
  /** Resolves when the connection opens. */
  opened(timeoutMs?: number): Promise<void>
  /** Resolves with the status code of the next close. */
  closed(timeoutMs?: number): Promise<number | undefined>
  /** Opens a new socket with the same credentials (what the app does after 515 or a drop). */
  reconnect(): void
  end(): void
}

export function createTestClient(sim: WaSimulator): TestClient {
  const creds = initAuthCreds()
  const store: { [T in keyof SignalDataTypeMap]?: Record<string, SignalDataTypeMap[T]> } = {}
  const keys = {
    get: async <T extends keyof SignalDataTypeMap>(type: T, ids: string[]) => {
      const bucket = (store[type] ?? {}) as Record<string, SignalDataTypeMap[T]>
      return Object.fromEntries(ids.filter(id => bucket[id] !== undefined).map(id => [id, bucket[id]])) as { [id: string]: SignalDataTypeMap[T] }
    },
    set: async (data: SignalDataSet) => {
      for (const type of Object.keys(data) as Array<keyof SignalDataTypeMap>) {
        const bucket = (store[type] ??= {}) as Record<string, unknown>
        for (const [id, value] of Object.entries(data[type] ?? {})) {
          if (value == null) delete bucket[id]
          else bucket[id] = value
        }
      }
    },
  }
  const updates = new Inbox<Partial<ConnectionState>>()
  const upserts = new Inbox<WAMessage>()
  const statusUpdates = new Inbox<WAMessageUpdate>()
  const statuses = new Inbox<{ id: string; status: number }>()
  const agent = new https.Agent({ ca: sim.media.caPem })
  const client: TestClient = {
    sock: undefined as unknown as WASocket,
    creds,
    updates,
    upserts,
    statusUpdates,
    waitStatus: async (id, status, t = 10000) => (await statuses.next(t, s => s.id === id && s.status >= status)).status,
    nextQr: async (t = 10000) => (await updates.next(t, u => !!u.qr)).qr as string,
    opened: async (t = 10000) => {
      await updates.next(t, u => u.connection === 'open')
    },
    closed: async (t = 10000) => {
      const u = await updates.next(t, x => x.connection === 'close')
      return (u.lastDisconnect?.error as { output?: { statusCode?: number } } | undefined)?.output?.statusCode
    },
    reconnect: () => {
      client.sock = open()
    },
    end: () => {
      void client.sock.end(undefined)
      agent.destroy()
    },
  }
  function open(): WASocket {
    const sock = makeWASocket({
      waWebSocketUrl: sim.url,
      auth: { creds, keys },
      logger: P({ level: process.env.BAILEYS_LOG ?? 'silent' }),
      markOnlineOnConnect: false,
      shouldSyncHistoryMessage: () => false,
      fetchAgent: agent,
    })
    sock.ev.on('creds.update', u => Object.assign(creds, u))
    sock.ev.on('connection.update', u => updates.push(u))
    sock.ev.on('messages.upsert', ({ messages }) => {
      for (const m of messages) {
        upserts.push(m)
        if (m.key.fromMe && m.key.id && typeof m.status === 'number') statuses.push({ id: m.key.id, status: m.status })
      }
    })
    sock.ev.on('messages.update', us => {
      for (const u of us) {
        statusUpdates.push(u)
        if (u.key.id && typeof u.update.status === 'number') statuses.push({ id: u.key.id, status: u.update.status })
      }
    })
    return sock
  }
  client.sock = open()
  return client
}

/** The whole pairing dance: QR → phone scans → 515 → reconnect with the saved creds → open. */
export async function pairClient(sim: WaSimulator, pn: string): Promise<TestClient> {
  const client = createTestClient(sim)
  const qr = await client.nextQr()
  await sim.phone(pn).scan(qr)
  const code = await client.closed()
  if (code !== DisconnectReason.restartRequired) throw new Error(`expected 515 after pairing, got ${code}`)
  client.reconnect()
  await client.opened()
  return client
}

/** The simulator's logger in tests: silent unless SIM_LOG names a pino level. */
export const testLogger = (): Logger => P({ level: process.env.SIM_LOG ?? 'silent' })
