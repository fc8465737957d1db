import type { Socket } from 'socket.io-client';
import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import { startBackendProcess, type BackendProcess } from '../support/backendProcess.js';
import { connectSocket, record } from '../support/sockets.js';
import { connectWhatsapp } from '../support/whatsapp.js';
import { until } from '../support/waiting.js';
import { ADMIN } from '../support/testApp.js';

// What a real backend process writes (its stdout and stderr are its log) while a contact's Signal session is
// replaced: libsignal prints whole session records with console, and none of that may reach the log — not even
// at LOG_LEVEL=debug, the level an operator turns on to troubleshoot.
const PHONE = '5511999990081';
const SECRETS = /privKey|rootKey|chainKey|baseKey|ephemeralKeyPair|noiseKey|signedIdentityKey|SessionEntry|<Buffer/;

let sim: WaSimulator;
let backend: BackendProcess;
let socket: Socket;

beforeAll(async () => {
  sim = await startWaSimulator();
  backend = await startBackendProcess({ WA_WEBSOCKET_URL: sim.url, LOG_LEVEL: 'debug', LOG_FORMAT: 'json' });
}, 90_000);
afterAll(async () => {
  socket?.close();
  await backend?.stop();
  await sim?.close();
});

it('a contact resets its session: the next message still arrives, and the log holds no key material, only logger lines', async () => {
  const { token } = await backend.api.login(ADMIN.email, ADMIN.password);
  socket = await connectSocket(backend.url, token);
  await connectWhatsapp(backend.api, token, socket, sim, PHONE);
  const created = record<{ action: string; message: { body: string; ticketId: number } }>(socket, 'appMessage');
  const arrived = (body: string) =>
    until(async () => created.find((e) => e.action === 'create' && e.message.body === body), Boolean, `"${body}" in the inbox`, 30_000);

  const dora = sim.contact('5511988880081', { pushName: 'Dora' });
  await dora.sendText(sim.phone(PHONE), 'antes do reset');
  const ticketId = (await arrived('antes do reset'))!.message.ticketId;
  expect((await backend.api.post(`/api/messages/${ticketId}`, { body: 'Olá, Dora' }, { token })).status).toBe(201);
  expect((await dora.nextMessage({ timeoutMs: 30_000 })).text).toBe('Olá, Dora');

  dora.resetSession(sim.phone(PHONE));
  await dora.sendText(sim.phone(PHONE), 'depois do reset');
  await arrived('depois do reset');
  expect((await backend.api.post(`/api/messages/${ticketId}`, { body: 'Recebido' }, { token })).status).toBe(201);
  expect((await dora.nextMessage({ timeoutMs: 30_000 })).text).toBe('Recebido');

  await backend.stop(); // everything it wrote is in: the log as an operator would read it
  const log = backend.output();
  // libsignal did replace the session in the backend, and said so only as a short line through the logger.
  expect(log).toContain('Closing open session in favor of incoming prekey bundle');
  const leaks = log
    .split('\n')
    .filter((line) => SECRETS.test(line))
    .map((line) => line.slice(0, 200));
  expect(leaks).toEqual([]);
  const notLogger = log.split('\n').filter((line) => line.trim() && !isJson(line));
  expect(notLogger).toEqual([]);
}, 120_000);

function isJson(line: string): boolean {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
}
