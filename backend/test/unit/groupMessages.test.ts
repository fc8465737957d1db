import type { WAMessage } from '@whiskeysockets/baileys';
import { toInboundEvent } from '../../src/whatsapp/inbound/toInboundMessage.js';

// Group chats are not supported: nothing from a group becomes a contact, a ticket or a message (there is no
// setting to turn them on). A one-to-one chat with the same content does, so the test can tell the two apart.
const GROUP = '120363041234567890@g.us';
const PERSON = '5511988887777@s.whatsapp.net';
const message = (remoteJid: string, content: WAMessage['message'], extra: Partial<WAMessage['key']> = {}): WAMessage => ({
  key: { remoteJid, id: `ID${Math.random().toString(16).slice(2)}`, fromMe: false, ...extra },
  messageTimestamp: 1_765_000_000,
  pushName: 'Alguém',
  message: content,
});

it('turns a person’s text into a message', () => {
  expect(toInboundEvent(message(PERSON, { conversation: 'oi' }))).toMatchObject({ kind: 'message', message: { number: '5511988887777', body: 'oi' } });
});

it.each([
  ['a text', { conversation: 'bom dia, grupo' }],
  ['a caption-less image', { imageMessage: { mimetype: 'image/jpeg' } }],
  ['a reaction', { reactionMessage: { key: { remoteJid: GROUP, id: 'X1' }, text: '👍' } }],
  ['a delete for everyone', { protocolMessage: { type: 0, key: { remoteJid: GROUP, id: 'X1' } } }],
])('drops %s sent in a group, by a participant or by Atende’s own account', (_what, content) => {
  expect(toInboundEvent(message(GROUP, content as WAMessage['message'], { participant: PERSON }))).toBeNull();
  expect(toInboundEvent(message(GROUP, content as WAMessage['message'], { fromMe: true }))).toBeNull();
});
