import { ctx } from '../../src/context.js';
import { insertWhatsapp } from '../../src/db/whatsapps.js';
import { usePostgresAuthState } from '../../src/whatsapp/postgresAuthState.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let whatsappId: number;
beforeAll(async () => {
  app = await startTestApp();
  whatsappId = (await insertWhatsapp({ companyId: 1, name: 'Vendas', greetingMessage: null, farewellMessage: null })).id;
});
afterAll(() => app.stop());

it('keeps creds across restarts, buffers included', async () => {
  const first = await usePostgresAuthState(whatsappId);
  first.state.creds.me = { id: '5511999990001:5@s.whatsapp.net', name: 'Loja' };
  await first.saveCreds();

  const again = await usePostgresAuthState(whatsappId);
  expect(again.state.creds.me).toEqual(first.state.creds.me);
  expect(Buffer.isBuffer(again.state.creds.noiseKey.private)).toBe(true);
  expect(Buffer.compare(Buffer.from(again.state.creds.noiseKey.private), Buffer.from(first.state.creds.noiseKey.private))).toBe(0);
  expect(again.state.creds.registrationId).toBe(first.state.creds.registrationId);
});

it('stores, reads, overwrites and deletes signal keys in batches', async () => {
  const { state } = await usePostgresAuthState(whatsappId);
  const keyPair = { public: Buffer.from('a'.repeat(32)), private: Buffer.from('b'.repeat(32)) };
  await state.keys.set({ 'pre-key': { '1': keyPair, '2': keyPair }, session: { 'alice.0': Buffer.from('session-bytes') } });

  const got = await state.keys.get('pre-key', ['1', '2', '3']);
  expect(Object.keys(got).sort()).toEqual(['1', '2']);
  expect(Buffer.from(got['1']!.private).toString()).toBe('b'.repeat(32));

  await state.keys.set({ 'pre-key': { '1': null }, session: { 'alice.0': Buffer.from('newer') } });
  expect(Object.keys(await state.keys.get('pre-key', ['1', '2']))).toEqual(['2']);
  expect(Buffer.from((await state.keys.get('session', ['alice.0']))['alice.0']!).toString()).toBe('newer');
});

it('revives app-state sync keys as protobuf objects', async () => {
  const { state } = await usePostgresAuthState(whatsappId);
  await state.keys.set({ 'app-state-sync-key': { AAA: { keyData: Buffer.from('key-data'), timestamp: 1700000000 } } });
  const got = (await state.keys.get('app-state-sync-key', ['AAA'])).AAA;
  expect(got?.constructor?.name).toBe('AppStateSyncKeyData');
  expect(Buffer.from(got!.keyData!).toString()).toBe('key-data');
});

it('keeps connections apart and clears one without touching another', async () => {
  const mineId = (await insertWhatsapp({ companyId: 1, name: 'Caixa', greetingMessage: null, farewellMessage: null })).id;
  const otherId = (await insertWhatsapp({ companyId: 1, name: 'Suporte', greetingMessage: null, farewellMessage: null })).id;
  const mine = await usePostgresAuthState(mineId);
  mine.state.creds.me = { id: '5511999990002:3@s.whatsapp.net' };
  await mine.saveCreds();
  await mine.state.keys.set({ session: { 'alice.0': Buffer.from('mine') } });
  const other = await usePostgresAuthState(otherId);
  await other.state.keys.set({ session: { 'alice.0': Buffer.from('other') } });
  expect(Buffer.from((await mine.state.keys.get('session', ['alice.0']))['alice.0']!).toString()).toBe('mine');

  await mine.clear();
  const fresh = await usePostgresAuthState(mineId);
  expect(fresh.state.creds.me).toBeUndefined();
  expect(await fresh.state.keys.get('session', ['alice.0'])).toEqual({});
  expect(Object.keys(await other.state.keys.get('session', ['alice.0']))).toEqual(['alice.0']);
});

it('writes nothing after a clear, not even a save already on its way (logout must not bring credentials back)', async () => {
  const id = (await insertWhatsapp({ companyId: 1, name: 'Logout', greetingMessage: null, farewellMessage: null })).id;
  const auth = await usePostgresAuthState(id);
  auth.state.creds.me = { id: '5511999990009:1@s.whatsapp.net' };
  await auth.saveCreds();
  // Baileys flushing a creds update and a key batch while the socket closes, as logout runs.
  const late = [auth.saveCreds(), Promise.resolve(auth.state.keys.set({ session: { 'bob.0': Buffer.from('late') } }))];
  await auth.clear();
  await Promise.all(late);
  await auth.saveCreds();
  await auth.state.keys.set({ session: { 'bob.0': Buffer.from('later') } });
  const [rows] = await ctx().sequelize.query(`SELECT count(*)::int AS n FROM "BaileysAuth" WHERE "whatsappId" = ${id}`);
  expect((rows as { n: number }[])[0]!.n).toBe(0);
  expect((await usePostgresAuthState(id)).state.creds.me).toBeUndefined();
});
