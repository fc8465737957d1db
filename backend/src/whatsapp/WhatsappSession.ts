import makeWASocket, {
  Browsers,
  DisconnectReason,
  jidDecode,
  makeCacheableSignalKeyStore,
  type BinaryNode,
  type WAMessage,
  type WASocket,
} from '@whiskeysockets/baileys';
import pino from 'pino';
import { ctx } from '../context.js';
import { logger } from '../lib/logger.js';
import type { ConnectionAlertReason } from '../presenters/alert.js';
import { raiseAlert } from '../services/alerts/raiseAlert.js';
import { reconnectDelay } from './backoff.js';
import { usePostgresAuthState, type PostgresAuthState } from './postgresAuthState.js';
import { setConnectionState } from './setConnectionState.js';
import { ArrivalOrder } from './inbound/arrivalOrder.js';
import type { InboundPipeline } from './inbound/InboundPipeline.js';
import type { PresenceUpdate } from '../services/presence/relayContactPresence.js';

/** How a session hands on what it receives; its limits (waMaxQrCodes, waQrTimeoutMs…) come from ctx().config. */
export interface SessionOptions {
  inbound: InboundPipeline;
  /** A WhatsApp status for a message this connection sent (from `messages.update`, or inside the upsert). */
  onAck(whatsappId: number, wid: string, status: number): Promise<void>;
  /** A contact's typing / online / last seen (Baileys' `presence.update`), when WhatsApp tells it. */
  onPresence?(at: { companyId: number; whatsappId: number }, update: PresenceUpdate, sock: WASocket): Promise<void>;
}

function closeCode(error: unknown): number | undefined {
  return (error as { output?: { statusCode?: number } } | undefined)?.output?.statusCode;
}

// Baileys logs through pino; we keep it quiet and surface what matters through our own logger.
const baileysLogger = pino({ level: 'silent' });

/**
 * One WhatsApp connection's lifecycle around a Baileys socket: QR, pairing restart, login, drops with
 * capped backoff, logout from the phone. Holds no chat or message history in memory.
 */
export class WhatsappSession {
  private sock?: WASocket;
  private auth?: PostgresAuthState;
  private qrCount = 0;
  private failures = 0;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private companyId?: number;
  private connected = false;
  private connectedWaiters: (() => void)[] = [];

  constructor(
    readonly whatsappId: number,
    private readonly options: SessionOptions,
  ) {}

  get socket(): WASocket | undefined {
    return this.sock;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.qrCount = 0;
    const whatsapp = await setConnectionState(this.whatsappId, { status: 'OPENING', qrcode: null, retries: 0 });
    if (!whatsapp) return;
    this.companyId = whatsapp.companyId;
    this.auth = undefined; // a new run starts from what the database holds
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    // A reconnect (right after pairing, or after a dropped link) goes on with this run's credentials as Baileys
    // last updated them, once their writes have landed. Read back from the database instead, the restart that
    // follows a pairing could find the credentials from before it (their write still on its way) and show a
    // new QR to a phone that had just scanned one.
    if (this.auth) await this.auth.settled();
    else this.auth = await usePostgresAuthState(this.whatsappId);
    const { state, saveCreds } = this.auth;
    const { waQrTimeoutMs, waWebSocketUrl } = ctx().config;
    const sock = makeWASocket({
      auth: { creds: state.creds, keys: makeCacheableSignalKeyStore(state.keys, baileysLogger) },
      logger: baileysLogger,
      browser: Browsers.ubuntu('Atende'),
      markOnlineOnConnect: false,
      qrTimeout: waQrTimeoutMs,
      syncFullHistory: false,
      shouldSyncHistoryMessage: () => false,
      ...(waWebSocketUrl && { waWebSocketUrl }),
    });
    this.sock = sock;
    sock.ev.on('creds.update', () => void saveCreds().catch((err: unknown) => this.log('error', 'saving creds failed', err)));
    sock.ev.on('connection.update', (update) => {
      if (sock !== this.sock) return; // a replaced socket's late events are stale
      if (update.qr) void this.onQr(update.qr);
      if (update.connection === 'open') void this.onOpen(sock);
      if (update.connection === 'close') void this.onClose(closeCode(update.lastDisconnect?.error));
    });
    const inOrder = new ArrivalOrder<WAMessage>((message) => {
      const companyId = this.companyId;
      if (companyId !== undefined) void this.options.inbound.accept({ companyId, whatsappId: this.whatsappId }, message);
    });
    // Our listener runs as each stanza is decoded, before Baileys' asynchronous handling can reorder them.
    sock.ws.on('CB:message', (node: BinaryNode) => inOrder.arrived(node.attrs.from, node.attrs.id));
    sock.ev.on('messages.upsert', ({ messages }) => {
      for (const message of messages) {
        if (message.key.fromMe && message.key.id && typeof message.status === 'number') this.ack(message.key.id, message.status);
        inOrder.upserted(message.key.id, message);
      }
    });
    sock.ev.on('connection.update', ({ connection }) => {
      if (connection === 'close') inOrder.flush();
    });
    sock.ev.on('presence.update', (update) => {
      const companyId = this.companyId;
      if (companyId === undefined || !this.options.onPresence) return;
      this.options.onPresence({ companyId, whatsappId: this.whatsappId }, update, sock).catch((err: unknown) => this.log('warn', 'presence not relayed', err));
    });
    // Baileys' call event leaves out the caller's push name that the <call> stanza carries (`notify`): kept here by
    // call id until the event comes (this listener runs as the stanza is decoded, Baileys emits after an await), so
    // a customer whose first contact is a call is named, and greeted, like one who writes — not by their number.
    const callerNames = new Map<string, string>();
    sock.ws.on('CB:call', (node: BinaryNode) => {
      const [info] = Array.isArray(node.content) ? node.content : [];
      const callId = info?.attrs['call-id'];
      if (info?.tag !== 'offer' || !callId || !node.attrs.notify) return;
      callerNames.set(callId, node.attrs.notify);
      // An offer Baileys never turns into an event (a malformed one) must not stay forever.
      if (callerNames.size > 100) callerNames.delete(callerNames.keys().next().value!);
    });
    sock.ev.on('call', (calls) => {
      const companyId = this.companyId;
      for (const call of calls) {
        const pushName = callerNames.get(call.id);
        callerNames.delete(call.id);
        if (companyId !== undefined) void this.options.inbound.acceptCall({ companyId, whatsappId: this.whatsappId }, call, pushName);
      }
    });
    sock.ev.on('messages.update', (updates) => {
      for (const { key, update } of updates) {
        if (key.fromMe && key.id && typeof update.status === 'number') this.ack(key.id, update.status);
      }
    });
  }

  private async onQr(qr: string): Promise<void> {
    this.qrCount += 1;
    if (this.qrCount > ctx().config.waMaxQrCodes) {
      this.log('info', 'QR code not scanned in time; waiting for a click');
      this.stopped = true;
      // Baileys emits the QR and only then arms the timer for the next one (genPairQR): ended right here, inside
      // the emit, the socket would clear a timer not yet set, and the one set just after would stay alive and fire
      // later on a closed socket. A microtask runs once that emit has returned and the timer exists.
      const sock = this.sock;
      queueMicrotask(() => void sock?.end(undefined).catch((err: unknown) => this.log('warn', 'closing the socket failed', err)));
      await setConnectionState(this.whatsappId, { status: 'TIMEOUT', qrcode: null });
      return;
    }
    await setConnectionState(this.whatsappId, { status: 'qrcode', qrcode: qr, retries: this.qrCount });
  }

  private ack(wid: string, status: number): void {
    this.options.onAck(this.whatsappId, wid, status).catch((err: unknown) => this.log('error', 'ack not stored', err));
  }

  get isConnected(): boolean {
    return this.connected && this.sock !== undefined;
  }

  /** Resolves once the connection is open (now, or after a reconnect); rejects after `timeoutMs`. */
  waitUntilConnected(timeoutMs: number): Promise<void> {
    if (this.isConnected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.connectedWaiters = this.connectedWaiters.filter((w) => w !== done);
        reject(new Error(`whatsapp ${this.whatsappId} not connected after ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => (clearTimeout(timer), resolve());
      this.connectedWaiters.push(done);
    });
  }

  private async onOpen(sock: WASocket): Promise<void> {
    this.connected = true;
    for (const wake of this.connectedWaiters.splice(0)) wake();
    this.failures = 0;
    this.qrCount = 0;
    const number = sock.user?.id ? (jidDecode(sock.user.id)?.user ?? null) : null;
    this.log('info', 'connected', { number });
    await setConnectionState(this.whatsappId, { status: 'CONNECTED', qrcode: null, retries: 0, number });
  }

  private async onClose(code: number | undefined): Promise<void> {
    this.sock = undefined;
    this.connected = false;
    if (this.stopped) return;
    if (code === DisconnectReason.loggedOut) {
      // The phone removed this device: the credentials are worthless now, and the admins must scan again.
      this.log('warn', 'logged out from the phone; credentials wiped');
      this.stopped = true;
      await this.auth?.clear();
      await setConnectionState(this.whatsappId, { status: 'DISCONNECTED', qrcode: null, number: null, retries: 0 });
      this.alert('loggedOut');
      return;
    }
    if (code === DisconnectReason.restartRequired) {
      // Sent right after pairing: Baileys needs a fresh socket with the just-saved credentials.
      await this.connect();
      return;
    }
    if (!this.auth?.state.creds.me && code === DisconnectReason.timedOut) {
      this.stopped = true;
      await setConnectionState(this.whatsappId, { status: 'TIMEOUT', qrcode: null });
      return;
    }
    // Never gives up: a network outage can outlast any count, and the connection must come back by itself when
    // it ends. After waMaxReconnects failed reconnects the admins are alerted, once per outage; the attempts go on
    // at the capped delay until the connection opens or someone stops, logs out or deletes it.
    this.failures += 1;
    if (this.failures === ctx().config.waMaxReconnects + 1) {
      this.log('error', 'connection keeps failing; admins alerted, still retrying', { code, attempt: this.failures });
      this.alert('unreachable');
    }
    const delay = reconnectDelay(this.failures - 1);
    this.log('warn', 'connection closed; reconnecting', { code, attempt: this.failures, delayMs: delay });
    // The next attempt is scheduled before anything that could fail (the database may be away too).
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.connect().catch((err: unknown) => {
        // Could not even open a socket (the database was away, say): that is one more failed attempt.
        this.log('error', 'reconnect failed', err);
        void this.onClose(undefined);
      });
    }, delay);
    await setConnectionState(this.whatsappId, { status: 'OPENING', qrcode: null, retries: this.failures, nextAttemptAt: new Date(Date.now() + delay) }).catch(
      (err: unknown) => this.log('error', 'connection state not stored', err),
    );
  }

  /** Closes the socket without logging out (shutdown): the next start resumes without a QR. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.connected = false;
    clearTimeout(this.timer);
    const sock = this.sock;
    this.sock = undefined;
    sock?.end(undefined).catch((err: unknown) => this.log('warn', 'closing the socket failed', err));
  }

  /** Unlinks the device from the phone and forgets the credentials. */
  async logout(): Promise<void> {
    this.stopped = true;
    this.connected = false;
    clearTimeout(this.timer);
    const sock = this.sock;
    this.sock = undefined;
    if (sock) await sock.logout().catch((err: unknown) => this.log('warn', 'logout request failed', err));
    await (this.auth ?? (await usePostgresAuthState(this.whatsappId))).clear();
    await setConnectionState(this.whatsappId, { status: 'DISCONNECTED', qrcode: null, number: null, retries: 0 });
  }

  /** Tells the company's admins that someone must act (scan again, check the phone); stored until they saw it. */
  private alert(reason: ConnectionAlertReason): void {
    raiseAlert({ whatsappId: this.whatsappId, reason }).catch((err: unknown) => this.log('error', 'alert not stored', err));
  }

  private log(level: 'info' | 'warn' | 'error', message: string, extra?: unknown): void {
    const meta = extra instanceof Error ? { err: extra.message } : (extra as Record<string, unknown> | undefined);
    logger.log(level, `whatsapp ${this.whatsappId}: ${message}`, meta);
  }
}
