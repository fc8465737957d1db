// The real Baileys against the simulator: pairing, login, text both ways, receipts.
import { DisconnectReason, proto } from '@whiskeysockets/baileys'
import { startWaSimulator, type WaSimulator } from '../src/index.js'
import { createTestClient, testLogger, type TestClient } from './support/baileys-client.js'

let sim: WaSimulator
let client: TestClient
const PN = '5511999990001'

beforeAll(async () => {
  sim = await startWaSimulator({ logger: testLogger() })
})
afterAll(async () => {
  client?.end()
  await sim.close()
})

/** Pairs once, whichever test runs first (jest shuffles the order): the pairing test checks what it saw. */
let pairing: ReturnType<typeof pair> | undefined
const paired = () => (pairing ??= pair())
async function pair() {
  client = createTestClient(sim)
  const qr = await client.nextQr()
  const pendingBefore = sim.pendingPairings().length
  const device = await sim.phone(PN).scan(qr)
  const closedWith = await client.closed()
  client.reconnect()
  await client.opened()
  return { qr, pendingBefore, device, closedWith, pendingAfter: sim.pendingPairings().length, online: (await sim.phone(PN).waitOnline()).online }
}

test('QR shown → phone scans → 515 → reconnect with saved creds → open with the number in creds.me', async () => {
  const { qr, pendingBefore, device, closedWith, pendingAfter, online } = await paired()
  expect(qr).toMatch(/^https:\/\/wa\.me\/settings\/linked_devices#/)
  expect(pendingBefore).toBe(1)
  expect(device.jid).toBe(`${PN}:${device.deviceId}@s.whatsapp.net`)
  expect(closedWith).toBe(DisconnectReason.restartRequired)
  expect(client.creds.me?.id).toBe(device.jid)
  expect(client.creds.me?.lid).toMatch(/@lid$/)
  expect(pendingAfter).toBe(0)
  expect(online).toBe(true)
})

test('a contact sends a text → messages.upsert with the exact text, sender and push name', async () => {
  await paired()
  const alice = sim.contact('5511988887777', { pushName: 'Alice' })
  const id = await alice.sendText(sim.phone(PN), 'Olá, preciso de ajuda 🙂')
  const m = await client.upserts.next(10000, x => x.key.id === id)
  expect(m.key.fromMe).toBe(false)
  expect(m.message?.conversation).toBe('Olá, preciso de ajuda 🙂')
  expect(m.pushName).toBe('Alice')
  expect([m.key.remoteJid, m.key.remoteJidAlt]).toContain(alice.jid)
})

test('Baileys sendMessage → the contact decrypts exactly that text → delivered, then read', async () => {
  await paired()
  const alice = sim.contact('5511988887777')
  const sent = await client.sock.sendMessage(alice.jid, { text: 'Bom dia! Como posso ajudar?' })
  const got = await alice.nextMessage()
  expect(got.id).toBe(sent?.key.id)
  expect(got.text).toBe('Bom dia! Como posso ajudar?')
  expect(got.from).toBe(PN)
  const { DELIVERY_ACK, READ } = proto.WebMessageInfo.Status
  expect(await client.waitStatus(got.id, DELIVERY_ACK)).toBe(DELIVERY_ACK)
  alice.read(got.id)
  expect(await client.waitStatus(got.id, READ)).toBe(READ)
})

test('the session reads a contact message → the contact gets the read receipt', async () => {
  await paired()
  const bob = sim.contact('5511977776666', { pushName: 'Bob' })
  const id = await bob.sendText(PN, 'oi')
  const m = await client.upserts.next(10000, x => x.key.id === id)
  await client.sock.readMessages([m.key])
  const receipt = await bob.nextReceipt({ type: 'read' })
  expect(receipt.ids).toContain(id)
})

test('the phone itself sends → Baileys sees fromMe in the contact chat; the contact gets it', async () => {
  await paired()
  const carol = sim.contact('5511966665555', { pushName: 'Carol' })
  const id = await sim.phone(PN).sendText(carol, 'mensagem do celular')
  const m = await client.upserts.next(10000, x => x.key.id === id)
  expect(m.key.fromMe).toBe(true)
  expect(m.message?.conversation).toBe('mensagem do celular')
  expect([m.key.remoteJid, m.key.remoteJidAlt]).toContain(carol.jid)
  expect((await carol.nextMessage()).text).toBe('mensagem do celular')
})
