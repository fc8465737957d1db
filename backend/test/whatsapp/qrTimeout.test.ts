import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket } from '../support/sockets.js';
import { sessionEvents } from '../support/whatsapp.js';
import { watchTimers } from '../support/timers.js';

// Short-lived QR codes, so that "nobody scanned it" can be seen within a test.
let sim: WaSimulator;
let app: TestApp;
beforeAll(async () => {
  sim = await startWaSimulator();
  app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, WA_QR_TIMEOUT_MS: '1500', WA_MAX_QR_CODES: '2' });
});
afterAll(async () => {
  await app?.stop();
  await sim?.close();
});

it('stops after the allowed unscanned QR codes (TIMEOUT) and shows a new QR when started again', async () => {
  const admin = await app.api.login(ADMIN.email, ADMIN.password);
  const socket = await connectSocket(app.url, admin.token);
  const events = sessionEvents(socket);
  const timers = watchTimers();
  const id = (await app.api.post('/api/whatsapps', { name: 'Ninguém escaneia' }, { token: admin.token })).body.whatsapp.id;
  await app.api.post(`/api/whatsapps/${id}/session`, undefined, { token: admin.token });
  const timedOut = await events.next((e) => e.whatsapp.id === id && e.whatsapp.status === 'TIMEOUT', 20_000);
  expect(timedOut.whatsapp.qrcode).toBeNull();
  // The socket is ended with no QR timer of Baileys' left armed (one would fire later on the closed socket and
  // keep the process alive meanwhile).
  expect(timers.live().filter((stack) => stack.includes('genPairQR'))).toEqual([]);
  expect(events.seen.filter((e) => e.whatsapp.id === id && e.whatsapp.status === 'qrcode')).toHaveLength(2);

  await app.api.post(`/api/whatsapps/${id}/session`, undefined, { token: admin.token });
  const again = await events.next((e) => e.whatsapp.id === id && e.whatsapp.status === 'qrcode');
  expect(again.whatsapp.qrcode).toBeTruthy();
  await app.api.delete(`/api/whatsapps/${id}`, { token: admin.token });
  timers.stop();
  socket.close();
}, 30_000);
