import pg from 'pg';
import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket } from '../support/sockets.js';
import { sessionEvents } from '../support/whatsapp.js';
import { until } from '../support/waiting.js';

// Right after a phone scans the QR, WhatsApp closes the socket (515) and Baileys must log in again with the
// credentials the pairing just produced. Their write to PostgreSQL may still be on its way then (a busy
// database): here it is held back on purpose by a lock on the table, and the connection must still come up
// without a second QR.
let sim: WaSimulator;
let app: TestApp;

beforeAll(async () => {
  sim = await startWaSimulator();
  app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000' });
}, 60_000);
afterAll(async () => {
  await app?.stop();
  await sim?.close();
});

it('connects after the scan even while the new credentials are still being written', async () => {
  const admin = await app.api.login(ADMIN.email, ADMIN.password);
  const socket = await connectSocket(app.url, admin.token);
  const events = sessionEvents(socket);
  const id = (await app.api.post('/api/whatsapps', { name: 'Loja' }, { token: admin.token })).body.whatsapp.id;
  await app.api.post(`/api/whatsapps/${id}/session`, undefined, { token: admin.token });
  const qr = await events.next((e) => e.whatsapp.id === id && e.whatsapp.status === 'qrcode');

  // Writes to BaileysAuth wait (reads do not) until the lock is released.
  const blocker = new pg.Client({ connectionString: app.databaseUrl });
  await blocker.connect();
  try {
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE "BaileysAuth" IN SHARE ROW EXCLUSIVE MODE');
    const qrsBefore = events.seen.filter((e) => e.whatsapp.status === 'qrcode').length;
    await sim.phone('5511999990040').scan(qr.whatsapp.qrcode!);
    // The restart after pairing happens meanwhile: WhatsApp has ended the pairing connection (515), and the
    // credentials' write is still held back by the lock.
    await until(
      () => sim.connectedClients(),
      (n) => n === 0,
      'the pairing connection closed',
    );
    const heldBack = async () =>
      (await blocker.query(`SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'BaileysAuth' AND NOT l.granted`))
        .rows[0].n;
    await until(heldBack, (n) => n > 0, 'the credentials write waiting on the lock');
    await blocker.query('COMMIT');
    const isConnected = (e: { whatsapp: { id: number; status: string } }) => e.whatsapp.id === id && e.whatsapp.status === 'CONNECTED';
    const connected = events.seen.find(isConnected) ?? (await events.next(isConnected, 20_000));
    expect(connected.whatsapp.number).toBe('5511999990040');
    expect(events.seen.filter((e) => e.whatsapp.status === 'qrcode')).toHaveLength(qrsBefore);
  } finally {
    await blocker.end();
    socket.close();
  }
}, 60_000);
