// Link failures and their recovery: server drop, network outage, offline delivery, unlink from the phone or by the client, duplicate delivery, session reset.
import { DisconnectReason, getBinaryNodeChild, type BinaryNode } from '@whiskeysockets/baileys'
import { startWaSimulator, type WaSimulator } from '../src/index.js'
import { pairClient, testLogger, type TestClient } from './support/baileys-client.js'

let sim: WaSimulator
const clients: TestClient[] = []
beforeAll(async () => {
  sim = await startWaSimulator({ logger: testLogger() })
})
afterAll(async () => {
  for (const c of clients) c.end()
  await sim.close()
})

test('server drop → Baileys closes → reconnect without a new QR → messages flow again', async () => {
  const client = await pairClient(sim, '5511999990010')
  clients.push(client)
  const alice = sim.contact('5511988880010', { pushName: 'Alice' })
  const qrsBefore = client.updates.history.filter(u => u.qr).length
  sim.drop(sim.phone('5511999990010'))
  expect(await client.closed()).toBe(DisconnectReason.connectionClosed)
  // A message sent while the link is down waits on the server and arrives before the offline marker.
  const whileDown = await alice.sendText('5511999990010', 'enquanto estava fora')
  client.reconnect()
  await client.opened()
  expect(client.updates.history.filter(u => u.qr).length).toBe(qrsBefore)
  expect((await client.upserts.next(10000, m => m.key.id === whileDown)).message?.conversation).toBe('enquanto estava fora')
  const afterId = await alice.sendText('5511999990010', 'de volta')
  expect((await client.upserts.next(10000, m => m.key.id === afterId)).message?.conversation).toBe('de volta')
  await client.sock.sendMessage(alice.jid, { text: 'resposta após reconexão' })
  expect((await alice.nextMessage()).text).toBe('resposta após reconexão')
})

test('network outage → the link drops and every reconnect dies before login until the network is back; waiting messages arrive then', async () => {
  const client = await pairClient(sim, '5511999990015')
  clients.push(client)
  const erica = sim.contact('5511988880015', { pushName: 'Erica' })
  sim.networkDown('5511999990015')
  expect(await client.closed()).toBe(DisconnectReason.connectionClosed)
  const whileDown = await erica.sendText('5511999990015', 'durante a queda')
  for (let attempt = 0; attempt < 3; attempt++) {
    client.reconnect()
    expect(await client.closed()).toBe(DisconnectReason.connectionClosed)
  }
  expect(
    sim
      .phone('5511999990015')
      .devices()
      .every(d => !d.online),
  ).toBe(true)
  sim.networkUp('5511999990015')
  client.reconnect()
  await client.opened()
  expect((await client.upserts.next(10000, m => m.key.id === whileDown)).message?.conversation).toBe('durante a queda')
})

test('the phone unlinks the device → loggedOut (401); old creds are refused with 401', async () => {
  const client = await pairClient(sim, '5511999990020')
  clients.push(client)
  const phone = sim.phone('5511999990020')
  phone.unlink()
  expect(await client.closed()).toBe(DisconnectReason.loggedOut)
  expect(phone.devices()).toHaveLength(0)
  client.reconnect()
  expect(await client.closed()).toBe(DisconnectReason.loggedOut)
})

test('the client logs out → the phone no longer lists the device; its creds are refused with 401', async () => {
  const client = await pairClient(sim, '5511999990025')
  clients.push(client)
  const phone = sim.phone('5511999990025')
  expect(phone.devices()).toHaveLength(1)
  await client.sock.logout()
  expect(await client.closed()).toBe(DisconnectReason.loggedOut)
  expect(phone.devices()).toHaveLength(0)
  client.reconnect()
  expect(await client.closed()).toBe(DisconnectReason.loggedOut)
})

test('a duplicate delivery arrives twice at Baileys with the same id', async () => {
  const client = await pairClient(sim, '5511999990030')
  clients.push(client)
  const bob = sim.contact('5511988880030', { pushName: 'Bob' })
  const id = await bob.sendText('5511999990030', 'mensagem duplicada')
  const first = await client.upserts.next(10000, m => m.key.id === id)
  await sim.redeliver(id)
  const second = await client.upserts.next(10000, m => m.key.id === id)
  expect(second.message?.conversation).toBe('mensagem duplicada')
  expect(second.key.id).toBe(first.key.id)
})

test('a contact resets its Signal session → its next message is a new prekey message; both directions work on the new session', async () => {
  const client = await pairClient(sim, '5511999990040')
  clients.push(client)
  const carla = sim.contact('5511988880040', { pushName: 'Carla' })
  const encTypes = new Map<string, string | undefined>()
  client.sock.ws.on('CB:message', (node: BinaryNode) => encTypes.set(node.attrs.id ?? '', getBinaryNodeChild(node, 'enc')?.attrs.type))
  const text = async (body: string) => {
    const id = await carla.sendText('5511999990040', body)
    expect((await client.upserts.next(10000, m => m.key.id === id)).message?.conversation).toBe(body)
    return encTypes.get(id)
  }

  expect(await text('primeira')).toBe('pkmsg') // no session yet
  await client.sock.sendMessage(carla.jid, { text: 'resposta' })
  expect((await carla.nextMessage()).text).toBe('resposta')
  expect(await text('segunda')).toBe('msg') // the session is established both ways

  carla.resetSession('5511999990040')
  expect(await text('depois do reset')).toBe('pkmsg') // a fresh session, which Baileys accepts in place of the old one
  await client.sock.sendMessage(carla.jid, { text: 'resposta na sessão nova' })
  expect((await carla.nextMessage()).text).toBe('resposta na sessão nova')
  expect(await text('seguinte')).toBe('msg')
})

test('3 sessions and 10 contacts exchange messages concurrently', async () => {
  const numbers = ['5511999990101', '5511999990102', '5511999990103']
  const sessions = await Promise.all(numbers.map(pn => pairClient(sim, pn)))
  clients.push(...sessions)
  const contacts = Array.from({ length: 10 }, (_, i) => sim.contact(`55119700000${String(i).padStart(2, '0')}`, { pushName: `C${i}` }))
  const sent = await Promise.all(numbers.flatMap((pn, s) => contacts.map(c => c.sendText(pn, `de ${c.pn} para sessão ${s}`))))
  expect(new Set(sent).size).toBe(30)
  for (const [s, client] of sessions.entries()) {
    for (const c of contacts) {
      const m = await client.upserts.next(10000, x => x.message?.conversation === `de ${c.pn} para sessão ${s}`)
      expect(m.key.fromMe).toBe(false)
    }
  }
  await Promise.all(sessions.flatMap((client, s) => contacts.map(c => client.sock.sendMessage(c.jid, { text: `sessão ${s} responde ${c.pn}` }))))
  for (const c of contacts) {
    const got = await Promise.all(numbers.map(() => c.nextMessage()))
    expect(got.map(g => g.text).sort()).toEqual(numbers.map((_, s) => `sessão ${s} responde ${c.pn}`).sort())
    expect(new Set(got.map(g => g.from))).toEqual(new Set(numbers))
  }
})
