import type { Message } from '../tickets/messagesApi';
import type { Ticket } from '../tickets/ticketsApi';

let nextId = 500;

/** A ticket's fields to set; its contact's lead score may be left out (unscored). */
type TicketOverrides = Partial<Omit<Ticket, 'contact'>> & { contact?: Omit<Ticket['contact'], 'leadScore' | 'leadBucket'> & Partial<Ticket['contact']> };

export function makeTicket({ contact, ...overrides }: TicketOverrides = {}): Ticket {
  nextId += 1;
  const now = new Date().toISOString();
  return {
    id: nextId,
    uuid: `7d1c0e5a-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
    protocol: nextId,
    status: 'pending',
    userId: null,
    userName: null,
    queueId: null,
    whatsappId: 1,
    contact: { id: nextId, name: `Contato ${nextId}`, number: `55119${nextId}`, leadScore: null, leadBucket: null, ...contact },
    unreadMessages: 0,
    lastMessage: 'Olá',
    lastMessageAt: now,
    acceptedAt: null,
    closedAt: null,
    createdAt: now,
    updatedAt: now,
    // A ticket made waiting since its creation unless a test says otherwise (the inbox counts waits from this).
    pendingSince: overrides.createdAt ?? now,
    tags: [],
    botActive: false,
    csat: null,
    closeReason: null,
    ...overrides,
  };
}

export function makeMessage(overrides: Partial<Message> = {}): Message {
  nextId += 1;
  return {
    id: nextId,
    ticketId: 1,
    wid: `wid-${nextId}`,
    fromMe: true,
    body: 'Mensagem de teste',
    mediaType: 'text',
    hasMedia: false,
    contactId: null,
    mediaUrl: null,
    mediaStatus: null,
    mimetype: null,
    fileName: null,
    mediaSize: null,
    content: null,
    reactions: [],
    ack: 0,
    quotedMsgId: null,
    isDeleted: false,
    automatic: false,
    fromAi: false,
    userId: null,
    userName: null,
    signature: null,
    transcript: null,
    editedAt: null,
    sentAt: new Date().toISOString(),
    ...overrides,
  };
}
