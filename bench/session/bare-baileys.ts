// Child process for the contrast figure: bare Baileys clients (in-memory auth, no Atende) paired with the
// simulator running in the parent, so the parent can read this process's RSS alone. Talks over the IPC
// channel: {open: i} → {qr, i} (the parent scans it) → {connected, i}. Started with the simulator trust preload.
import makeWASocket, { DisconnectReason, initAuthCreds, type SignalDataSet, type SignalDataTypeMap, type WASocket } from '@whiskeysockets/baileys';
import P from 'pino';

const url = process.env.WA_WEBSOCKET_URL!;
const sockets: WASocket[] = [];

/** The same minimal in-memory key store the simulator's tests use (what a bare Baileys script keeps). */
function memoryAuth() {
  const creds = initAuthCreds();
  const store: Record<string, Record<string, unknown>> = {};
  const keys = {
    get: async <T extends keyof SignalDataTypeMap>(type: T, ids: string[]) => {
      const bucket = store[type] ?? {};
      return Object.fromEntries(ids.filter((id) => bucket[id] !== undefined).map((id) => [id, bucket[id]])) as { [id: string]: SignalDataTypeMap[T] };
    },
    set: async (data: SignalDataSet) => {
      for (const [type, values] of Object.entries(data)) {
        const bucket = (store[type] ??= {});
        for (const [id, value] of Object.entries(values ?? {})) {
          if (value == null) delete bucket[id];
          else bucket[id] = value;
        }
      }
    },
  };
  return { creds, keys };
}

function open(i: number, auth = memoryAuth()): void {
  const sock = makeWASocket({
    waWebSocketUrl: url,
    auth,
    logger: P({ level: 'silent' }),
    markOnlineOnConnect: false,
    shouldSyncHistoryMessage: () => false,
  });
  sockets[i] = sock;
  sock.ev.on('creds.update', (update) => Object.assign(auth.creds, update));
  sock.ev.on('connection.update', (u) => {
    if (u.qr) process.send!({ qr: u.qr, i });
    if (u.connection === 'open') process.send!({ connected: i });
    const code = (u.lastDisconnect?.error as { output?: { statusCode?: number } } | undefined)?.output?.statusCode;
    // After pairing WhatsApp asks for a restart (515): reconnect with the saved creds, as every app does.
    if (u.connection === 'close' && code === DisconnectReason.restartRequired) open(i, auth);
  });
}

process.on('message', (m: { open?: number; stop?: boolean }) => {
  if (m.open !== undefined) open(m.open);
  if (m.stop) {
    for (const sock of sockets) void sock?.end(undefined);
    setTimeout(() => process.exit(0), 200);
  }
});
process.on('disconnect', () => process.exit(0)); // the parent is gone: never linger
process.send!({ ready: true });
