// Media both ways through the simulator's media host: Baileys downloads what contacts send and uploads what it sends.
import { randomBytes } from 'node:crypto'
import { downloadMediaMessage } from '@whiskeysockets/baileys'
import { startWaSimulator, type WaSimulator } from '../src/index.js'
import { pairClient, testLogger, type TestClient } from './support/baileys-client.js'

let sim: WaSimulator
let client: TestClient
const PN = '5511999990200'
beforeAll(async () => {
  sim = await startWaSimulator({ logger: testLogger() })
  client = await pairClient(sim, PN)
})
afterAll(async () => {
  client?.end()
  await sim.close()
})

test('a contact sends an image, a voice note and a document → Baileys downloads the exact bytes', async () => {
  const alice = sim.contact('5511988880200', { pushName: 'Alice' })
  const image = randomBytes(5000)
  const voice = randomBytes(3000)
  const pdf = randomBytes(7000)
  const ids = [
    await alice.sendImage(PN, { data: image, mimetype: 'image/jpeg', caption: 'foto' }),
    await alice.sendAudio(PN, { data: voice, mimetype: 'audio/ogg; codecs=opus', ptt: true, seconds: 3 }),
    await alice.sendDocument(PN, { data: pdf, mimetype: 'application/pdf', fileName: 'boleto.pdf' }),
  ]
  const [img, ptt, doc] = await Promise.all(ids.map(id => client.upserts.next(10000, m => m.key.id === id)))
  expect(img?.message?.imageMessage?.caption).toBe('foto')
  expect(ptt?.message?.audioMessage?.ptt).toBe(true)
  expect(doc?.message?.documentMessage?.fileName).toBe('boleto.pdf')
  expect(await downloadMediaMessage(img!, 'buffer', {})).toEqual(image)
  expect(await downloadMediaMessage(ptt!, 'buffer', {})).toEqual(voice)
  expect(await downloadMediaMessage(doc!, 'buffer', {})).toEqual(pdf)
})

test('Baileys sends an image and a document (upload over HTTPS) → the contact decrypts the exact bytes', async () => {
  const bob = sim.contact('5511988880201', { pushName: 'Bob' })
  const image = randomBytes(4000)
  const pdf = randomBytes(6000)
  await client.sock.sendMessage(bob.jid, { image, caption: 'segue a foto', mimetype: 'image/jpeg' })
  const got = await bob.nextMessage()
  expect(got.text).toBe('segue a foto')
  expect((await sim.downloadMedia(got.message)).data).toEqual(image)
  await client.sock.sendMessage(bob.jid, { document: pdf, mimetype: 'application/pdf', fileName: 'nota.pdf' })
  const gotDoc = await bob.nextMessage()
  expect(gotDoc.message.documentMessage?.fileName).toBe('nota.pdf')
  expect((await sim.downloadMedia(gotDoc.message)).data).toEqual(pdf)
})
